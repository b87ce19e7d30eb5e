import { memo } from 'react';
import { SourceNote } from '../../components/source-note';
import type { ComparisonRow } from '../../data/schema';
import { formatPoints } from '../../scoring/describe';
import type { PersonalRows, SortDir, SortKey } from './compare-view';
import { EDGE_LABELS } from './compare-view';
import type { Highlighter } from './highlight-text';
import { HighlightText } from './highlight-text';
import { SortHeader } from './sort-header';

type CompareTableProps = {
  rows: readonly ComparisonRow[];
  total: number;
  highlight: Highlighter | null;
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  personal: PersonalRows | null;
  linkedRow: string | null;
};

function PointsCell({ points }: { points: number | undefined }) {
  if (points === undefined || points === 0) {
    return (
      <td data-label="For you" className="compare-points compare-points--none">
        {points === 0 ? formatPoints(0, 'towards') : 'Not counted'}
      </td>
    );
  }
  // "−4 towards Rust": the signed number stands out in the language's colour.
  const [value, ...rest] = formatPoints(points, 'towards').split(' ');
  return (
    <td
      data-label="For you"
      className={`compare-points compare-points--${points > 0 ? 'go' : 'rust'}`}
    >
      <span className="compare-points__value">{value}</span> {rest.join(' ')}
    </td>
  );
}

function rowClass(row: ComparisonRow, personal: PersonalRows | null, linked: boolean): string {
  const counted = (personal?.[row.id]?.points ?? 0) !== 0;
  return ['compare-row', counted && 'compare-row--counted', linked && 'compare-row--linked']
    .filter(Boolean)
    .join(' ');
}

/** The grid itself: a real table whose header buttons sort and whose cells show filter matches. */
export const CompareTable = memo(function CompareTable({
  rows,
  total,
  highlight,
  sort,
  onSort,
  personal,
  linkedRow,
}: CompareTableProps) {
  return (
    <table className="compare-table">
      <caption>
        Go and Rust side by side in {total} categories. “Our reading” is our interpretation of the
        article, not a verdict it gives.
      </caption>
      <thead>
        <tr>
          <SortHeader
            label="Category"
            sortKey="category"
            current={sort}
            onSort={onSort}
            className="compare-col--category"
          />
          <SortHeader
            label="Group"
            sortKey="group"
            current={sort}
            onSort={onSort}
            className="compare-col--group"
          />
          <th scope="col" className="compare-table__lang compare-table__lang--go">
            Go
          </th>
          <th scope="col" className="compare-table__lang compare-table__lang--rust">
            Rust
          </th>
          <SortHeader
            label="Our reading"
            sortKey="edge"
            current={sort}
            onSort={onSort}
            className="compare-col--reading"
          />
          {personal && (
            <SortHeader
              label="For you"
              sortKey="relevance"
              current={sort}
              onSort={onSort}
              className="compare-col--personal"
            />
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const linked = row.id === linkedRow;
          return (
            <tr
              key={row.id}
              id={`row-${row.id}`}
              className={rowClass(row, personal, linked)}
              tabIndex={linked ? -1 : undefined}
            >
              <th scope="row" className="compare-category">
                <HighlightText text={row.category} highlight={highlight} />
                {linked && <span className="compare-linked-tag">From your result</span>}
              </th>
              <td data-label="Group" className="compare-group">
                <span className="tag">{row.group}</span>
              </td>
              <td data-label="Go" className="compare-cell compare-cell--go">
                <HighlightText text={row.go} highlight={highlight} />
              </td>
              <td data-label="Rust" className="compare-cell compare-cell--rust">
                <HighlightText text={row.rust} highlight={highlight} />
              </td>
              <td data-label="Our reading" className="compare-reading">
                <span className={`edge edge--${row.edge}`}>{EDGE_LABELS[row.edge]}</span>
                <span className="compare-tradeoff">
                  <HighlightText text={row.tradeOff} highlight={highlight} />
                </span>
                {row.figureIds && row.figureIds.length > 0 && (
                  <SourceNote className="compare-source" />
                )}
              </td>
              {personal && <PointsCell points={personal[row.id]?.points} />}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
