import { Link } from 'react-router';
import { COMPARISON } from '../../data/comparison';
import type { ComparisonRow } from '../../data/schema';
import { CompareControls } from './compare-controls';
import { CompareTable } from './compare-table';
import type { PersonalData } from './compare-view';
import { useCompareGrid } from './use-compare-grid';
import './compare.css';

type ComparePageProps = {
  personal: PersonalData;
  rows?: readonly ComparisonRow[];
};

/** /compare: every category side by side, filterable, sortable and shareable through its URL. */
export function ComparePage({ personal, rows = COMPARISON }: ComparePageProps) {
  const grid = useCompareGrid(rows, personal);
  const { view, visible, notices } = grid;
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
        <div className="compare-notice compare-notice--link" role="status">
          <div>
            <p className="compare-notice__title">Part of this link could not be used:</p>
            <ul>
              {notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          </div>
          <button type="button" className="button" onClick={grid.dismissNotices}>
            Dismiss
          </button>
        </div>
      )}

      <div className="compare__body">
        <CompareControls
          view={view}
          counts={grid.counts}
          shown={visible.length}
          total={rows.length}
          onChange={grid.setView}
          onClear={grid.onClear}
          onDownload={grid.onDownload}
          shareUrl={grid.shareUrl}
        />

        <p className="visually-hidden" role="status">
          {grid.shownLinked
            ? `Showing ${grid.shownLinked.category}, the row linked from your quiz result.`
            : ''}
        </p>
        {grid.hiddenLinked && (
          <p className="compare-notice">
            The linked category, {grid.hiddenLinked.category}, is hidden by the current filters.{' '}
            <button type="button" className="button" onClick={grid.onClear}>
              Show it
            </button>
          </p>
        )}

        {visible.length > 0 ? (
          <CompareTable
            rows={visible}
            total={rows.length}
            highlight={grid.highlight}
            sort={grid.sort}
            onSort={grid.onSort}
            personal={personal?.rows ?? null}
            linkedRow={grid.linkedRow}
          />
        ) : (
          <div className="compare-empty">
            <h2>No category matches</h2>
            <p>
              Nothing fits{view.query.trim() !== '' ? ` “${view.query.trim()}”` : ''} with these
              filters. Try a shorter word, or start again.
            </p>
            <button type="button" className="button button--primary" onClick={grid.onClear}>
              Clear filters
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
