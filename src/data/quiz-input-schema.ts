import { array, object, pipe, record, regex, string } from 'valibot';
import type { InferOutput } from 'valibot';

/**
 * What a person's answers look like, kept apart from the question schemas so the quiz store can check
 * stored answers without carrying the schemas of the whole dataset.
 */

/** A question or option id: lower-case words joined by hyphens. */
export const IdSchema = pipe(string(), regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/** What a person has chosen: question id to option id (or NOT_SURE). */
export const QuizAnswersSchema = record(IdSchema, IdSchema);
export type QuizAnswers = InferOutput<typeof QuizAnswersSchema>;

/** The answers plus the questions marked "matters a lot to me". */
export const QuizInputSchema = object({
  answers: QuizAnswersSchema,
  important: array(IdSchema),
});
export type QuizInput = InferOutput<typeof QuizInputSchema>;
