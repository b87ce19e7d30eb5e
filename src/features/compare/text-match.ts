import type { ComparisonRow } from '../../data/schema';
import type { RowMatcher } from './filter-rows';
import type { TextSegment } from './fold-text';
import { foldText, highlightSegments, queryTerms } from './fold-text';

/** The text a filter searches: what the reader sees in the row. */
export function searchableFields(row: ComparisonRow): string[] {
  return [row.category, row.go, row.rust, row.tradeOff];
}

// Rows are constant, so their folded text is computed once per row object.
const foldedCache = new WeakMap<ComparisonRow, string[]>();

function foldedFields(row: ComparisonRow): string[] {
  let cached = foldedCache.get(row);
  if (!cached) {
    cached = searchableFields(row).map((field) => foldText(field).folded);
    foldedCache.set(row, cached);
  }
  return cached;
}

/**
 * True when every term appears in the row's category or cell text (case and accents ignored).
 * @example matchesTerms(learningCurveRow, ['steep']) === true
 */
export function matchesTerms(row: ComparisonRow, terms: readonly string[]): boolean {
  const fields = foldedFields(row);
  return terms.every((term) => fields.some((field) => field.includes(term)));
}

export type TextMatch = {
  terms: string[];
  matches: RowMatcher;
  /** The text cut into matched and unmatched pieces, for <mark>. */
  highlight: (text: string) => TextSegment[];
};

/**
 * What a filter text does to the grid: which rows it keeps and what it marks. Null when the text
 * holds no search term, so a blank filter keeps every row and marks nothing.
 * @example textMatch('  ') === null
 */
export function textMatch(query: string): TextMatch | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  return {
    terms,
    matches: (row) => matchesTerms(row, terms),
    highlight: (text) => highlightSegments(text, terms),
  };
}
