import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, highlightSegments, queryTerms } from '../../../src/features/compare/fold-text';

describe('foldText', () => {
  it.each([
    ['Café', 'cafe'],
    ['RÚST', 'rust'],
    ['Crème Brûlée', 'creme brulee'],
    ['Go', 'go'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input).folded).toBe(expected);
  });

  it('maps every folded character back into the original string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { folded, starts, ends } = foldText(text);
        expect(starts).toHaveLength(folded.length);
        expect(ends).toHaveLength(folded.length);
        for (let i = 0; i < folded.length; i += 1) {
          expect(starts[i]).toBeGreaterThanOrEqual(0);
          expect(ends[i]).toBeLessThanOrEqual(text.length);
          expect(starts[i]).toBeLessThan(ends[i] ?? 0);
        }
      }),
    );
  });
});

describe('queryTerms', () => {
  it('splits on whitespace, folds and removes duplicates', () => {
    expect(queryTerms('  Go  RÚST go ')).toEqual(['go', 'rust']);
  });

  it('returns no terms for blank input', () => {
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('highlightSegments', () => {
  it('marks a match whatever its case', () => {
    expect(highlightSegments('Cargo excellent', ['cargo'])).toEqual([
      { text: 'Cargo', match: true },
      { text: ' excellent', match: false },
    ]);
  });

  it('marks the accented original when the query has no accent', () => {
    expect(highlightSegments('un café', ['cafe'])).toEqual([
      { text: 'un ', match: false },
      { text: 'café', match: true },
    ]);
  });

  it('merges overlapping matches of different terms', () => {
    expect(highlightSegments('goroutines', ['gor', 'rout'])).toEqual([
      { text: 'gorout', match: true },
      { text: 'ines', match: false },
    ]);
  });

  it('marks every occurrence', () => {
    const segments = highlightSegments('go go', ['go']);
    expect(segments.filter((s) => s.match)).toHaveLength(2);
  });

  it('always gives back the original text when the pieces are joined', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }),
        (text, rawTerms) => {
          const terms = rawTerms.flatMap((t) => queryTerms(t));
          const segments = highlightSegments(text, terms);
          expect(segments.map((s) => s.text).join('')).toBe(text);
        },
      ),
    );
  });
});
