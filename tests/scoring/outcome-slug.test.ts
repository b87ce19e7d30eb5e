import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { headlineFor } from '../../src/scoring/describe';
import { OUTCOME_SLUGS, outcomeSlug, parseOutcomeSlug } from '../../src/scoring/outcome-slug';
import { scoreAnswers } from '../../src/scoring/score-answers';
import { validInput } from './quiz-arbitraries';

describe('outcome slugs', () => {
  it.each([
    [{ outcome: 'go', startWith: 'go' } as const, 'go'],
    [{ outcome: 'rust', startWith: 'rust' } as const, 'rust'],
    [{ outcome: 'close-call', startWith: 'go' } as const, 'close-call-go'],
    [{ outcome: 'close-call', startWith: 'rust' } as const, 'close-call-rust'],
  ])('names %o as %s', (outcome, slug) => {
    expect(outcomeSlug(outcome)).toBe(slug);
    expect(parseOutcomeSlug(slug)).toEqual(outcome);
  });

  it.each(['', 'Go', 'close-call', 'close-call-', 'banana', 'go/'])(
    'reads %j as no outcome',
    (slug) => {
      expect(parseOutcomeSlug(slug)).toBeNull();
    },
  );

  it('gives every result a listed slug that reads back to the same headline', () => {
    fc.assert(
      fc.property(validInput(), (input) => {
        const result = scoreAnswers(input, QUIZ_QUESTIONS);
        const slug = outcomeSlug(result);
        expect(OUTCOME_SLUGS).toContain(slug);
        const parsed = parseOutcomeSlug(slug);
        expect(parsed && headlineFor(parsed)).toBe(headlineFor(result));
      }),
    );
  });
});
