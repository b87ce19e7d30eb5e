import type { ComparisonGroup, Edge } from '../../data/schema';

/** The columns a reader can sort by; "order" is the article's own order. */
export const SORT_KEYS = ['order', 'category', 'group', 'edge', 'relevance'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export const GROUPS: readonly ComparisonGroup[] = [
  'Career',
  'Performance',
  'Safety',
  'Developer experience',
  'Ecosystem',
];

/** Go first, even in the middle, Rust last: sorting by edge reads like a scale between the two. */
export const EDGES: readonly Edge[] = ['go', 'even', 'rust'];

/** Everything a reader can change about the grid; the URL holds exactly this. */
export type CompareView = {
  query: string;
  groups: readonly ComparisonGroup[];
  edges: readonly Edge[];
  onlyDiffer: boolean;
  sort: SortKey;
  dir: SortDir;
};

export const DEFAULT_VIEW: CompareView = {
  query: '',
  groups: [],
  edges: [],
  onlyDiffer: false,
  sort: 'order',
  dir: 'asc',
};

/** Signed points per row id from the quiz: positive leans Go, negative leans Rust. */
export type PersonalRows = Readonly<Record<string, { points: number }>>;

/** What the quiz knows about this reader; null until stored answers are read after mount. */
export type PersonalData = { rows: PersonalRows; resultHref: string } | null;

export const EDGE_LABELS: Readonly<Record<Edge, string>> = {
  go: 'Edge to Go',
  rust: 'Edge to Rust',
  even: 'Even',
};

/**
 * A group's short, URL-safe name.
 * @example groupSlug('Developer experience') === 'developer-experience'
 */
export function groupSlug(group: ComparisonGroup): string {
  return group.toLowerCase().replaceAll(' ', '-');
}

/**
 * True when any filter narrows the rows (sorting does not count).
 * @example hasFilters({ ...DEFAULT_VIEW, query: 'go' }) === true
 */
export function hasFilters(view: CompareView): boolean {
  return (
    view.query.trim() !== '' || view.groups.length > 0 || view.edges.length > 0 || view.onlyDiffer
  );
}

/**
 * The view with every filter removed and the sort kept.
 * @example clearFilters({ ...DEFAULT_VIEW, query: 'go', sort: 'edge' }).query === ''
 */
export function clearFilters(view: CompareView): CompareView {
  return { ...DEFAULT_VIEW, sort: view.sort, dir: view.dir };
}

/** The direction a column sorts in on its first click: relevance starts with the biggest. */
export function firstDirection(key: SortKey): SortDir {
  return key === 'relevance' ? 'desc' : 'asc';
}

/**
 * The sort after clicking a column header: a new column starts in its first direction,
 * the current one flips.
 * @example nextSort({ key: 'category', dir: 'asc' }, 'category') // { key: 'category', dir: 'desc' }
 */
export function nextSort(
  current: { key: SortKey; dir: SortDir },
  clicked: SortKey,
): { key: SortKey; dir: SortDir } {
  if (current.key !== clicked) return { key: clicked, dir: firstDirection(clicked) };
  return { key: clicked, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}
