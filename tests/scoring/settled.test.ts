import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import type { QuizQuestion } from '../../src/data/quiz-schema';
import type { QuizInput } from '../../src/data/quiz-input-schema';
import { headlineFor, summaryFor } from '../../src/scoring/describe';
import { scoreAnswers } from '../../src/scoring/score-answers';
import { openQuestions } from '../../src/scoring/settled';
import { questionSet, validInput } from './quiz-arbitraries';

/** The open questions answered with the option that pulls hardest one way, each marked. */
function pushedTowards(
  input: QuizInput,
  questions: readonly QuizQuestion[],
  side: 1 | -1,
): QuizInput {
  const answers = { ...input.answers };
  const important = [...input.important];
  for (const question of openQuestions(input, questions)) {
    const best = [...question.options].sort((a, b) => side * (b.points - a.points))[0];
    // A question with nothing for that side helps it most by staying open.
    if (!best || Math.sign(best.points) !== side) continue;
    answers[question.id] = best.id;
    important.push(question.id);
  }
  return { answers, important };
}

describe('a settled result', () => {
  it('is not claimed from one answer of ten: the page heads with the lean and what is left', () => {
    const result = scoreAnswers({ answers: { build: 'backend' }, important: [] }, QUIZ_QUESTIONS);
    expect(result).toMatchObject({ goScore: 100, settled: false, firstOpen: 'jobs-or-pay' });
    expect(headlineFor(result)).toBe('Go leads so far, with 9 questions to go');
    expect(summaryFor(result)).toBe(
      'Your answers so far lean towards Go, but the 9 questions still unanswered could put Rust ahead, so this is not a recommendation yet. Answer them to get one.',
    );
  });

  it('is always reached once every question has an answer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...QUIZ_QUESTIONS.map((q) => q.id))),
        fc.array(fc.nat(), { minLength: QUIZ_QUESTIONS.length, maxLength: QUIZ_QUESTIONS.length }),
        (important, picks) => {
          const answers = Object.fromEntries(
            QUIZ_QUESTIONS.map((q, i) => {
              const option = q.options[(picks[i] ?? 0) % q.options.length];
              return [q.id, option?.id ?? ''];
            }),
          );
          expect(scoreAnswers({ answers, important }, QUIZ_QUESTIONS).settled).toBe(true);
        },
      ),
    );
  });

  it('means no way of answering the rest changes the leader, and an unsettled one has such a way', () => {
    fc.assert(
      fc.property(
        questionSet.chain((qs) => fc.tuple(fc.constant(qs), validInput(qs))),
        ([questions, input]) => {
          const result = scoreAnswers(input, questions);
          const towardsGo = scoreAnswers(pushedTowards(input, questions, 1), questions).leader;
          const towardsRust = scoreAnswers(pushedTowards(input, questions, -1), questions).leader;
          // The two extremes bound every other way of answering the open questions.
          const unchanged = towardsGo === result.leader && towardsRust === result.leader;
          expect(result.settled).toBe(unchanged);
        },
      ),
      { numRuns: 500 },
    );
  });
});
