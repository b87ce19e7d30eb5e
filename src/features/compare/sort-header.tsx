import type { SortDir, SortKey } from './compare-view';

type SortHeaderProps = {
  label: string;
  sortKey: SortKey;
  current: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  className?: string;
};

/** Up and down triangles when sorted, a double chevron when not: shape, not colour, carries it. */
function SortIcon({ dir }: { dir: SortDir | null }) {
  return (
    <svg className="sort-icon" width="12" height="14" viewBox="0 0 12 14" aria-hidden="true">
      {dir === 'asc' && <path d="M6 2 L11 11 L1 11 Z" fill="currentColor" />}
      {dir === 'desc' && <path d="M1 3 L11 3 L6 12 Z" fill="currentColor" />}
      {dir === null && (
        <path
          d="M2 5 L6 1.5 L10 5 M2 9 L6 12.5 L10 9"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      )}
    </svg>
  );
}

/** A column header whose button sorts by it; only the sorted column carries aria-sort. */
export function SortHeader({ label, sortKey, current, onSort, className }: SortHeaderProps) {
  const dir = current.key === sortKey ? current.dir : null;
  const ariaSort = dir === null ? undefined : dir === 'asc' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <SortIcon dir={dir} />
      </button>
    </th>
  );
}
