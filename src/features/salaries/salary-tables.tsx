import { LANGUAGE_NAMES, LANGUAGES } from '../../data/languages';
import type { Figure } from '../../data/schema';
import { SMALL_SAMPLE_THRESHOLD } from '../../data/figures';
import { formatInteger } from '../../lib/format';
import type { LadderRow, LanguagePair, OpeningsRow, SeniorPayRow } from './chart-data';
import { describePoint, describeSample, formatPointValue } from './chart-text';

type PairTableProps = {
  caption: string;
  rowHeader: string;
  rows: readonly (LanguagePair & { label: string })[];
  unit: Figure['unit'];
};

/** A category per row, Go and Rust per column; empty cells read "not reported". */
function PairTable({ caption, rowHeader, rows, unit }: PairTableProps) {
  return (
    <table className="salary-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {LANGUAGES.map((language) => (
            <th key={language} scope="col" className={`lang-${language}`}>
              {LANGUAGE_NAMES[language]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {LANGUAGES.map((language) => {
              const point = row[language];
              return (
                <td key={language} className={point ? undefined : 'salary-table__missing'}>
                  {describePoint(point, unit)}
                  {unit === 'USD' && point && (
                    <span className="salary-table__n">{describeSample(point)}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function describeSampleSize(row: SeniorPayRow): string {
  if (row.n === null) return 'unknown';
  return row.smallSample
    ? `Small (under ${SMALL_SAMPLE_THRESHOLD})`
    : `${SMALL_SAMPLE_THRESHOLD} or more`;
}

export function OpeningsTable({ rows }: { rows: readonly OpeningsRow[] }) {
  return (
    <PairTable
      caption="Open roles and senior postings, by language"
      rowHeader="Count"
      rows={rows}
      unit="openings"
    />
  );
}

export function LadderTable({ rows }: { rows: readonly LadderRow[] }) {
  return (
    <PairTable
      caption="Reported pay at each career level, by language"
      rowHeader="Level"
      rows={rows}
      unit="USD"
    />
  );
}

export function SeniorPayTable({ rows }: { rows: readonly SeniorPayRow[] }) {
  return (
    <table className="salary-table">
      <caption>Median senior pay and the postings behind it</caption>
      <thead>
        <tr>
          <th scope="col">Language</th>
          <th scope="col">Senior median</th>
          <th scope="col">Postings</th>
          <th scope="col">Sample</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.language}>
            <th scope="row" className={`lang-${row.language}`}>
              {row.label}
            </th>
            <td>{formatPointValue(row, 'USD')}</td>
            <td>{row.n === null ? 'not reported' : formatInteger(row.n)}</td>
            <td>{describeSampleSize(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
