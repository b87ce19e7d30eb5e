import { describe, expect, it } from 'vitest';
import { COMPARISON } from '../../../src/data/comparison';
import type { CompareView } from '../../../src/features/compare/compare-view';
import { DEFAULT_VIEW } from '../../../src/features/compare/compare-view';
import * as rows from '../../../src/features/compare/filter-rows';
import { textMatch } from '../../../src/features/compare/text-match';

const view = (patch: Partial<CompareView>): CompareView => ({ ...DEFAULT_VIEW, ...patch });
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

// As the grid calls them: the view's filter text becomes the row matcher.
const filterRows = (list: typeof COMPARISON, v: CompareView) =>
  rows.filterRows(list, v, textMatch(v.query)?.matches);
const countFacets = (list: typeof COMPARISON, v: CompareView) =>
  rows.countFacets(list, v, textMatch(v.query)?.matches);

describe('filterRows', () => {
  it('keeps every row, in order, for the default view', () => {
    expect(ids(filterRows(COMPARISON, DEFAULT_VIEW))).toEqual(ids(COMPARISON));
  });

  it('matches category text regardless of case', () => {
    expect(ids(filterRows(COMPARISON, view({ query: 'MEMORY SAFETY' })))).toEqual([
      'memory-safety',
    ]);
  });

  it('matches cell text and ignores accents in the query', () => {
    expect(ids(filterRows(COMPARISON, view({ query: 'Cárgo' })))).toEqual([
      'ecosystem-maturity',
      'tooling',
    ]);
  });

  it('needs every word of the query to appear in the row', () => {
    expect(ids(filterRows(COMPARISON, view({ query: 'tokio async' })))).toEqual(['concurrency']);
    expect(filterRows(COMPARISON, view({ query: 'tokio webassembly' }))).toEqual([]);
  });

  it('treats a blank query as no filter', () => {
    expect(filterRows(COMPARISON, view({ query: '   ' }))).toHaveLength(COMPARISON.length);
  });

  it('ORs options within a facet and ANDs across facets', () => {
    const rows = filterRows(COMPARISON, view({ groups: ['Safety', 'Ecosystem'], edges: ['rust'] }));
    expect(ids(rows)).toEqual(['memory-safety', 'webassembly', 'security-critical']);
  });

  it('drops rows we read as even when only differences are wanted', () => {
    const rows = filterRows(COMPARISON, view({ onlyDiffer: true }));
    expect(rows.some((r) => r.edge === 'even')).toBe(false);
    expect(rows).toHaveLength(COMPARISON.filter((r) => r.edge !== 'even').length);
  });
});

describe('countFacets', () => {
  it('counts every row once per facet with no filters', () => {
    const counts = countFacets(COMPARISON, DEFAULT_VIEW);
    const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b);
    expect(sum(counts.groups)).toBe(COMPARISON.length);
    expect(sum(counts.edges)).toBe(COMPARISON.length);
    expect(counts.groups.Safety).toBe(2);
    expect(counts.edges.even).toBe(3);
  });

  it('counts a facet’s options as if that facet were not set, applying the others', () => {
    const counts = countFacets(COMPARISON, view({ groups: ['Career'], edges: ['go'] }));
    // Group counts ignore the group selection but respect the edge one.
    expect(counts.groups.Career).toBe(
      COMPARISON.filter((r) => r.group === 'Career' && r.edge === 'go').length,
    );
    expect(counts.groups.Safety).toBe(0);
    // Edge counts respect the group selection.
    expect(counts.edges.rust).toBe(
      COMPARISON.filter((r) => r.group === 'Career' && r.edge === 'rust').length,
    );
  });

  it('makes ticking one more option show exactly count more rows', () => {
    const base = view({ query: 'go' });
    const counts = countFacets(COMPARISON, base);
    const before = filterRows(COMPARISON, view({ query: 'go', edges: ['go'] })).length;
    const after = filterRows(COMPARISON, view({ query: 'go', edges: ['go', 'rust'] })).length;
    expect(after - before).toBe(counts.edges.rust);
  });

  it('follows the text filter', () => {
    const counts = countFacets(COMPARISON, view({ query: 'salary' }));
    expect(counts.groups.Career).toBe(1);
    expect(counts.groups.Performance).toBe(0);
  });
});
