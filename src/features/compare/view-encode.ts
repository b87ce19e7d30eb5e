import type { CompareView, SortKey } from './compare-view';
import { DEFAULT_VIEW, EDGES, groupSlug, GROUPS } from './compare-view';

/**
 * Writes a view (and an optional highlighted row) as a query string; defaults are left out,
 * so the default view is the bare path.
 * @example encodeView({ ...DEFAULT_VIEW, edges: ['rust'] }, null) === '?edge=rust'
 */
export function encodeView(view: CompareView, row: string | null): string {
  const params = new URLSearchParams();
  if (view.query !== '') params.set('q', view.query);
  if (view.groups.length > 0)
    params.set(
      'group',
      GROUPS.filter((g) => view.groups.includes(g))
        .map((g) => groupSlug(g))
        .join(','),
    );
  if (view.edges.length > 0)
    params.set('edge', EDGES.filter((e) => view.edges.includes(e)).join(','));
  if (view.onlyDiffer) params.set('differ', '1');
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort satisfies SortKey);
  if (view.dir !== DEFAULT_VIEW.dir) params.set('dir', view.dir);
  if (row !== null) params.set('row', row);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
