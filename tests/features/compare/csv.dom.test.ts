import { render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { COMPARISON } from '../../../src/data/comparison';
import { ARTICLE } from '../../../src/data/source';
import { CompareTable } from '../../../src/features/compare/compare-table';
import { escapeCsvCell, toCsv } from '../../../src/features/compare/csv';

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('escapeCsvCell', () => {
  it.each([
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+1 555', `"'+1 555"`],
    ['-2', `"'-2"`],
    ['@cmd', `"'@cmd"`],
    ['\t=1', `"'\t=1"`],
  ])('neutralises the formula starter in %s', (value, expected) => {
    expect(escapeCsvCell(value)).toBe(expected);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(escapeCsvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
  });

  it('leaves ordinary text readable', () => {
    expect(escapeCsvCell('$165,437, from 101 senior postings.')).toBe(
      '"$165,437, from 101 senior postings."',
    );
  });

  it('round-trips any text through a CSV reader, never starting with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const [[cell]] = parseCsv(`${escapeCsvCell(value)}\r\n`) as [[string]];
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
      }),
    );
  });
});

describe('toCsv', () => {
  it('writes a header, one line per row and the source on each line', () => {
    const rows = parseCsv(toCsv(COMPARISON.slice(0, 3), ARTICLE, null));
    expect(rows[0]).toEqual([
      'Category',
      'Group',
      'Go',
      'Rust',
      'Our reading',
      'Trade-off',
      'Source',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[3]?.[0]).toBe('Senior salary (median)');
    expect(rows[3]?.[2]).toBe('$165,437, from 101 senior postings.');
    expect(rows[3]?.[4]).toBe('Edge to Rust');
    expect(rows[3]?.[6]).toBe('Go vs Rust 2026: Comparison, SkillExchange Team, as of 2026-11-02');
  });

  it('adds the reader’s points in the grid’s own words, column name and every cell', () => {
    const personal = {
      'learning-curve': { points: -2 },
      'memory-safety': { points: 1 },
      concurrency: { points: 0 },
    };
    const rows = COMPARISON.slice(0, 8);
    render(
      createElement(CompareTable, {
        rows,
        total: rows.length,
        highlight: null,
        sort: { key: 'category', dir: 'asc' },
        onSort: () => {},
        personal,
        linkedRow: null,
      }),
    );
    const csv = parseCsv(toCsv(rows, ARTICLE, personal));
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent?.trim());
    expect(csv[0]?.at(-1)).toBe(headers.at(-1));
    const shown = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-1)?.textContent);
    expect(csv.slice(1).map((line) => line.at(-1))).toEqual(shown);
    // Every kind of cell is there: counted either way, evened out, and not counted.
    expect(shown).toEqual(
      expect.arrayContaining([
        '2 points towards Rust',
        '1 point towards Go',
        'Evened out',
        'Not counted',
      ]),
    );
  });
});
