/** A string folded for matching, with where each folded character came from in the original. */
export type FoldedText = { folded: string; starts: readonly number[]; ends: readonly number[] };

export type TextSegment = { text: string; match: boolean };

const MARKS = /\p{M}/gu;

function foldChar(char: string): string {
  return char.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * Folds case and accents away, keeping a map back to the original so matches can be highlighted.
 * @example foldText('Café').folded === 'cafe'
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i += 1) {
      starts.push(index);
      ends.push(index + char.length);
    }
    folded += piece;
    index += char.length;
  }
  return { folded, starts, ends };
}

/**
 * Splits a filter into folded search terms: whitespace separates them, duplicates go.
 * @example queryTerms('  Go  RÚST go ') // ['go', 'rust']
 */
export function queryTerms(query: string): string[] {
  const terms = foldText(query).folded.split(/\s+/u).filter(Boolean);
  return [...new Set(terms)];
}

/**
 * Cuts text into matched and unmatched pieces for every term (overlaps merged).
 * @example highlightSegments('Cargo', ['car']) // [{ text: 'Car', match: true }, { text: 'go', match: false }]
 */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const { folded, starts, ends } = foldText(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    let from = folded.indexOf(term);
    while (from !== -1) {
      const last = from + term.length - 1;
      ranges.push([starts[from] ?? 0, ends[last] ?? text.length]);
      from = folded.indexOf(term, from + 1);
    }
  }
  if (ranges.length === 0) return [{ text, match: false }];
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
