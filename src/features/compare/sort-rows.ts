import type { ComparisonRow } from '../../data/schema';
import type { PersonalRows, SortDir, SortKey } from './compare-view';
import { EDGES } from './compare-view';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

type Compare = (a: ComparisonRow, b: ComparisonRow) => number;

function comparatorFor(key: SortKey, personal: PersonalRows | null): Compare | null {
  switch (key) {
    case 'category':
      return (a, b) => collator.compare(a.category, b.category);
    case 'group':
      return (a, b) => collator.compare(a.group, b.group);
    case 'edge':
      return (a, b) => EDGES.indexOf(a.edge) - EDGES.indexOf(b.edge);
    case 'relevance':
      // How much a row moved the reader's result, whichever way it pointed.
      return (a, b) =>
        Math.abs(personal?.[a.id]?.points ?? 0) - Math.abs(personal?.[b.id]?.points ?? 0);
    case 'order':
      return null;
  }
}

/**
 * Sorts a copy of the rows. Stable: ties keep the incoming order in both directions, so
 * "descending" reverses the key, not the ties.
 * @example sortRows(rows, { key: 'category', dir: 'asc' }, null)[0]?.category === 'Binary size'
 */
export function sortRows(
  rows: readonly ComparisonRow[],
  sort: { key: SortKey; dir: SortDir },
  personal: PersonalRows | null,
): ComparisonRow[] {
  const compare = comparatorFor(sort.key, personal);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index }));
  indexed.sort((a, b) => {
    if (!compare) return sign * (a.index - b.index);
    return sign * compare(a.row, b.row) || a.index - b.index;
  });
  return indexed.map((entry) => entry.row);
}
