import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/lib/wrap-text';

const byLength = (text: string) => text.length;

describe('wrapText', () => {
  it('breaks between words and keeps every word', () => {
    expect(wrapText('one two three four', 9, byLength)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('  spaced   out  ', 20, byLength)).toEqual(['spaced out']);
    expect(wrapText('', 10, byLength)).toEqual([]);
  });

  it('splits a word longer than a line between characters', () => {
    expect(wrapText('ab abcdefgh', 3, byLength)).toEqual(['ab', 'abc', 'def', 'gh']);
  });

  it('never makes a line wider than the room and never loses a character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (text, room) => {
        const lines = wrapText(text, room, byLength);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(room);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
