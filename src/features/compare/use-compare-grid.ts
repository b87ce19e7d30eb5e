import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation } from 'react-router';
import type { ComparisonRow } from '../../data/schema';
import { ARTICLE } from '../../data/source';
import { lazyModule } from '../../lib/lazy-module';
import type { CompareView, PersonalData, SortDir, SortKey } from './compare-view';
import { clearFilters, nextSort } from './compare-view';
import { countFacets, filterRows } from './filter-rows';
import type { FacetCounts } from './filter-rows';
import type { Highlighter } from './highlight-text';
import { sortRows } from './sort-rows';
import { textMatch } from './text-match';
import { useLinkedRow } from './use-linked-row';
import { useUrlView } from './use-url-view';
import { encodeView } from './view-encode';

export type CompareGrid = {
  view: CompareView;
  sort: { key: SortKey; dir: SortDir };
  visible: ComparisonRow[];
  counts: FacetCounts;
  /** Marks filter matches in cell text; null when there is no filter text. */
  highlight: Highlighter | null;
  notices: string[];
  linkedRow: string | null;
  /** The linked row, when the filters hide it. */
  hiddenLinked: ComparisonRow | null;
  /** The linked row, when it is on screen. */
  shownLinked: ComparisonRow | null;
  setView: (next: CompareView, history: 'push' | 'replace') => void;
  onSort: (key: SortKey) => void;
  onClear: () => void;
  /** Rejects when the CSV code cannot download; the next call fetches it again. */
  onDownload: () => Promise<void>;
  shareUrl: () => string;
  dismissNotices: () => void;
};

// The CSV code arrives on the first click; offline it is already in the service worker's cache.
const csvExport = lazyModule(() => import('./export-csv'));

function effectiveSort(view: CompareView, personal: PersonalData) {
  // A shared link may ask for relevance before (or without) quiz answers: fall back quietly.
  if (view.sort === 'relevance' && !personal) return { key: 'order' as const, dir: 'asc' as const };
  return { key: view.sort, dir: view.dir };
}

/** Everything the grid shows and does, worked out from the URL view, the rows and the quiz. */
export function useCompareGrid(
  rows: readonly ComparisonRow[],
  personal: PersonalData,
): CompareGrid {
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const { view, row: linkedRow, notices, setView, dismissNotices } = useUrlView(rowIds);
  // A key press paints the filter field at once; the rows follow in a render React may interrupt
  // (the next key wins), so typing stays quick however many rows change.
  const shown = useDeferredValue(view);
  const sort = useMemo(() => effectiveSort(shown, personal), [shown, personal]);
  const personalRows = personal?.rows ?? null;

  const match = useMemo(() => textMatch(shown.query), [shown.query]);
  const matches = match?.matches;
  const filtered = useMemo(() => filterRows(rows, shown, matches), [rows, shown, matches]);
  const visible = useMemo(
    () => sortRows(filtered, sort, personalRows),
    [filtered, sort, personalRows],
  );
  const counts = useMemo(() => countFacets(rows, shown, matches), [rows, shown, matches]);
  const linked = rows.find((r) => r.id === linkedRow) ?? null;
  const isShown = linked !== null && visible.includes(linked);
  useLinkedRow(linkedRow, isShown);

  // Stable for the page's life, so a key press does not redraw the memoised table: it reads the
  // latest view when a header is clicked.
  const latest = useRef({ view, personal, setView });
  useLayoutEffect(() => {
    latest.current = { view, personal, setView };
  });
  const onSort = useCallback((key: SortKey) => {
    const { view: current, personal: data, setView: set } = latest.current;
    const next = nextSort(effectiveSort(current, data), key);
    set({ ...current, sort: next.key, dir: next.dir }, 'push');
  }, []);
  const { pathname } = useLocation();

  return {
    view,
    sort,
    visible,
    counts,
    highlight: match?.highlight ?? null,
    notices,
    linkedRow,
    hiddenLinked: linked && !isShown ? linked : null,
    shownLinked: isShown ? linked : null,
    setView,
    onSort,
    onClear: () => setView(clearFilters(view), 'push'),
    onDownload: () =>
      csvExport.load().then(({ downloadCsv }) => downloadCsv(visible, ARTICLE, personalRows)),
    // Built from the view (the address bar lags typing by a moment), without the personal row.
    shareUrl: () => new URL(pathname + encodeView(view, null), window.location.href).href,
    dismissNotices,
  };
}
