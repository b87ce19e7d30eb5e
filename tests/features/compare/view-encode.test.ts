import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARISON } from '../../../src/data/comparison';
import type { ComparisonGroup, Edge } from '../../../src/data/schema';
import type { CompareView } from '../../../src/features/compare/compare-view';
import { DEFAULT_VIEW, EDGES, GROUPS, SORT_KEYS } from '../../../src/features/compare/compare-view';
import { decodeView, MAX_QUERY_LENGTH } from '../../../src/features/compare/view-decode';
import { encodeView } from '../../../src/features/compare/view-encode';

const ROW_IDS = COMPARISON.map((r) => r.id);

describe('encodeView', () => {
  it('leaves the default view as the bare path', () => {
    expect(encodeView(DEFAULT_VIEW, null)).toBe('');
  });

  it('writes only what differs from the default', () => {
    expect(encodeView({ ...DEFAULT_VIEW, edges: ['rust'], sort: 'category' }, null)).toBe(
      '?edge=rust&sort=category',
    );
  });

  it('keeps a highlighted row', () => {
    expect(encodeView(DEFAULT_VIEW, 'tooling')).toBe('?row=tooling');
  });

  const viewArb: fc.Arbitrary<CompareView> = fc.record({
    query: fc.string({ maxLength: MAX_QUERY_LENGTH }),
    groups: fc.subarray([...GROUPS] as ComparisonGroup[]),
    edges: fc.subarray([...EDGES] as Edge[]),
    onlyDiffer: fc.boolean(),
    sort: fc.constantFrom(...SORT_KEYS),
    dir: fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
  });

  it('round-trips any valid view through the URL', () => {
    fc.assert(
      fc.property(viewArb, fc.option(fc.constantFrom(...ROW_IDS), { nil: null }), (view, row) => {
        const decoded = decodeView(encodeView(view, row), ROW_IDS);
        expect(decoded.view).toEqual(view);
        expect(decoded.row).toBe(row);
        expect(decoded.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
