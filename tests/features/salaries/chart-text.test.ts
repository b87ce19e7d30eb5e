import { describe, expect, it } from 'vitest';
import type { ChartPoint } from '../../../src/features/salaries/chart-data';
import {
  describePoint,
  describeSample,
  formatPointValue,
  formatStatisticTag,
} from '../../../src/features/salaries/chart-text';

const point = (overrides: Partial<ChartPoint>): ChartPoint => ({
  value: 165437,
  statistic: 'median',
  n: 101,
  precision: 'exact',
  figureId: 'x',
  ...overrides,
});

describe('chart text', () => {
  it('shows exact pay in full and rounded pay in thousands, as the article does', () => {
    expect(formatPointValue(point({}), 'USD')).toBe('$165,437');
    expect(formatPointValue(point({ value: 212000, precision: 'rounded-thousands' }), 'USD')).toBe(
      '$212k',
    );
    expect(formatPointValue(point({ value: 477, statistic: 'count' }), 'openings')).toBe('477');
  });

  it('names what each number is, and says "not reported" for a gap', () => {
    expect(describePoint(point({}), 'USD')).toBe('$165,437 median');
    expect(
      describePoint(
        point({ value: 212000, statistic: 'peak', precision: 'rounded-thousands' }),
        'USD',
      ),
    ).toBe('$212k peak');
    expect(
      describePoint(
        point({ value: 250000, statistic: 'unspecified', precision: 'rounded-thousands' }),
        'USD',
      ),
    ).toBe('$250k statistic not stated');
    expect(describePoint(point({ value: 477, statistic: 'count' }), 'openings')).toBe(
      '477 openings',
    );
    expect(describePoint(null, 'USD')).toBe('not reported');
  });

  it('gives the sample size, or says it is not reported', () => {
    expect(describeSample(point({ n: 35 }))).toBe('n = 35 postings');
    expect(describeSample(point({ n: null }))).toBe('sample size not reported');
    expect(describeSample(null)).toBe('');
  });

  it('tags only figures that are not medians or counts', () => {
    expect(formatStatisticTag('median')).toBe('');
    expect(formatStatisticTag('count')).toBe('');
    expect(formatStatisticTag('peak')).toBe('peak');
    expect(formatStatisticTag('unspecified')).toBe('statistic not stated');
    expect(formatStatisticTag('unspecified', 'short')).toBe('unstated');
  });
});
