import { describe, expect, it } from 'vitest';
import { formatInteger, formatUsd } from '../../src/lib/format';

describe('format', () => {
  it.each([
    [165437, '$165,437'],
    [249000, '$249,000'],
    [0, '$0'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatUsd(value)).toBe(expected);
  });

  it('groups thousands in integers', () => {
    expect(formatInteger(1234567)).toBe('1,234,567');
  });
});
