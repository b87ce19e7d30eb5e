import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARISON } from '../../../src/data/comparison';
import type { CompareView } from '../../../src/features/compare/compare-view';
import { DEFAULT_VIEW, EDGES, GROUPS, SORT_KEYS } from '../../../src/features/compare/compare-view';
import { decodeView, MAX_QUERY_LENGTH } from '../../../src/features/compare/view-decode';

const ROW_IDS = COMPARISON.map((r) => r.id);
const VIEW_KEYS = Object.keys(DEFAULT_VIEW).sort();

function expectValidView(view: CompareView) {
  expect(Object.keys(view).sort()).toEqual(VIEW_KEYS);
  expect(typeof view.query).toBe('string');
  expect(view.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(view.groups.every((g) => GROUPS.includes(g))).toBe(true);
  expect(new Set(view.groups).size).toBe(view.groups.length);
  expect(view.edges.every((e) => EDGES.includes(e))).toBe(true);
  expect(new Set(view.edges).size).toBe(view.edges.length);
  expect(typeof view.onlyDiffer).toBe('boolean');
  expect(SORT_KEYS).toContain(view.sort);
  expect(['asc', 'desc']).toContain(view.dir);
}

describe('decodeView', () => {
  it('gives the default view for an empty query string', () => {
    expect(decodeView('', ROW_IDS)).toEqual({ view: DEFAULT_VIEW, row: null, notices: [] });
  });

  it('reads every setting', () => {
    const decoded = decodeView(
      '?q=cargo&group=safety,developer-experience&edge=rust&differ=1&sort=edge&dir=desc&row=tooling',
      ROW_IDS,
    );
    expect(decoded.view).toEqual({
      query: 'cargo',
      groups: ['Safety', 'Developer experience'],
      edges: ['rust'],
      onlyDiffer: true,
      sort: 'edge',
      dir: 'desc',
    });
    expect(decoded.row).toBe('tooling');
    expect(decoded.notices).toEqual([]);
  });

  it('puts facet values in a fixed order and drops duplicates', () => {
    expect(decodeView('?edge=rust,go,rust', ROW_IDS).view.edges).toEqual(['go', 'rust']);
  });

  it.each([
    ['?foo=1', /unknown setting “foo”/],
    ['?sort=price', /unknown sort “price”/],
    ['?dir=up', /unknown direction “up”/],
    ['?group=career,jobs', /unknown group “jobs”/],
    ['?edge=java', /unknown edge “java”/],
    ['?differ=maybe', /only where they differ/],
    ['?row=nope', /no category “nope”/],
  ])('ignores %s with a notice', (search, notice) => {
    const decoded = decodeView(search, ROW_IDS);
    expect(decoded.notices.join(' ')).toMatch(notice);
    expect(decoded.row).toBeNull();
  });

  it('keeps the good parts of a partly broken link', () => {
    const decoded = decodeView('?group=career,jobs&sort=price&q=pay', ROW_IDS);
    expect(decoded.view.groups).toEqual(['Career']);
    expect(decoded.view.query).toBe('pay');
    expect(decoded.view.sort).toBe('order');
    expect(decoded.notices).toHaveLength(2);
  });

  it('cuts an overlong filter and says so', () => {
    const decoded = decodeView(`?q=${'a'.repeat(500)}`, ROW_IDS);
    expect(decoded.view.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(decoded.notices[0]).toMatch(/Shortened/);
  });

  it('survives malformed percent-encoding', () => {
    expect(() => decodeView('?q=%E0%A4%A&%%%=1&sort=%zz', ROW_IDS)).not.toThrow();
  });

  it('decodes any query string to a valid view without throwing, and no unknown key gets in', () => {
    const keyish = fc.oneof(
      fc.constantFrom(
        'q',
        'group',
        'edge',
        'differ',
        'sort',
        'dir',
        'row',
        '__proto__',
        'constructor',
      ),
      fc.string(),
    );
    const pair = fc.tuple(keyish, fc.string()).map(([k, v]) => `${k}=${v}`);
    const search = fc.oneof(
      fc.string(),
      fc.array(pair, { maxLength: 8 }).map((pairs) => `?${pairs.join('&')}`),
    );
    fc.assert(
      fc.property(search, (text) => {
        const decoded = decodeView(text, ROW_IDS);
        expectValidView(decoded.view);
        expect(decoded.row === null || ROW_IDS.includes(decoded.row)).toBe(true);
        expect(decoded.notices.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 500 },
    );
  });
});
