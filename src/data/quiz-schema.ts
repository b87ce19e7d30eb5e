import {
  array,
  check,
  integer,
  maxLength,
  maxValue,
  minLength,
  minValue,
  number,
  object,
  optional,
  picklist,
  pipe,
  record,
  regex,
  string,
  trim,
} from 'valibot';
import type { InferOutput } from 'valibot';

/** The id every question's "Not sure / no preference" choice uses; it never scores. */
export const NOT_SURE = 'not-sure';

/** Ids of the comparison rows a reason may point at (kept in step with src/data/comparison.ts by a test). */
export const QUIZ_ROW_IDS = [
  'learning-curve',
  'job-availability',
  'senior-salary',
  'performance',
  'concurrency',
  'memory-safety',
  'ecosystem-maturity',
  'binary-size',
  'work-mode',
  'use-cases',
  'developer-velocity',
  'deployment',
  'tooling',
  'webassembly',
  'industry-adoption',
  'growth-outlook',
  'pay-ceiling',
  'security-critical',
  'team-onboarding',
] as const;

const IdSchema = pipe(string(), regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const TextSchema = pipe(string(), trim(), minLength(3));

/** Largest weight one answer can carry before the "matters a lot" doubling. */
export const MAX_OPTION_POINTS = 3;

export const QuizOptionSchema = object({
  id: pipe(
    IdSchema,
    check((id) => id !== NOT_SURE, 'The not-sure choice is added by the quiz, not the data.'),
  ),
  label: TextSchema,
  /** Signed points: positive favours Go, negative favours Rust; never zero (that is "not sure"). */
  points: pipe(
    number(),
    integer(),
    minValue(-MAX_OPTION_POINTS),
    maxValue(MAX_OPTION_POINTS),
    check((p) => p !== 0, 'An option must lean one way; "not sure" is the neutral choice.'),
  ),
  /** One line, in our words, naming the article fact behind the points. */
  reason: pipe(TextSchema, maxLength(200)),
  /** The comparison row the reason relates to; absent when it points at the salaries page. */
  rowId: optional(picklist(QUIZ_ROW_IDS)),
});
export type QuizOption = InferOutput<typeof QuizOptionSchema>;

export const QuizQuestionSchema = object({
  id: IdSchema,
  /** The question as the legend reads it. */
  prompt: TextSchema,
  /** A short name for the factor, used in the review list and the result. */
  factor: TextSchema,
  help: optional(TextSchema),
  options: pipe(array(QuizOptionSchema), minLength(2), maxLength(8)),
});
export type QuizQuestion = InferOutput<typeof QuizQuestionSchema>;

export const QuizQuestionsSchema = pipe(
  array(QuizQuestionSchema),
  minLength(8),
  maxLength(12),
  check((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'Question ids must be unique.'),
  check(
    (qs) => qs.every((q) => new Set(q.options.map((o) => o.id)).size === q.options.length),
    'Option ids must be unique within a question.',
  ),
);

/** What a person has chosen: question id to option id (or NOT_SURE). */
export const QuizAnswersSchema = record(IdSchema, IdSchema);
export type QuizAnswers = InferOutput<typeof QuizAnswersSchema>;

/** The answers plus the questions marked "matters a lot to me". */
export const QuizInputSchema = object({
  answers: QuizAnswersSchema,
  important: array(IdSchema),
});
export type QuizInput = InferOutput<typeof QuizInputSchema>;

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
