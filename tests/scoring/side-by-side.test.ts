import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import {
  describeAgreement,
  describeDifferenceCount,
  sidePoints,
} from '../../src/scoring/describe-side-by-side';
import { scoreAnswers } from '../../src/scoring/score-answers';
import { compareSideBySide } from '../../src/scoring/side-by-side';
import { FUZZ_RUNS } from '../property-runs';
import { validInput } from './quiz-arbitraries';
import { ALL_GO_ANSWERS, ALL_RUST_ANSWERS } from '../quiz-answer-sets';

const go = {
  answers: { build: 'backend', speed: 'throughput', team: 'large-mixed' },
  important: [],
};
const rust = {
  answers: { build: 'systems', speed: 'throughput', team: 'large-mixed' },
  important: ['team'],
};

describe('compareSideBySide', () => {
  it('scores both sides and lists each differing question with both answers and points', () => {
    const sides = compareSideBySide(go, rust, QUIZ_QUESTIONS);
    expect(sides.first).toEqual(scoreAnswers(go, QUIZ_QUESTIONS));
    expect(sides.second).toEqual(scoreAnswers(rust, QUIZ_QUESTIONS));
    expect(sides.differences).toEqual([
      {
        questionId: 'build',
        first: { optionId: 'backend', important: false, points: 3 },
        second: { optionId: 'systems', important: false, points: -3 },
      },
      // The same answer, doubled on one side only, counts differently.
      {
        questionId: 'team',
        first: { optionId: 'large-mixed', important: false, points: 2 },
        second: { optionId: 'large-mixed', important: true, points: 4 },
      },
    ]);
  });

  it('counts no mark on a question that scores nothing on either side as a difference', () => {
    const plain = { answers: { build: 'wasm', speed: 'not-sure' }, important: [] };
    const marked = { answers: { build: 'wasm', speed: 'not-sure' }, important: ['speed', 'team'] };
    expect(compareSideBySide(plain, marked, QUIZ_QUESTIONS).differences).toEqual([]);
  });

  it('lists an answered question against an unanswered one', () => {
    const { differences } = compareSideBySide(
      { answers: { build: 'cloud' }, important: [] },
      { answers: {}, important: [] },
      QUIZ_QUESTIONS,
    );
    expect(differences).toEqual([
      {
        questionId: 'build',
        first: { optionId: 'cloud', important: false, points: 3 },
        second: { optionId: undefined, important: false, points: 0 },
      },
    ]);
  });

  it('finds no difference between a set of answers and itself', () => {
    fc.assert(
      fc.property(validInput(), (input) => {
        const sides = compareSideBySide(input, input, QUIZ_QUESTIONS);
        expect(sides.differences).toEqual([]);
        expect(sides.second).toEqual(sides.first);
      }),
      FUZZ_RUNS,
    );
  });

  it('mirrors when the sides swap, and leaves out only questions that count the same', () => {
    fc.assert(
      fc.property(validInput(), validInput(), (a, b) => {
        const ab = compareSideBySide(a, b, QUIZ_QUESTIONS);
        const ba = compareSideBySide(b, a, QUIZ_QUESTIONS);
        expect(ba.first).toEqual(ab.second);
        expect(ba.differences).toEqual(
          ab.differences.map((d) => ({ ...d, first: d.second, second: d.first })),
        );
        // Each side's points are that side's own contribution; unlisted questions score alike.
        const points = (input: typeof a, id: string) =>
          scoreAnswers(input, QUIZ_QUESTIONS).contributions.find((c) => c.questionId === id)
            ?.points ?? 0;
        const listed = new Set(ab.differences.map((d) => d.questionId));
        for (const question of QUIZ_QUESTIONS) {
          if (listed.has(question.id)) continue;
          expect(b.answers[question.id]).toBe(a.answers[question.id]);
          expect(points(b, question.id)).toBe(points(a, question.id));
        }
        for (const d of ab.differences) {
          expect(d.first.points).toBe(points(a, d.questionId));
          expect(d.second.points).toBe(points(b, d.questionId));
        }
        // The biggest gap first.
        const gaps = ab.differences.map((d) => Math.abs(d.first.points - d.second.points));
        expect(gaps).toEqual([...gaps].sort((x, y) => y - x));
      }),
      FUZZ_RUNS,
    );
  });
});

describe('side-by-side words', () => {
  const result = (answers: Record<string, string>) =>
    scoreAnswers({ answers, important: [] }, QUIZ_QUESTIONS);
  const learnGo = result(ALL_GO_ANSWERS);
  const learnRust = result(ALL_RUST_ANSWERS);
  const goSoFar = result({ build: 'cloud' });

  it('says whether two results agree', () => {
    expect(describeAgreement(learnGo, learnGo)).toBe(
      'Both results come to the same thing: Learn Go.',
    );
    expect(describeAgreement(learnGo, learnRust)).toBe(
      'The two results part ways: one favours Go, the other favours Rust.',
    );
    expect(describeAgreement(learnGo, goSoFar)).toBe(
      'Both lean towards Go, one more firmly than the other.',
    );
  });

  it('counts the differing questions in words', () => {
    expect(describeDifferenceCount(1, 10)).toBe(
      '1 of 10 questions was answered differently; each is below, the biggest gap in points first.',
    );
    expect(describeDifferenceCount(4, 10)).toMatch(/^4 of 10 questions were answered differently/);
    expect(describeDifferenceCount(0, 10)).toMatch(/nothing sets the two apart/);
  });

  it('words one side’s points', () => {
    expect(sidePoints(-6)).toBe('+6 Rust');
    expect(sidePoints(2)).toBe('+2 Go');
    expect(sidePoints(0)).toBe('No points');
  });
});
