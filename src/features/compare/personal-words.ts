import type { Language } from '../../data/languages';

/** The grid column and the CSV column with the reader's quiz points: one name for both. */
export const PERSONAL_COLUMN = 'For you';

export type RowPointsWords = {
  /** The language the points went to; null when the row did not count or evened out. */
  language: Language | null;
  /** The number, shown large on the page; null when there is none. */
  amount: string | null;
  /** The words after it (or the whole text when there is no number). */
  words: string;
};

/**
 * How a row's quiz points read, on the page and in the CSV alike. No sign: the words say the direction,
 * and a CSV cell starting with "+" or "-" would need a formula guard.
 * @example rowPointsWords(-2).words === 'points towards Rust'
 */
export function rowPointsWords(points: number | undefined): RowPointsWords {
  if (points === undefined) return { language: null, amount: null, words: 'Not counted' };
  if (points === 0) return { language: null, amount: null, words: 'Evened out' };
  const language: Language = points > 0 ? 'go' : 'rust';
  const size = Math.abs(points);
  return {
    language,
    amount: String(size),
    words: `point${size === 1 ? '' : 's'} towards ${language === 'go' ? 'Go' : 'Rust'}`,
  };
}

/**
 * The same as one line of text.
 * @example rowPointsText(undefined) === 'Not counted'
 */
export function rowPointsText(points: number | undefined): string {
  const { amount, words } = rowPointsWords(points);
  return amount === null ? words : `${amount} ${words}`;
}
