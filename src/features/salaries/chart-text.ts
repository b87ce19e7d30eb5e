import type { Figure } from '../../data/schema';
import { formatInteger, formatUsd } from '../../lib/format';
import { STATISTIC_WORDS } from './chart-data';
import type { ChartPoint } from './chart-data';

/**
 * A value as the article gives it: exact figures in full, rounded ones in thousands.
 * @example formatPointValue({ value: 212000, precision: 'rounded-thousands', … }, 'USD') === '$212k'
 */
export function formatPointValue(point: ChartPoint, unit: Figure['unit']): string {
  if (unit === 'openings') return formatInteger(point.value);
  if (point.precision === 'rounded-thousands') return `${formatUsd(point.value / 1000)}k`;
  return formatUsd(point.value);
}

/**
 * The tag shown after a value: nothing for a median or count, else what the number is. The short
 * form fits beside a bar on a phone; the legend spells it out.
 * @example formatStatisticTag('unspecified', 'short') === 'unstated'
 */
export function formatStatisticTag(
  statistic: ChartPoint['statistic'],
  form: 'long' | 'short' = 'long',
): string {
  if (statistic === 'median' || statistic === 'count') return '';
  if (statistic === 'peak') return 'peak';
  return form === 'short' ? 'unstated' : 'statistic not stated';
}

/**
 * A point in words for tables and tooltips; `null` reads "not reported".
 * @example describePoint(null, 'USD') === 'not reported'
 */
export function describePoint(point: ChartPoint | null, unit: Figure['unit']): string {
  if (!point) return 'not reported';
  const value = formatPointValue(point, unit);
  if (unit === 'openings') return `${value} ${point.value === 1 ? 'opening' : 'openings'}`;
  return `${value} ${STATISTIC_WORDS[point.statistic]}`;
}

/**
 * How many postings stand behind a point, in words.
 * @example describeSample({ n: 35, … }) === 'n = 35 postings'
 */
export function describeSample(point: ChartPoint | null): string {
  if (!point) return '';
  return point.n === null ? 'sample size not reported' : `n = ${formatInteger(point.n)} postings`;
}
