import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { NOT_SURE } from '../../src/data/quiz-answers';
import type { QuizInput } from '../../src/data/quiz-input-schema';
import { decodeShareLink, encodeShareLink } from '../../src/lib/share-link';
import { scoreAnswers } from '../../src/scoring/score-answers';
import { validInput } from '../scoring/quiz-arbitraries';
import { FUZZ_RUNS } from '../property-runs';

/** A link keeps marks in question order. */
function normalise(input: QuizInput): QuizInput {
  return {
    answers: input.answers,
    important: QUIZ_QUESTIONS.map((q) => q.id).filter((id) => input.important.includes(id)),
  };
}

describe('share link codec', () => {
  it('encodes one character per question after the version, then a check character', () => {
    const input = {
      answers: { build: 'cloud', 'jobs-or-pay': NOT_SURE, speed: 'critical' },
      important: ['build', 'jobs-or-pay'],
    };
    const code = encodeShareLink(input, QUIZ_QUESTIONS);
    expect(code).toMatch(/^2B1--a-----[-~0-9a-zA-Z]$/);
    expect(code.length).toBe(QUIZ_QUESTIONS.length + 2);
  });

  it('still opens links made before the check character', () => {
    const decoded = decodeShareLink('1B1--a-----', QUIZ_QUESTIONS);
    expect(decoded.status).toBe('ok');
    expect(decoded.input).toEqual({
      answers: { build: 'cloud', 'jobs-or-pay': NOT_SURE, speed: 'critical' },
      important: ['build', 'jobs-or-pay'],
    });
  });

  it('tells every single changed character and every swap of neighbours from a valid code', () => {
    // The characters a URL may carry unescaped, plus a few that a mangled link may hold.
    const chars = [...'-._~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ %?'];
    fc.assert(
      fc.property(validInput(), (input) => {
        const code = encodeShareLink(input, QUIZ_QUESTIONS);
        const variants: string[] = [];
        for (let i = 0; i < code.length; i++) {
          for (const c of chars) {
            if (c !== code[i]) variants.push(code.slice(0, i) + c + code.slice(i + 1));
          }
          const next = code[i + 1];
          if (next !== undefined && next !== code[i]) {
            variants.push(code.slice(0, i) + next + code[i] + code.slice(i + 2));
          }
        }
        const missed = variants.filter((variant) => {
          const decoded = decodeShareLink(variant, QUIZ_QUESTIONS);
          return decoded.status === 'ok' || decoded.problems.length === 0;
        });
        expect(missed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads an altered code as altered, with none of its answers', () => {
    const code = encodeShareLink(
      { answers: { build: 'backend', speed: 'critical' }, important: [] },
      QUIZ_QUESTIONS,
    );
    const swapped = code.slice(0, 1) + code.charAt(2) + code.charAt(1) + code.slice(3);
    expect(decodeShareLink(swapped, QUIZ_QUESTIONS)).toEqual({
      status: 'invalid',
      input: { answers: {}, important: [] },
      problems: ['altered'],
      recovered: 0,
    });
  });

  it('reads a checked code cut short as truncated, keeping what is there', () => {
    const code = encodeShareLink(
      { answers: { build: 'backend', speed: 'critical' }, important: [] },
      QUIZ_QUESTIONS,
    );
    const decoded = decodeShareLink(code.slice(0, -1), QUIZ_QUESTIONS);
    expect(decoded.status).toBe('partial');
    expect(decoded.problems).toEqual(['truncated']);
    expect(decoded.recovered).toBe(2);
  });

  it('round-trips every possible set of answers and keeps its scores', () => {
    fc.assert(
      fc.property(validInput(), (input) => {
        const decoded = decodeShareLink(encodeShareLink(input, QUIZ_QUESTIONS), QUIZ_QUESTIONS);
        expect(decoded.status).toBe('ok');
        expect(decoded.input).toEqual(normalise(input));
        expect(scoreAnswers(decoded.input, QUIZ_QUESTIONS)).toEqual(
          scoreAnswers(input, QUIZ_QUESTIONS),
        );
      }),
    );
  });

  it('decodes random strings (10,000 under test:fuzz) without throwing, to a valid state or a clear rejection', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.stringMatching(/^[12][-0a-zA-Z~.]{0,14}$/),
        ),
        (value) => {
          const decoded = decodeShareLink(value, QUIZ_QUESTIONS);
          const ids = new Set(QUIZ_QUESTIONS.map((q) => q.id));
          for (const [id, choice] of Object.entries(decoded.input.answers)) {
            const question = QUIZ_QUESTIONS.find((q) => q.id === id);
            expect(choice === NOT_SURE || question?.options.some((o) => o.id === choice)).toBe(
              true,
            );
          }
          expect(decoded.input.important.every((id) => ids.has(id))).toBe(true);
          if (decoded.status === 'ok') expect(decoded.problems).toEqual([]);
          else if (decoded.status !== 'empty') expect(decoded.problems.length).toBeGreaterThan(0);
          expect(decoded.recovered).toBe(Object.keys(decoded.input.answers).length);
        },
      ),
      FUZZ_RUNS,
    );
  });

  it.each([
    ['', 'empty', [], 0],
    [null, 'empty', [], 0],
    ['9abababababa', 'invalid', ['unknown-version'], 0],
    ['1ab', 'partial', ['truncated'], 2],
    ['1a?aaaaaaaa', 'partial', ['damaged'], 9],
    ['1aaaaaaaaaaaaa', 'partial', ['damaged'], 10],
    ['1zzzzzzzzzz', 'invalid', ['damaged'], 0],
    ['1', 'invalid', ['truncated'], 0],
  ] as const)('reads %j as %s', (value, status, problems, recovered) => {
    const decoded = decodeShareLink(value, QUIZ_QUESTIONS);
    expect(decoded.status).toBe(status);
    expect(decoded.problems).toEqual(problems);
    expect(decoded.recovered).toBe(recovered);
  });
});
