import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { NOT_SURE } from '../../src/data/quiz-answers';
import type { QuizInput } from '../../src/data/quiz-input-schema';
import { scoreAnswers } from '../../src/scoring/score-answers';
import { applyChange } from '../../src/scoring/tipping-points';
import { mirror, questionSet, schemaInput, validInput, without } from './quiz-arbitraries';

const CONFIDENCE_RANK = { 'not settled': -1, 'close call': 0, leaning: 1, clear: 2 } as const;

describe('scoreAnswers properties', () => {
  it('keeps both scores in 0–100 and adding up to 100', () => {
    fc.assert(
      fc.property(validInput(), (input) => {
        const r = scoreAnswers(input, QUIZ_QUESTIONS);
        expect(r.goScore).toBeGreaterThanOrEqual(0);
        expect(r.goScore).toBeLessThanOrEqual(100);
        expect(Number.isInteger(r.goScore)).toBe(true);
        expect(r.goScore + r.rustScore).toBe(100);
        expect(r.margin).toBe(Math.abs(r.goScore - r.rustScore));
      }),
    );
  });

  it('does not care in which order answers and marks were given', () => {
    fc.assert(
      fc.property(validInput(), fc.integer(), (input, seed) => {
        const entries = Object.entries(input.answers);
        const shuffle = <T>(list: T[]) =>
          list
            .map((item, i) => ({ item, key: Math.sin(seed + i) }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.item);
        const reordered: QuizInput = {
          answers: Object.fromEntries(shuffle(entries)),
          important: shuffle([...input.important, ...input.important]),
        };
        expect(scoreAnswers(reordered, QUIZ_QUESTIONS)).toEqual(
          scoreAnswers(input, QUIZ_QUESTIONS),
        );
      }),
    );
  });

  it('lets "not sure" change nothing but the confidence, and only downwards', () => {
    fc.assert(
      fc.property(
        validInput(),
        fc.constantFrom(...QUIZ_QUESTIONS.map((q) => q.id)),
        fc.boolean(),
        (input, id, mark) => {
          const base = without(input, id);
          const unsure: QuizInput = {
            answers: { ...base.answers, [id]: NOT_SURE },
            important: mark ? [...base.important, id] : base.important,
          };
          const a = scoreAnswers(base, QUIZ_QUESTIONS);
          const b = scoreAnswers(unsure, QUIZ_QUESTIONS);
          expect(b.goScore).toBe(a.goScore);
          expect(b.outcome).toBe(a.outcome);
          expect(b.contributions).toEqual(a.contributions);
          // "Not sure" closes an open question, so it may settle the lead; past that it only lowers.
          if (a.settled) {
            expect(CONFIDENCE_RANK[b.confidence]).toBeLessThanOrEqual(
              CONFIDENCE_RANK[a.confidence],
            );
          }
          expect(b.notSure).toBe(a.notSure + 1);
        },
      ),
    );
  });

  it('never lowers a language’s score when an extra answer favours it', () => {
    fc.assert(
      fc.property(
        questionSet.chain((qs) =>
          fc.tuple(fc.constant(qs), validInput(qs), fc.nat(), fc.nat(), fc.boolean()),
        ),
        ([questions, input, qi, oi, mark]) => {
          const question = questions[qi % questions.length];
          if (!question) return;
          const option = question.options[oi % question.options.length];
          if (!option) return;
          const base = without(input, question.id);
          const extra = applyChange(
            { answers: { ...base.answers, [question.id]: option.id }, important: base.important },
            { kind: 'importance', questionId: question.id, important: mark },
          );
          const before = scoreAnswers(base, questions);
          const after = scoreAnswers(extra, questions);
          if (option.points > 0) expect(after.goScore).toBeGreaterThanOrEqual(before.goScore);
          else expect(after.rustScore).toBeGreaterThanOrEqual(before.rustScore);
        },
      ),
    );
  });

  it('mirrors the result when every answer is mirrored', () => {
    fc.assert(
      fc.property(
        questionSet.chain((qs) => fc.tuple(fc.constant(qs), validInput(qs))),
        ([questions, input]) => {
          const a = scoreAnswers(input, questions);
          const b = scoreAnswers(input, mirror(questions));
          expect(b.goScore).toBe(a.rustScore);
          expect(b.margin).toBe(a.margin);
          expect(b.confidence).toBe(a.confidence);
          const swap = { go: 'rust', rust: 'go', tie: 'tie', 'close-call': 'close-call' } as const;
          expect(b.leader).toBe(swap[a.leader]);
          expect(b.outcome).toBe(swap[a.outcome]);
          expect(b.contributions.map((c) => -c.points)).toEqual(
            a.contributions.map((c) => c.points),
          );
        },
      ),
    );
  });

  it('lists only tipping points that really hand the lead to the other language', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          validInput().map((input) => [QUIZ_QUESTIONS, input] as const),
          questionSet.chain((qs) => fc.tuple(fc.constant(qs), validInput(qs))),
        ),
        ([questions, input]) => {
          const result = scoreAnswers(input, questions);
          for (const point of result.tippingPoints) {
            const flipped = scoreAnswers(applyChange(input, point.change), questions);
            expect(flipped.leader).toBe(point.leader);
            expect(flipped.leader).not.toBe(result.leader);
            expect(flipped.leader).not.toBe('tie');
            expect(flipped.goScore).toBe(point.goScore);
          }
        },
      ),
    );
  });

  it('finds a tipping point whenever one single change could flip the lead', () => {
    fc.assert(
      fc.property(validInput(), (input) => {
        const result = scoreAnswers(input, QUIZ_QUESTIONS);
        if (result.leader === 'tie') return;
        const flips = QUIZ_QUESTIONS.some((q) =>
          q.options.some(
            (o) =>
              scoreAnswers(
                applyChange(input, { kind: 'answer', questionId: q.id, optionId: o.id }),
                QUIZ_QUESTIONS,
              ).leader === (result.leader === 'go' ? 'rust' : 'go'),
          ),
        );
        if (flips) expect(result.tippingPoints.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never throws on any answers object the schema accepts', () => {
    fc.assert(
      fc.property(schemaInput, (input) => {
        const result = scoreAnswers(input, QUIZ_QUESTIONS);
        expect(result.answered + result.notSure + result.unanswered).toBe(QUIZ_QUESTIONS.length);
      }),
    );
  });

  it('never throws even on odd keys such as __proto__ or constructor', () => {
    const odd = JSON.parse(
      '{"__proto__": "x", "constructor": "backend", "build": "backend"}',
    ) as Record<string, string>;
    expect(scoreAnswers({ answers: odd, important: ['__proto__'] }, QUIZ_QUESTIONS).answered).toBe(
      1,
    );
  });
});
