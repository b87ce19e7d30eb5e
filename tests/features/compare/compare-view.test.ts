import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  DEFAULT_VIEW,
  GROUPS,
  groupSlug,
  hasFilters,
  nextSort,
} from '../../../src/features/compare/compare-view';

describe('groupSlug', () => {
  it('gives every group a distinct lower-case, URL-safe name', () => {
    const slugs = GROUPS.map(groupSlug);
    expect(slugs).toContain('developer-experience');
    expect(new Set(slugs).size).toBe(GROUPS.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('hasFilters and clearFilters', () => {
  it('count filters, not the sort, and clearing keeps the sort', () => {
    const view = { ...DEFAULT_VIEW, query: 'go', edges: ['rust'] as const, sort: 'edge' as const };
    expect(hasFilters(view)).toBe(true);
    expect(hasFilters({ ...DEFAULT_VIEW, query: '   ', sort: 'group' })).toBe(false);
    const cleared = clearFilters(view);
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared.sort).toBe('edge');
  });
});

describe('nextSort', () => {
  it('starts a new column ascending and flips the current one', () => {
    expect(nextSort({ key: 'order', dir: 'asc' }, 'group')).toEqual({ key: 'group', dir: 'asc' });
    expect(nextSort({ key: 'group', dir: 'asc' }, 'group')).toEqual({ key: 'group', dir: 'desc' });
    expect(nextSort({ key: 'group', dir: 'desc' }, 'group')).toEqual({ key: 'group', dir: 'asc' });
  });

  it('starts relevance with the biggest effect first', () => {
    expect(nextSort({ key: 'order', dir: 'asc' }, 'relevance')).toEqual({
      key: 'relevance',
      dir: 'desc',
    });
  });
});
