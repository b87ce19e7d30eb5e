import type { ComparisonGroup, Edge } from '../../data/schema';
import type { CompareView, SortDir } from './compare-view';
import { DEFAULT_VIEW, EDGES, groupSlug, GROUPS, SORT_KEYS } from './compare-view';

/** Longest filter text we keep from a link; anything longer is cut, with a notice. */
export const MAX_QUERY_LENGTH = 100;
const MAX_NOTICES = 5;
const KNOWN_KEYS = ['q', 'group', 'edge', 'differ', 'sort', 'dir', 'row'] as const;

export type DecodedView = {
  view: CompareView;
  /** A row to scroll to and highlight (from a quiz result link), if it exists. */
  row: string | null;
  /** Plain-language notes about the parts of the link we ignored. */
  notices: string[];
};

const GROUP_BY_SLUG = new Map(GROUPS.map((g) => [groupSlug(g), g]));

function shown(value: string): string {
  const short = value.length > 24 ? `${value.slice(0, 24)}…` : value;
  return `“${short}”`;
}

function decodeList<T>(
  raw: string,
  lookup: (slug: string) => T | undefined,
  order: readonly T[],
  onUnknown: (slug: string) => void,
): T[] {
  const picked = new Set<T>();
  for (const slug of raw.split(',')) {
    if (slug === '') continue;
    const value = lookup(slug.trim().toLowerCase());
    if (value === undefined) onUnknown(slug);
    else picked.add(value);
  }
  return order.filter((value) => picked.has(value));
}

/**
 * Reads a query string into a valid view. Never throws: unknown keys and bad values are
 * dropped and described in `notices`.
 * @example decodeView('?q=cargo&sort=edge', []).view.sort === 'edge'
 */
export function decodeView(search: string, rowIds: readonly string[]): DecodedView {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const note = (text: string) => {
    if (notices.length < MAX_NOTICES) notices.push(text);
  };
  const view: { -readonly [K in keyof CompareView]: CompareView[K] } = {
    ...DEFAULT_VIEW,
    groups: [],
    edges: [],
  };
  let row: string | null = null;

  const unknownKeys = new Set<string>();
  for (const key of params.keys()) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) unknownKeys.add(key);
  }
  for (const key of unknownKeys) note(`Ignored the unknown setting ${shown(key)}.`);

  const q = params.get('q');
  if (q !== null) {
    view.query = q.slice(0, MAX_QUERY_LENGTH);
    if (q.length > MAX_QUERY_LENGTH)
      note(`Shortened the filter to ${MAX_QUERY_LENGTH} characters.`);
  }

  const group = params.get('group');
  if (group !== null) {
    view.groups = decodeList<ComparisonGroup>(
      group,
      (slug) => GROUP_BY_SLUG.get(slug),
      GROUPS,
      (slug) => note(`Ignored the unknown group ${shown(slug)}.`),
    );
  }

  const edge = params.get('edge');
  if (edge !== null) {
    view.edges = decodeList<Edge>(
      edge,
      (slug) => EDGES.find((e) => e === slug),
      EDGES,
      (slug) => note(`Ignored the unknown edge ${shown(slug)}.`),
    );
  }

  const differ = params.get('differ');
  if (differ !== null) {
    if (differ === '1' || differ === 'true') view.onlyDiffer = true;
    else if (differ !== '0' && differ !== 'false')
      note(`Ignored ${shown(differ)} for “only where they differ”.`);
  }

  const sort = params.get('sort');
  if (sort !== null) {
    const key = SORT_KEYS.find((k) => k === sort);
    if (key) view.sort = key;
    else note(`Ignored the unknown sort ${shown(sort)}.`);
  }

  const dir = params.get('dir');
  if (dir !== null) {
    if (dir === 'asc' || dir === 'desc') view.dir = dir satisfies SortDir;
    else note(`Ignored the unknown direction ${shown(dir)}.`);
  }

  const rowId = params.get('row');
  if (rowId !== null) {
    if (rowIds.includes(rowId)) row = rowId;
    else note(`There is no category ${shown(rowId)} to highlight.`);
  }

  return { view, row, notices };
}
