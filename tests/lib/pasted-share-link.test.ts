import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { readPastedShareLink, readShareCode } from '../../src/lib/pasted-share-link';
import { decodeShareLink, encodeShareLink } from '../../src/lib/share-link';
import { FUZZ_RUNS } from '../property-runs';

// Learn Go: build backend, openings, weeks, gentle, critical speed, goroutines, the rest not sure.
const GO = '2aaabaa0000K';
const GO_INPUT = decodeShareLink(GO, QUIZ_QUESTIONS).input;
const read = (text: string, first?: Parameters<typeof readPastedShareLink>[2]) =>
  readPastedShareLink(text, QUIZ_QUESTIONS, first);

describe('readPastedShareLink', () => {
  it.each([
    [`https://go-or-rust.example/quiz/result/go?a=${GO}`],
    [`https://someone-else.example.net/quiz/result/close-call-rust?a=${GO}`],
    [`http://localhost:4173/quiz/result?a=${GO}`],
    [`/quiz/result/go?a=${GO}`],
    [`go-or-rust.example/quiz/result/go?a=${GO}`],
    [`  https://go-or-rust.example/quiz/result/go?a=${GO}\n`],
    // A messenger that wrapped the link over two lines.
    [`https://go-or-rust.example/quiz/result/go?a=2aaab\naa0000K`],
    [GO],
    [`?a=${GO}`],
    [`a=${GO}`],
  ])('reads %j', (text) => {
    expect(read(text)).toEqual({ ok: true, code: GO, input: GO_INPUT });
  });

  it('reads a link made before the check character and gives its code in today’s form', () => {
    expect(read('https://go-or-rust.example/quiz/result?a=1aaabaa0000')).toEqual({
      ok: true,
      code: GO,
      input: GO_INPUT,
    });
    expect(read('1aaabaa0000')).toMatchObject({ ok: true, code: GO });
  });

  it('takes a partly answered link: its result says it is not settled', () => {
    expect(read('1b---------')).toMatchObject({ ok: true, input: { answers: { build: 'cloud' } } });
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['x'.repeat(2001), 'too-long'],
    [`https://go-or-rust.example/quiz/result?a=${GO}${'a'.repeat(40)}`, 'too-long'],
    [`https://go-or-rust.example/quiz/side-by-side?a=${GO}&b=${GO}`, 'side-by-side-link'],
    ['https://go-or-rust.example/compare?row=performance', 'not-a-result-link'],
    ['hello there', 'not-a-result-link'],
    ['https://go-or-rust.example/quiz/result', 'no-answers-in-link'],
    ['https://go-or-rust.example/quiz/result/go?a=', 'no-answers-in-link'],
    ['9aaabaa0000', 'unknown-version'],
    // A swapped pair of neighbours, and a changed character.
    ['2aaaabaa000K', 'altered'],
    ['2aaabab0000K', 'altered'],
    ['2aaabaa', 'cut-short'],
    ['1aaa!aa0000', 'damaged'],
    ['1----------', 'no-answers'],
  ])('refuses %j: %s', (text, problem) => {
    expect(read(text)).toEqual({ ok: false, problem });
  });

  it('refuses the same answers as the first result, however the link is written', () => {
    expect(read(`https://go-or-rust.example/quiz/result/go?a=1aaabaa0000`, GO_INPUT)).toEqual({
      ok: false,
      problem: 'same-as-first',
    });
    const marked = { answers: GO_INPUT.answers, important: ['build'] };
    expect(read(GO, marked)).toMatchObject({ ok: true });
  });

  it('never throws, and whatever it accepts is a full, valid link', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const pasted = read(text);
        if (pasted.ok) {
          expect(decodeShareLink(pasted.code, QUIZ_QUESTIONS).status).toBe('ok');
          expect(encodeShareLink(pasted.input, QUIZ_QUESTIONS)).toBe(pasted.code);
        }
      }),
      FUZZ_RUNS,
    );
  });
});

describe('readShareCode', () => {
  it('reads a code as the side-by-side page’s query holds it', () => {
    expect(readShareCode(GO, QUIZ_QUESTIONS)).toEqual({ ok: true, code: GO, input: GO_INPUT });
    expect(readShareCode('zz%%nonsense', QUIZ_QUESTIONS)).toEqual({
      ok: false,
      problem: 'unknown-version',
    });
    expect(readShareCode('', QUIZ_QUESTIONS)).toEqual({ ok: false, problem: 'no-answers-in-link' });
  });
});
