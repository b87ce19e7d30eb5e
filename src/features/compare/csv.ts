import type { ComparisonRow } from '../../data/schema';
import { formatPoints } from '../../scoring/describe';
import type { Source } from '../../data/schema';
import type { PersonalRows } from './compare-view';
import { EDGE_LABELS } from './compare-view';

// A leading =, +, - or @ (or tab / carriage return) makes spreadsheets run the cell as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes one value safe for a CSV cell: formula starters are neutralised with a leading
 * apostrophe, and the value is always quoted with inner quotes doubled.
 * @example escapeCsvCell('=SUM(A1)') === '"\'=SUM(A1)"'
 */
export function escapeCsvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The rows as CSV (CRLF line ends), in the order given, with the source on every line.
 * A "Your result" column is added when quiz points are known.
 * @example toCsv([], source, null).startsWith('"Category","Group"')
 */
export function toCsv(
  rows: readonly ComparisonRow[],
  source: Source,
  personal: PersonalRows | null,
): string {
  const header = ['Category', 'Group', 'Go', 'Rust', 'Our reading', 'Trade-off', 'Source'];
  if (personal) header.push('Your result');
  const sourceText = `${source.title}, ${source.publisher}, as of ${source.updated}`;
  const lines = [header];
  for (const row of rows) {
    const cells = [
      row.category,
      row.group,
      row.go,
      row.rust,
      EDGE_LABELS[row.edge],
      row.tradeOff,
      sourceText,
    ];
    if (personal) {
      const points = personal[row.id]?.points;
      cells.push(points === undefined ? '' : formatPoints(points, 'by'));
    }
    lines.push(cells);
  }
  return lines.map((cells) => cells.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n';
}
