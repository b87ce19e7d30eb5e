import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARISON } from '../../../src/data/comparison';
import type { ComparisonRow } from '../../../src/data/schema';
import type { SortKey } from '../../../src/features/compare/compare-view';
import { SORT_KEYS } from '../../../src/features/compare/compare-view';
import { sortRows } from '../../../src/features/compare/sort-rows';

const ids = (rows: readonly ComparisonRow[]) => rows.map((r) => r.id);

describe('sortRows', () => {
  it('keeps the article order for "order" ascending and reverses it descending', () => {
    expect(ids(sortRows(COMPARISON, { key: 'order', dir: 'asc' }, null))).toEqual(ids(COMPARISON));
    expect(ids(sortRows(COMPARISON, { key: 'order', dir: 'desc' }, null))).toEqual(
      ids(COMPARISON).reverse(),
    );
  });

  it('sorts categories alphabetically, ignoring case', () => {
    const names = sortRows(COMPARISON, { key: 'category', dir: 'asc' }, null).map(
      (r) => r.category,
    );
    expect(names[0]).toBe('Binary size');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('puts Go edges first, then even, then Rust', () => {
    const edges = sortRows(COMPARISON, { key: 'edge', dir: 'asc' }, null).map((r) => r.edge);
    expect(edges.indexOf('even')).toBeGreaterThan(edges.lastIndexOf('go'));
    expect(edges.indexOf('rust')).toBeGreaterThan(edges.lastIndexOf('even'));
  });

  it('is stable: rows with the same key keep the article order in both directions', () => {
    const inGroup = (rows: ComparisonRow[], group: string) =>
      ids(rows.filter((r) => r.group === group));
    const expected = inGroup([...COMPARISON], 'Career');
    expect(inGroup(sortRows(COMPARISON, { key: 'group', dir: 'asc' }, null), 'Career')).toEqual(
      expected,
    );
    expect(inGroup(sortRows(COMPARISON, { key: 'group', dir: 'desc' }, null), 'Career')).toEqual(
      expected,
    );
  });

  it('sorts by how much a row moved the quiz result, biggest first when descending', () => {
    const personal = {
      concurrency: { points: -1 },
      'learning-curve': { points: 4 },
      tooling: { points: -3 },
    };
    const sorted = ids(sortRows(COMPARISON, { key: 'relevance', dir: 'desc' }, personal));
    expect(sorted.slice(0, 3)).toEqual(['learning-curve', 'tooling', 'concurrency']);
  });

  it('never loses or duplicates a row, for any key and direction', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SortKey>(...SORT_KEYS),
        fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        fc.shuffledSubarray([...COMPARISON]),
        (key, dir, rows) => {
          const sorted = sortRows(rows, { key, dir }, null);
          expect([...ids(sorted)].sort()).toEqual([...ids(rows)].sort());
        },
      ),
    );
  });

  it('does not change the input array', () => {
    const copy = [...COMPARISON];
    sortRows(copy, { key: 'category', dir: 'desc' }, null);
    expect(ids(copy)).toEqual(ids(COMPARISON));
  });
});
