import { array, is, record, safeParse, string, unknown } from 'valibot';
import { QuizAnswersSchema, QuizInputSchema } from '../data/quiz-input-schema';
import { NOT_SURE } from '../data/quiz-answers';
import type { QuizQuestion } from '../data/quiz-schema';
import type { QuizInput } from '../data/quiz-input-schema';

/** v1 held answers, importance marks and the step. */
export const QUIZ_STORE_V1 = 1;
/** v2 adds `previous`: the answers behind the last result, so a retake can say what changed. */
export const QUIZ_STORE_V2 = 2;
export const QUIZ_STORE_VERSION = QUIZ_STORE_V2;

/** What is kept between visits: answers and where the person was, never totals. */
export type QuizPersisted = QuizInput & {
  step: number;
  previous: QuizInput | null;
};

export const EMPTY_PERSISTED: QuizPersisted = {
  answers: {},
  important: [],
  step: 0,
  previous: null,
};

type Restored<T> = { value: T; dropped: boolean };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LooseRecord = record(string(), unknown());

/** The entries of a stored input that fit the schema on their own, when the whole does not. */
function salvage(value: unknown): QuizInput {
  const fields = is(LooseRecord, value) ? value : {};
  const answers = is(LooseRecord, fields.answers) ? Object.entries(fields.answers) : [];
  const important = is(array(unknown()), fields.important) ? fields.important : [];
  return {
    answers: Object.fromEntries(
      answers.filter((entry): entry is [string, string] => is(QuizAnswersSchema.value, entry[1])),
    ),
    important: important.filter((id) => is(QuizInputSchema.entries.important.item, id)),
  };
}

function isChoice(questions: readonly QuizQuestion[], id: string, choice: string): boolean {
  const question = questions.find((q) => q.id === id);
  return !!question && (choice === NOT_SURE || question.options.some((o) => o.id === choice));
}

/** Checks a stored input against QuizInputSchema, then keeps only answers to today's questions. */
function restoreInput(value: unknown, questions: readonly QuizQuestion[]): Restored<QuizInput> {
  const parsed = safeParse(QuizInputSchema, value);
  const raw = parsed.success ? parsed.output : salvage(value);
  const entries = Object.entries(raw.answers);
  const answers = entries.filter(([id, choice]) => isChoice(questions, id, choice));
  const marks = [...new Set(raw.important)];
  const important = marks.filter((id) => questions.some((q) => q.id === id));
  // The schema passes over keys such as "__proto__" without a word; counting the stored keys sees them.
  const stored = is(LooseRecord, value) && is(LooseRecord, value.answers) ? value.answers : {};
  const dropped =
    !parsed.success ||
    answers.length < Object.keys(stored).length ||
    important.length < marks.length;
  return { value: { answers: Object.fromEntries(answers), important }, dropped };
}

/**
 * Rebuilds stored quiz state field by field (excalidraw's `restore` idea): anything unknown is dropped and
 * reported, so garbage can never crash the quiz.
 * @example restoreQuizState({ answers: { nope: 'x' }, important: [], step: 0, previous: null }, QUIZ_QUESTIONS).dropped === true
 */
export function restoreQuizState(
  value: unknown,
  questions: readonly QuizQuestion[],
): { state: QuizPersisted; dropped: boolean } {
  if (value === undefined || value === null) return { state: EMPTY_PERSISTED, dropped: false };
  if (!isRecord(value)) return { state: EMPTY_PERSISTED, dropped: true };
  const input = restoreInput(value, questions);
  let dropped = input.dropped;
  const last = Math.max(0, questions.length - 1);
  const rawStep = value.step;
  let step = 0;
  if (typeof rawStep === 'number' && Number.isInteger(rawStep) && rawStep >= 0 && rawStep <= last) {
    step = rawStep;
  } else dropped = true;
  let previous: QuizInput | null = null;
  if (value.previous !== null && value.previous !== undefined) {
    const restored = restoreInput(value.previous, questions);
    previous = restored.value;
    dropped ||= restored.dropped;
  }
  return { state: { ...input.value, step, previous }, dropped };
}

/**
 * Brings state stored by any earlier version up to date. Pure and total: an unknown version starts clean.
 * @example migrateQuizState({ answers: {}, important: [], step: 2 }, 1, QUIZ_QUESTIONS).state.previous === null
 */
export function migrateQuizState(
  persisted: unknown,
  version: number,
  questions: readonly QuizQuestion[],
): { state: QuizPersisted; dropped: boolean } {
  if (version === QUIZ_STORE_V1) {
    // v1 had no `previous`; everything else carried over unchanged.
    const v1 = isRecord(persisted) ? { ...persisted, previous: null } : persisted;
    return restoreQuizState(v1, questions);
  }
  if (version === QUIZ_STORE_V2) return restoreQuizState(persisted, questions);
  return { state: EMPTY_PERSISTED, dropped: true };
}
