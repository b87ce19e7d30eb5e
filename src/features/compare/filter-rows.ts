import type { ComparisonGroup, ComparisonRow, Edge } from '../../data/schema';
import type { CompareView } from './compare-view';
import { EDGES, GROUPS } from './compare-view';
import { foldText, queryTerms } from './fold-text';

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
  if (terms.length === 0) return true;
  const fields = foldedFields(row);
  return terms.every((term) => fields.some((field) => field.includes(term)));
}

type Skip = 'groups' | 'edges' | null;

function passes(row: ComparisonRow, view: CompareView, terms: string[], skip: Skip): boolean {
  if (skip !== 'groups' && view.groups.length > 0 && !view.groups.includes(row.group)) return false;
  if (skip !== 'edges' && view.edges.length > 0 && !view.edges.includes(row.edge)) return false;
  if (view.onlyDiffer && row.edge === 'even') return false;
  return matchesTerms(row, terms);
}

/**
 * The rows the view lets through, in their original order. Facets are OR within, AND across.
 * @example filterRows(COMPARISON, { ...DEFAULT_VIEW, edges: ['even'] }).every((r) => r.edge === 'even')
 */
export function filterRows(rows: readonly ComparisonRow[], view: CompareView): ComparisonRow[] {
  const terms = queryTerms(view.query);
  return rows.filter((row) => passes(row, view, terms, null));
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
export function countFacets(rows: readonly ComparisonRow[], view: CompareView): FacetCounts {
  const terms = queryTerms(view.query);
  const groups = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<ComparisonGroup, number>;
  const edges = Object.fromEntries(EDGES.map((e) => [e, 0])) as Record<Edge, number>;
  for (const row of rows) {
    if (passes(row, view, terms, 'groups')) groups[row.group] += 1;
    if (passes(row, view, terms, 'edges')) edges[row.edge] += 1;
  }
  return { groups, edges };
}
