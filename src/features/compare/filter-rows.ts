import type { ComparisonGroup, ComparisonRow, Edge } from '../../data/schema';
import type { CompareView } from './compare-view';
import { EDGES, GROUPS } from './compare-view';

/** Says whether a row matches the filter text (see text-match.ts); by default every row does. */
export type RowMatcher = (row: ComparisonRow) => boolean;

const EVERY_ROW: RowMatcher = () => true;

type Skip = 'groups' | 'edges' | null;

function passes(row: ComparisonRow, view: CompareView, matches: RowMatcher, skip: Skip): boolean {
  if (skip !== 'groups' && view.groups.length > 0 && !view.groups.includes(row.group)) return false;
  if (skip !== 'edges' && view.edges.length > 0 && !view.edges.includes(row.edge)) return false;
  if (view.onlyDiffer && row.edge === 'even') return false;
  return matches(row);
}

/**
 * The rows the view's facets and the text matcher let through, in their original order. Facets are OR
 * within, AND across.
 * @example filterRows(COMPARISON, { ...DEFAULT_VIEW, edges: ['even'] }).every((r) => r.edge === 'even')
 */
export function filterRows(
  rows: readonly ComparisonRow[],
  view: CompareView,
  matches: RowMatcher = EVERY_ROW,
): ComparisonRow[] {
  return rows.filter((row) => passes(row, view, matches, null));
}

export type FacetCounts = {
  groups: Record<ComparisonGroup, number>;
  edges: Record<Edge, number>;
};

/**
 * How many rows each facet option would show, given every other filter: the usual faceted-search
 * count, so ticking an option shows exactly its count (or adds it, within the same facet).
 * @example countFacets(COMPARISON, DEFAULT_VIEW).edges.even === 3
 */
export function countFacets(
  rows: readonly ComparisonRow[],
  view: CompareView,
  matches: RowMatcher = EVERY_ROW,
): FacetCounts {
  const groups = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<ComparisonGroup, number>;
  const edges = Object.fromEntries(EDGES.map((e) => [e, 0])) as Record<Edge, number>;
  for (const row of rows) {
    if (passes(row, view, matches, 'groups')) groups[row.group] += 1;
    if (passes(row, view, matches, 'edges')) edges[row.edge] += 1;
  }
  return { groups, edges };
}
