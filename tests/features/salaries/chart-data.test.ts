import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/data/figures';
import type { Figure } from '../../../src/data/schema';
import {
  buildLadderData,
  buildOpeningsData,
  buildSeniorPayData,
  collectPairValues,
  computeAxisMax,
  isSmallSample,
  LADDER_LEVELS,
} from '../../../src/features/salaries/chart-data';
import type { ChartPoint } from '../../../src/features/salaries/chart-data';

function pointsOf(figures: readonly Figure[]): ChartPoint[] {
  const pairs = [...buildOpeningsData(figures), ...buildLadderData(figures)];
  return [
    ...pairs.flatMap((row) => [row.go, row.rust].filter((p): p is ChartPoint => p !== null)),
    ...buildSeniorPayData(figures),
  ];
}

/** Every number a chart, label or tooltip can show: values and sample sizes. */
function numbersOf(figures: readonly Figure[]): number[] {
  return pointsOf(figures).flatMap((p) => (p.n === null ? [p.value] : [p.value, p.n]));
}

describe('buildOpeningsData', () => {
  it('gives the open roles and the senior postings for each language', () => {
    const [all, senior] = buildOpeningsData(FIGURES);
    expect(all?.go?.value).toBe(477);
    expect(all?.rust?.value).toBe(250);
    expect(senior?.go?.value).toBe(101);
    expect(senior?.rust?.value).toBe(35);
    expect(senior?.go?.statistic).toBe('count');
  });
});

describe('buildSeniorPayData', () => {
  it('gives each senior median with its sample size and flags the small one', () => {
    expect(
      buildSeniorPayData(FIGURES).map(({ language, value, n, smallSample }) => ({
        language,
        value,
        n,
        smallSample,
      })),
    ).toEqual([
      { language: 'go', value: 165437, n: 101, smallSample: false },
      { language: 'rust', value: 196266, n: 35, smallSample: true },
    ]);
  });
});

describe('buildLadderData', () => {
  const ladder = buildLadderData(FIGURES);
  const cell = (level: string, language: 'go' | 'rust') =>
    ladder.find((row) => row.level === level)?.[language];

  it('lists every level, in order, for both languages', () => {
    expect(ladder.map((row) => row.level)).toEqual([...LADDER_LEVELS]);
  });

  it.each([
    ['senior', 'go', 165437, 'median'],
    ['senior', 'rust', 196266, 'median'],
    ['lead', 'rust', 249000, 'median'],
    ['manager', 'go', 212000, 'peak'],
    ['director', 'rust', 250000, 'unspecified'],
  ] as const)('%s %s is %i (%s)', (level, language, value, statistic) => {
    expect(cell(level, language)).toMatchObject({ value, statistic });
  });

  it.each([
    ['lead', 'go'],
    ['manager', 'rust'],
    ['director', 'go'],
  ] as const)('%s %s is not reported: null, never zero', (level, language) => {
    expect(cell(level, language)).toBeNull();
  });

  it('keeps the lead median without a sample size, as the article gives none', () => {
    expect(cell('lead', 'rust')?.n).toBeNull();
  });
});

describe('no value outside the dataset can appear in a chart', () => {
  it('holds for the real figures', () => {
    const allowed = new Set(
      FIGURES.flatMap((f) => (f.n === undefined ? [f.value] : [f.value, f.n])),
    );
    for (const value of numbersOf(FIGURES)) expect(allowed).toContain(value);
    // and every figure is shown somewhere
    for (const figure of FIGURES) expect(numbersOf(FIGURES)).toContain(figure.value);
  });

  const figureArb = fc.record({
    id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    language: fc.constantFrom('go' as const, 'rust' as const),
    value: fc.integer({ min: 1, max: 1_000_000 }),
    unit: fc.constantFrom('USD' as const, 'openings' as const),
    n: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    level: fc.constantFrom(
      'all' as const,
      'senior' as const,
      'lead' as const,
      'manager' as const,
      'director' as const,
    ),
    statistic: fc.constantFrom(
      'count' as const,
      'median' as const,
      'peak' as const,
      'unspecified' as const,
    ),
    label: fc.constant('A figure for the test'),
    precision: fc.constantFrom('exact' as const, 'rounded-thousands' as const),
    source: fc.constant('test'),
    asOf: fc.constant('2026-11-02'),
  });

  it('holds for any dataset: outputs are only input values or sample sizes', () => {
    fc.assert(
      fc.property(fc.array(figureArb, { maxLength: 12 }), (figures) => {
        const allowed = new Set(
          figures.flatMap((f) => (f.n === undefined ? [f.value] : [f.value, f.n])),
        );
        return numbersOf(figures).every((value) => allowed.has(value));
      }),
    );
  });

  it('never fills a gap: with no figures every cell is null', () => {
    expect(pointsOf([])).toEqual([]);
    expect(buildLadderData([]).every((row) => row.go === null && row.rust === null)).toBe(true);
  });
});

describe('isSmallSample', () => {
  it.each([
    [35, true],
    [49, true],
    [50, false],
    [101, false],
    [null, false],
  ] as const)('n = %s is small: %s', (n, expected) => {
    expect(isSmallSample(n)).toBe(expected);
  });
});

describe('computeAxisMax', () => {
  it('rounds up to a whole step past the largest value and its label room', () => {
    expect(computeAxisMax([477, 250], 100, 1.5)).toBe(800);
    expect(computeAxisMax([], 100)).toBe(100);
  });

  it('always leaves the largest value inside the axis, on a whole step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 100_000 }),
        (values, step) => {
          const max = computeAxisMax(values, step);
          return max >= Math.max(...values) && max % step === 0;
        },
      ),
    );
  });

  it('sizes from the reported values only', () => {
    expect(collectPairValues(buildLadderData(FIGURES))).toEqual([
      165437, 196266, 249000, 212000, 250000,
    ]);
  });
});
