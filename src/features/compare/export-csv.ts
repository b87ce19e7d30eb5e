import type { ComparisonRow, Source } from '../../data/schema';
import type { PersonalRows } from './compare-view';
import { toCsv } from './csv';
import { downloadTextFile } from '../../lib/copy-and-download';

/**
 * Saves the rows of the current view as a CSV file. Loaded on the first click, so the CSV code stays out of
 * the page's first load.
 * @example downloadCsv(visibleRows, ARTICLE, null)
 */
export function downloadCsv(
  rows: readonly ComparisonRow[],
  source: Source,
  personal: PersonalRows | null,
): void {
  downloadTextFile(
    toCsv(rows, source, personal),
    'go-vs-rust-comparison.csv',
    'text/csv;charset=utf-8',
    true,
  );
}
