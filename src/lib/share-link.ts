import { chosenOption, NOT_SURE } from '../data/quiz-schema';
import type { QuizInput, QuizQuestion } from '../data/quiz-schema';
import { QUIZ_VERSION } from '../data/quiz-questions';

/** The query parameter that carries a shared result: /quiz/result?a=… */
export const SHARE_PARAM = 'a';

/** Links longer than this are not ours; anything past it is ignored unread. */
const MAX_LENGTH = 64;
const UNANSWERED = ['-', '~'] as const;
const NOT_SURE_CHARS = ['0', '1'] as const;
const LOWER_A = 97;
const UPPER_A = 65;

export type ShareLinkProblem = 'unknown-version' | 'truncated' | 'damaged';

export type DecodedShareLink = {
  /** ok: every question read; partial: some were lost; invalid: nothing usable; empty: no link at all. */
  status: 'ok' | 'partial' | 'invalid' | 'empty';
  input: QuizInput;
  problems: ShareLinkProblem[];
  /** How many questions the link gave an answer (or "not sure") for. */
  recovered: number;
};

/**
 * Encodes answers as one character per question after a version digit: "a"… the option by position,
 * upper case when it matters a lot; "0"/"1" not sure, "-"/"~" unanswered (plain/marked).
 * @example encodeShareLink({ answers: { build: 'cloud' }, important: ['build'] }, QUIZ_QUESTIONS) === '1B---------'
 */
export function encodeShareLink(input: QuizInput, questions: readonly QuizQuestion[]): string {
  const important = new Set(input.important);
  const body = questions.map((question) => {
    const chosen = chosenOption(input.answers, question.id);
    const marked = important.has(question.id);
    if (chosen === NOT_SURE) return NOT_SURE_CHARS[marked ? 1 : 0];
    const index = question.options.findIndex((o) => o.id === chosen);
    if (index < 0) return UNANSWERED[marked ? 1 : 0];
    return String.fromCharCode((marked ? UPPER_A : LOWER_A) + index);
  });
  return `${QUIZ_VERSION}${body.join('')}`;
}

/**
 * Reads a share link value back. Never throws: whatever could be read is kept, and problems are listed.
 * @example decodeShareLink('1B', QUIZ_QUESTIONS).problems[0] === 'truncated'
 */
export function decodeShareLink(
  value: string | null | undefined,
  questions: readonly QuizQuestion[],
): DecodedShareLink {
  const empty: QuizInput = { answers: {}, important: [] };
  const text = typeof value === 'string' ? value.trim().slice(0, MAX_LENGTH + 1) : '';
  if (text === '') return { status: 'empty', input: empty, problems: [], recovered: 0 };
  if (text.charAt(0) !== String(QUIZ_VERSION)) {
    return { status: 'invalid', input: empty, problems: ['unknown-version'], recovered: 0 };
  }
  const body = text.slice(1);
  const problems = new Set<ShareLinkProblem>();
  if (body.length < questions.length) problems.add('truncated');
  if (body.length > questions.length) problems.add('damaged');
  const answers: Record<string, string> = {};
  const important: string[] = [];
  questions.forEach((question, i) => {
    const char = body.charAt(i);
    if (char === '' || char === UNANSWERED[0]) return;
    if (char === UNANSWERED[1]) {
      important.push(question.id);
      return;
    }
    if (char === NOT_SURE_CHARS[0] || char === NOT_SURE_CHARS[1]) {
      answers[question.id] = NOT_SURE;
      if (char === NOT_SURE_CHARS[1]) important.push(question.id);
      return;
    }
    const code = char.charCodeAt(0);
    const upper = code >= UPPER_A && code < UPPER_A + 26;
    const lower = code >= LOWER_A && code < LOWER_A + 26;
    const option = question.options[code - (upper ? UPPER_A : LOWER_A)];
    if (!(upper || lower) || !option) {
      problems.add('damaged');
      return;
    }
    answers[question.id] = option.id;
    if (upper) important.push(question.id);
  });
  const recovered = Object.keys(answers).length;
  const list = [...problems];
  const status = list.length === 0 ? 'ok' : recovered > 0 ? 'partial' : 'invalid';
  return { status, input: { answers, important }, problems: list, recovered };
}
