import { describe, expect, it } from 'vitest';
import { COMPARISON } from '../../../src/data/comparison';
import { searchableFields, textMatch } from '../../../src/features/compare/text-match';

describe('textMatch', () => {
  it('is null for a filter with no words, so nothing is filtered or marked', () => {
    expect(textMatch('')).toBeNull();
    expect(textMatch('   ')).toBeNull();
  });

  it('keeps the rows whose visible text holds every word, ignoring case and accents', () => {
    const match = textMatch('CÀRGO');
    expect(match?.terms).toEqual(['cargo']);
    const kept = COMPARISON.filter((row) => match?.matches(row));
    expect(kept.length).toBeGreaterThan(0);
    for (const row of kept)
      expect(searchableFields(row).join(' ').toLowerCase()).toContain('cargo');
    const dropped = COMPARISON.filter((row) => !match?.matches(row));
    for (const row of dropped)
      expect(searchableFields(row).join(' ').toLowerCase()).not.toContain('cargo');
  });

  it('marks each match in the original text', () => {
    expect(textMatch('go')?.highlight('Go and Cargo')).toEqual([
      { text: 'Go', match: true },
      { text: ' and Car', match: false },
      { text: 'go', match: true },
    ]);
  });
});
