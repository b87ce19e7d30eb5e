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
  string,
  trim,
} from 'valibot';
import type { InferOutput } from 'valibot';
import { NOT_SURE } from './quiz-answers';
import { IdSchema } from './quiz-input-schema';

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
