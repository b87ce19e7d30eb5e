import type { QuizAnswers } from './quiz-input-schema';
import type { QuizQuestion } from './quiz-schema';

/** The id every question's "Not sure / no preference" choice uses; it never scores. */
export const NOT_SURE = 'not-sure';

/** What the quiz shows for NOT_SURE. */
export const NOT_SURE_LABEL = 'Not sure / no preference';

/**
 * The option chosen for a question. Own keys only, so a key such as "toString" or "__proto__"
 * in stored or shared answers is never taken for an answer.
 * @example chosenOption({ build: 'cloud' }, 'toString') === undefined
 */
export function chosenOption(
  answers: Readonly<QuizAnswers>,
  questionId: string,
): string | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/**
 * The "matters a lot" marks with one question marked or unmarked; a new mark goes last.
 * @example withImportant(['speed'], 'build', true) // ['speed', 'build']
 */
export function withImportant(
  important: readonly string[],
  questionId: string,
  marked: boolean,
): string[] {
  const rest = important.filter((id) => id !== questionId);
  return marked ? [...rest, questionId] : rest;
}

/**
 * The label of a chosen option, "Not sure / no preference", or "Not answered".
 * @example describeChoice(QUIZ_QUESTIONS[0], 'not-sure') === 'Not sure / no preference'
 */
export function describeChoice(
  question: QuizQuestion | undefined,
  optionId: string | undefined,
): string {
  if (optionId === NOT_SURE) return NOT_SURE_LABEL;
  return question?.options.find((o) => o.id === optionId)?.label ?? 'Not answered';
}
