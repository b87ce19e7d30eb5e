import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format-date';

describe('formatDate', () => {
  it('writes dates in words, independent of the machine time zone', () => {
    expect(formatDate('2026-11-02')).toBe('2 November 2026');
    expect(formatDate('2026-01-31')).toBe('31 January 2026');
  });
});
