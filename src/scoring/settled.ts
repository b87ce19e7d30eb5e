import { NOT_SURE } from '../data/quiz-answers';
import type { QuizQuestion } from '../data/quiz-schema';
import type { QuizInput } from '../data/quiz-input-schema';
import { IMPORTANT_WEIGHT } from './tally';

/**
 * The questions with no answer at all ("not sure" is an answer: the person chose it).
 * @example openQuestions({ answers: {}, important: [] }, QUIZ_QUESTIONS).length === QUIZ_QUESTIONS.length
 */
export function openQuestions(
  input: QuizInput,
  questions: readonly QuizQuestion[],
): QuizQuestion[] {
  return questions.filter((question) => {
    const chosen = Object.prototype.hasOwnProperty.call(input.answers, question.id)
      ? input.answers[question.id]
      : undefined;
    return chosen !== NOT_SURE && !question.options.some((o) => o.id === chosen);
  });
}

/**
 * Whether the lead is settled: true when no way of answering the open questions (each marked as mattering
 * a lot, the most it can weigh) could put the other language ahead or level. We name a language only then,
 * rather than from a fixed share of answers: one strong answer with nine to go is no recommendation, yet
 * a result the remaining questions cannot overturn is one, however many are left.
 * @example isSettled(3, []) === true
 */
export function isSettled(net: number, open: readonly QuizQuestion[]): boolean {
  let goReach = 0;
  let rustReach = 0;
  for (const question of open) {
    const points = question.options.map((o) => o.points);
    goReach += Math.max(0, ...points) * IMPORTANT_WEIGHT;
    rustReach += Math.max(0, ...points.map((p) => -p)) * IMPORTANT_WEIGHT;
  }
  if (net > 0) return net - rustReach > 0;
  if (net < 0) return net + goReach < 0;
  return goReach === 0 && rustReach === 0;
}
