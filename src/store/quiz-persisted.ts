import { NOT_SURE } from '../data/quiz-schema';
import type { QuizInput, QuizQuestion } from '../data/quiz-schema';

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

function restoreInput(value: unknown, questions: readonly QuizQuestion[]): Restored<QuizInput> {
  if (!isRecord(value))
    return { value: { answers: {}, important: [] }, dropped: value !== undefined };
  let dropped = false;
  const answers: Record<string, string> = {};
  const rawAnswers = isRecord(value.answers) ? value.answers : {};
  if (!isRecord(value.answers)) dropped = true;
  for (const [id, choice] of Object.entries(rawAnswers)) {
    const question = questions.find((q) => q.id === id);
    const valid =
      typeof choice === 'string' &&
      !!question &&
      (choice === NOT_SURE || question.options.some((o) => o.id === choice));
    if (valid) answers[id] = choice;
    else dropped = true;
  }
  const rawImportant = Array.isArray(value.important) ? (value.important as unknown[]) : [];
  if (!Array.isArray(value.important)) dropped = true;
  const important: string[] = [];
  for (const id of rawImportant) {
    if (typeof id === 'string' && questions.some((q) => q.id === id)) {
      if (!important.includes(id)) important.push(id);
    } else dropped = true;
  }
  return { value: { answers, important }, dropped };
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
