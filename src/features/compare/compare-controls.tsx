import { useState } from 'react';
import type { ComparisonGroup, Edge } from '../../data/schema';
import type { CompareView } from './compare-view';
import { EDGE_LABELS, EDGES, GROUPS, hasFilters } from './compare-view';
import { CopyLinkButton } from './copy-link-button';
import type { FacetCounts } from './filter-rows';

type CompareControlsProps = {
  view: CompareView;
  counts: FacetCounts;
  shown: number;
  total: number;
  onChange: (next: CompareView, history: 'push' | 'replace') => void;
  onClear: () => void;
  onDownload: () => Promise<void>;
  shareUrl: () => string;
};

function toggle<T>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return order.filter((v) => next.includes(v));
}

type ChipProps = { label: string; count: number; checked: boolean; onToggle: () => void };

function FacetChip({ label, count, checked, onToggle }: ChipProps) {
  return (
    <label className={`chip${count === 0 && !checked ? ' chip--empty' : ''}`}>
      <input type="checkbox" checked={checked} onChange={onToggle} />
      <span>{label}</span>
      <span className="chip__count">
        {count}
        <span className="visually-hidden"> {count === 1 ? 'row' : 'rows'}</span>
      </span>
    </label>
  );
}

/** The filter box, facet toggles, counts and actions above the grid. */
export function CompareControls({
  view,
  counts,
  shown,
  total,
  onChange,
  onClear,
  onDownload,
  shareUrl,
}: CompareControlsProps) {
  const [csvFailed, setCsvFailed] = useState(false);
  const download = () => {
    setCsvFailed(false);
    onDownload().catch(() => setCsvFailed(true));
  };
  return (
    <div className="compare-controls" role="search" aria-label="Filter the comparison">
      <div className="compare-controls__search">
        <label htmlFor="compare-filter">Filter categories</label>
        <input
          id="compare-filter"
          type="search"
          value={view.query}
          placeholder="e.g. salary, Cargo, async"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="compare-count"
          onChange={(event) =>
            // The first keystroke of a filter is a back-button step; the rest refine it in place.
            onChange({ ...view, query: event.target.value }, view.query === '' ? 'push' : 'replace')
          }
        />
      </div>
      <div className="compare-controls__facets">
        <fieldset className="facet">
          <legend>Group</legend>
          <div className="facet__options">
            {GROUPS.map((group: ComparisonGroup) => (
              <FacetChip
                key={group}
                label={group}
                count={counts.groups[group]}
                checked={view.groups.includes(group)}
                onToggle={() =>
                  onChange({ ...view, groups: toggle(view.groups, group, GROUPS) }, 'push')
                }
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="facet">
          <legend>Our reading</legend>
          <div className="facet__options">
            {EDGES.map((edge: Edge) => (
              <FacetChip
                key={edge}
                label={EDGE_LABELS[edge]}
                count={counts.edges[edge]}
                checked={view.edges.includes(edge)}
                onToggle={() =>
                  onChange({ ...view, edges: toggle(view.edges, edge, EDGES) }, 'push')
                }
              />
            ))}
            <label className="chip chip--switch">
              <input
                type="checkbox"
                checked={view.onlyDiffer}
                onChange={() => onChange({ ...view, onlyDiffer: !view.onlyDiffer }, 'push')}
              />
              <span>Only where they differ</span>
            </label>
          </div>
        </fieldset>
      </div>
      <div className="compare-controls__bar">
        <p id="compare-count" className="compare-count" role="status">
          <strong>{shown}</strong> of {total} categories
        </p>
        <div className="compare-controls__actions">
          {hasFilters(view) && (
            <button type="button" className="button" onClick={onClear}>
              Clear filters
            </button>
          )}
          <CopyLinkButton getUrl={shareUrl} />
          <button type="button" className="button" onClick={download} disabled={shown === 0}>
            Download CSV
          </button>
        </div>
      </div>
      <p className="compare-controls__status" role="status">
        {csvFailed &&
          'The CSV export did not download (offline, or the site was just updated). Press Download CSV to try again.'}
      </p>
    </div>
  );
}
