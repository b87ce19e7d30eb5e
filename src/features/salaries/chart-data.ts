import { SMALL_SAMPLE_THRESHOLD } from '../../data/figures';
import { LANGUAGE_NAMES, LANGUAGES } from '../../data/languages';
import type { Figure, Level, Statistic } from '../../data/schema';
import type { Language } from '../../data/languages';

/** One reported figure as a chart or table shows it; `null` elsewhere means "not reported". */
export type ChartPoint = {
  value: number;
  statistic: Statistic;
  n: number | null;
  precision: Figure['precision'];
  figureId: string;
};

export type LanguagePair = { go: ChartPoint | null; rust: ChartPoint | null };

export type OpeningsRow = LanguagePair & { key: 'all' | 'senior'; label: string };

export type SeniorPayRow = ChartPoint & {
  language: Language;
  label: string;
  smallSample: boolean;
};

export const LADDER_LEVELS = ['senior', 'lead', 'manager', 'director'] as const;
export type LadderLevel = (typeof LADDER_LEVELS)[number];
export type LadderRow = LanguagePair & { level: LadderLevel; label: string };

const LEVEL_LABELS: Record<LadderLevel, string> = {
  senior: 'Senior',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
};

function find(
  figures: readonly Figure[],
  language: Language,
  unit: Figure['unit'],
  level: Level,
): Figure | undefined {
  return figures.find((f) => f.language === language && f.unit === unit && f.level === level);
}

function toPoint(figure: Figure | undefined): ChartPoint | null {
  if (!figure) return null;
  return {
    value: figure.value,
    statistic: figure.statistic,
    n: figure.n ?? null,
    precision: figure.precision,
    figureId: figure.id,
  };
}

/** The sample size behind a figure, as a count in its own right (the senior postings). */
function toCountPoint(figure: Figure | undefined): ChartPoint | null {
  if (figure?.n === undefined) return null;
  return {
    value: figure.n,
    statistic: 'count',
    n: null,
    precision: 'exact',
    figureId: figure.id,
  };
}

/**
 * Open roles per language, and the senior postings behind each senior median.
 * @example buildOpeningsData(FIGURES)[0] // { key: 'all', go: { value: 477, … }, rust: { value: 250, … } }
 */
export function buildOpeningsData(figures: readonly Figure[]): OpeningsRow[] {
  return [
    {
      key: 'all',
      label: 'All open roles',
      go: toPoint(find(figures, 'go', 'openings', 'all')),
      rust: toPoint(find(figures, 'rust', 'openings', 'all')),
    },
    {
      key: 'senior',
      label: 'Senior postings',
      go: toCountPoint(find(figures, 'go', 'USD', 'senior')),
      rust: toCountPoint(find(figures, 'rust', 'USD', 'senior')),
    },
  ];
}

/**
 * The senior median of each language with its sample size; a language without one is left out.
 * @example buildSeniorPayData(FIGURES).map((r) => r.value) // [165437, 196266]
 */
export function buildSeniorPayData(figures: readonly Figure[]): SeniorPayRow[] {
  return LANGUAGES.flatMap((language) => {
    const point = toPoint(find(figures, language, 'USD', 'senior'));
    if (!point) return [];
    return [
      {
        ...point,
        language,
        label: LANGUAGE_NAMES[language],
        smallSample: isSmallSample(point.n),
      },
    ];
  });
}

/**
 * Every career level for both languages; a level the data does not cover is `null`, never 0.
 * @example buildLadderData(FIGURES)[1] // { level: 'lead', go: null, rust: { value: 249000, … } }
 */
export function buildLadderData(figures: readonly Figure[]): LadderRow[] {
  return LADDER_LEVELS.map((level) => ({
    level,
    label: LEVEL_LABELS[level],
    go: toPoint(find(figures, 'go', 'USD', level)),
    rust: toPoint(find(figures, 'rust', 'USD', level)),
  }));
}

/**
 * True when fewer postings than the threshold stand behind a median; unknown n is not "small".
 * @example isSmallSample(35) === true
 */
export function isSmallSample(n: number | null): boolean {
  return n !== null && n < SMALL_SAMPLE_THRESHOLD;
}

/**
 * A round axis end above the largest value, leaving room for the labels at the bars' ends.
 * @example computeAxisMax([477, 250], 100) === 800
 */
export function computeAxisMax(values: readonly number[], step: number, headroom = 1.6): number {
  const max = Math.max(0, ...values);
  return Math.max(step, Math.ceil((max * headroom) / step) * step);
}

/**
 * Every value a row set can draw, for axis sizing and for checking nothing is made up.
 * @example collectPairValues(buildOpeningsData(FIGURES)) // [477, 250, 101, 35]
 */
export function collectPairValues(rows: readonly LanguagePair[]): number[] {
  return rows.flatMap((row) => [row.go, row.rust].flatMap((p) => (p ? [p.value] : [])));
}

/** Words for a statistic, as a reader needs them. */
export const STATISTIC_WORDS: Record<Statistic, string> = {
  count: 'count',
  median: 'median',
  peak: 'peak',
  unspecified: 'statistic not stated',
};
