import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  DEFAULT_VIEW,
  hasFilters,
  nextSort,
} from '../../../src/features/compare/compare-view';

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
