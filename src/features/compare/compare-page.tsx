import { useCallback, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { SourceNote } from '../../components/source-note';
import { COMPARISON } from '../../data/comparison';
import type { ComparisonRow } from '../../data/schema';
import { ARTICLE } from '../../data/source';
import { CompareControls } from './compare-controls';
import { CompareTable } from './compare-table';
import type { CompareView, PersonalData, SortKey } from './compare-view';
import { clearFilters } from './compare-view';
import { toCsv } from './csv';
import { downloadTextFile } from './download-file';
import { countFacets, filterRows } from './filter-rows';
import { queryTerms } from './fold-text';
import { nextSort, sortRows } from './sort-rows';
import { useLinkedRow } from './use-linked-row';
import { useUrlView } from './use-url-view';
import { encodeView } from './view-codec';
import './compare.css';

type ComparePageProps = {
  personal: PersonalData;
  rows?: readonly ComparisonRow[];
};

function effectiveSort(view: CompareView, personal: PersonalData) {
  // A shared link may ask for relevance before (or without) quiz answers: fall back quietly.
  if (view.sort === 'relevance' && !personal) return { key: 'order' as const, dir: 'asc' as const };
  return { key: view.sort, dir: view.dir };
}

/** /compare: every category side by side, filterable, sortable and shareable through its URL. */
export function ComparePage({ personal, rows = COMPARISON }: ComparePageProps) {
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const { view, row: linkedRow, notices, setView, dismissNotices } = useUrlView(rowIds);
  const sort = useMemo(() => effectiveSort(view, personal), [view, personal]);
  const personalRows = personal?.rows ?? null;

  const filtered = useMemo(() => filterRows(rows, view), [rows, view]);
  const visible = useMemo(
    () => sortRows(filtered, sort, personalRows),
    [filtered, sort, personalRows],
  );
  const counts = useMemo(() => countFacets(rows, view), [rows, view]);
  const terms = useMemo(() => queryTerms(view.query), [view.query]);
  const linked = rows.find((r) => r.id === linkedRow) ?? null;
  const linkedHidden = linked !== null && !visible.includes(linked);
  useLinkedRow(linkedHidden ? null : linkedRow);

  // Stable so the memoised table skips the re-render the router does after each URL write.
  const onSort = useCallback(
    (key: SortKey) => {
      const next = nextSort(sort, key);
      setView({ ...view, sort: next.key, dir: next.dir }, 'push');
    },
    [sort, view, setView],
  );
  const onClear = () => setView(clearFilters(view), 'push');
  const { pathname } = useLocation();
  // Built from the view (the address bar lags typing by a moment), without the personal row.
  const shareUrl = () => new URL(pathname + encodeView(view, null), window.location.href).href;
  const onDownload = () =>
    downloadTextFile(
      toCsv(visible, ARTICLE, personalRows),
      'go-vs-rust-comparison.csv',
      'text/csv;charset=utf-8',
    );

  return (
    <div className="page compare">
      <header className="compare__intro">
        <p className="eyebrow">Comparison grid</p>
        <h1 id="page-title">Go and Rust, category by category</h1>
        <p className="compare__lede">
          Every point the article makes about the two languages, in one table. Filter it, sort it,
          and share the exact view: the address bar keeps your settings.
        </p>
        {personal && (
          <p className="compare__personal">
            Highlighted rows counted in your quiz result; the “For you” column shows how many points
            each gave and to which language.{' '}
            <Link to={personal.resultHref}>Back to your result</Link>
          </p>
        )}
      </header>

      {notices.length > 0 && (
        <div className="compare-notice" role="status">
          <p className="compare-notice__title">Part of this link could not be used:</p>
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={dismissNotices}>
            Dismiss
          </button>
        </div>
      )}

      <div className="compare__body">
        <CompareControls
          view={view}
          counts={counts}
          shown={visible.length}
          total={rows.length}
          onChange={setView}
          onClear={onClear}
          onDownload={onDownload}
          shareUrl={shareUrl}
        />

        <p className="compare-sr" role="status">
          {linked && !linkedHidden
            ? `Showing ${linked.category}, the row linked from your quiz result.`
            : ''}
        </p>
        {linkedHidden && (
          <p className="compare-notice">
            The linked category, {linked.category}, is hidden by the current filters.{' '}
            <button type="button" className="button" onClick={onClear}>
              Show it
            </button>
          </p>
        )}

        {visible.length > 0 ? (
          <CompareTable
            rows={visible}
            total={rows.length}
            terms={terms}
            sort={sort}
            onSort={onSort}
            personal={personalRows}
            linkedRow={linkedRow}
          />
        ) : (
          <div className="compare-empty">
            <h2>No category matches</h2>
            <p>
              Nothing fits{view.query.trim() !== '' ? ` “${view.query.trim()}”` : ''} with these
              filters. Try a shorter word, or start again.
            </p>
            <button type="button" className="button button--primary" onClick={onClear}>
              Clear filters
            </button>
          </div>
        )}
      </div>
      <SourceNote />
    </div>
  );
}
