import type { Figure, Level } from './schema';
import type { Language } from './languages';
import { ARTICLE } from './source';

const base = { source: ARTICLE.id, asOf: ARTICLE.updated } as const;

/** Every number the article reports about jobs and pay, and nothing else. */
export const FIGURES: readonly Figure[] = [
  {
    ...base,
    id: 'go-openings',
    language: 'go',
    value: 477,
    unit: 'openings',
    level: 'all',
    statistic: 'count',
    label: 'Open Go roles counted on job boards',
    precision: 'exact',
  },
  {
    ...base,
    id: 'rust-openings',
    language: 'rust',
    value: 250,
    unit: 'openings',
    level: 'all',
    statistic: 'count',
    label: 'Open Rust roles counted on job boards',
    precision: 'exact',
  },
  {
    ...base,
    id: 'go-senior-median',
    language: 'go',
    value: 165437,
    unit: 'USD',
    n: 101,
    level: 'senior',
    statistic: 'median',
    label: 'Median pay in senior Go postings',
    precision: 'exact',
  },
  {
    ...base,
    id: 'rust-senior-median',
    language: 'rust',
    value: 196266,
    unit: 'USD',
    n: 35,
    level: 'senior',
    statistic: 'median',
    label: 'Median pay in senior Rust postings',
    precision: 'exact',
  },
  {
    ...base,
    id: 'rust-lead-median',
    language: 'rust',
    value: 249000,
    unit: 'USD',
    level: 'lead',
    statistic: 'median',
    label: 'Median pay in Rust lead postings',
    precision: 'exact',
  },
  {
    ...base,
    id: 'go-manager-peak',
    language: 'go',
    value: 212000,
    unit: 'USD',
    level: 'manager',
    statistic: 'peak',
    label: 'Top of the Go pay curve, reached at manager level',
    precision: 'rounded-thousands',
  },
  {
    ...base,
    id: 'rust-director',
    language: 'rust',
    value: 250000,
    unit: 'USD',
    level: 'director',
    statistic: 'unspecified',
    label: 'Rust pay at director level (the article does not say which statistic)',
    precision: 'rounded-thousands',
  },
];

/** The figure with this id; throws at build time on a typo rather than showing a wrong number. */
export function getFigure(id: string): Figure {
  const figure = FIGURES.find((f) => f.id === id);
  if (!figure) throw new Error(`Unknown figure id: ${id}`);
  return figure;
}

/** The figure for a language, unit and level, or undefined where the article reports none. */
export function findFigure(
  language: Language,
  unit: Figure['unit'],
  level: Level,
): Figure | undefined {
  return FIGURES.find((f) => f.language === language && f.unit === unit && f.level === level);
}

/** Below this many postings a median is flagged as a small sample. */
export const SMALL_SAMPLE_THRESHOLD = 50;
