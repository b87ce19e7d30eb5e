import fc from 'fast-check';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { NOT_SURE } from '../../src/data/quiz-answers';
import type { QuizQuestion } from '../../src/data/quiz-schema';
import type { QuizInput } from '../../src/data/quiz-input-schema';

/** Answers a person could give: each question unanswered, not sure, or one of its options. */
export function validInput(questions: readonly QuizQuestion[] = QUIZ_QUESTIONS) {
  const perQuestion = questions.map((q) =>
    fc.option(fc.constantFrom(...q.options.map((o) => o.id), NOT_SURE), { nil: undefined }),
  );
  return fc
    .tuple(fc.tuple(...perQuestion), fc.subarray(questions.map((q) => q.id)))
    .map(([choices, important]): QuizInput => {
      const answers: Record<string, string> = {};
      choices.forEach((choice, i) => {
        const question = questions[i];
        if (choice !== undefined && question) answers[question.id] = choice;
      });
      return { answers, important };
    });
}

const idArb = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** Anything the answers schema accepts: valid-looking ids, real or not. */
export const schemaInput = fc.record({
  answers: fc.dictionary(
    fc.oneof(idArb, fc.constantFrom(...QUIZ_QUESTIONS.map((q) => q.id))),
    fc.oneof(idArb, fc.constant(NOT_SURE)),
  ),
  important: fc.array(fc.oneof(idArb, fc.constantFrom(...QUIZ_QUESTIONS.map((q) => q.id)))),
});

/** Random question sets with the same shape as the real ones, to prove rules beyond our data. */
export const questionSet = fc
  .array(
    fc.array(
      fc.integer({ min: -3, max: 3 }).filter((p) => p !== 0),
      { minLength: 2, maxLength: 5 },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((questions): QuizQuestion[] =>
    questions.map((points, qi) => ({
      id: `q${qi}`,
      prompt: `Question ${qi}`,
      factor: `Factor ${qi}`,
      options: points.map((p, oi) => ({
        id: `o${oi}`,
        label: `Option ${oi}`,
        points: p,
        reason: `Because ${oi}`,
      })),
    })),
  );

export function mirror(questions: readonly QuizQuestion[]): QuizQuestion[] {
  return questions.map((q) => ({
    ...q,
    options: q.options.map((o) => ({ ...o, points: -o.points })),
  }));
}

export function without(input: QuizInput, questionId: string): QuizInput {
  const answers = Object.fromEntries(
    Object.entries(input.answers).filter(([id]) => id !== questionId),
  );
  return { answers, important: input.important };
}
