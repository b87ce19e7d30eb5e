import { chosenOption, NOT_SURE } from '../data/quiz-answers';
import type { QuizQuestion } from '../data/quiz-schema';
import type { QuizInput } from '../data/quiz-input-schema';

/** The query parameter that carries a shared result: /quiz/result?a=… */
export const SHARE_PARAM = 'a';

/** Links longer than this are not ours; anything past it is ignored unread. */
const MAX_LENGTH = 64;
const UNANSWERED = ['-', '~'] as const;
const NOT_SURE_CHARS = ['0', '1'] as const;
const LOWER_A = 97;
const UPPER_A = 65;

/**
 * The leading digit names the code. "1": the first links, one character per question and nothing else; still
 * read, so links made before the check character keep opening. "2": the same questions plus a check character.
 * A change to the questions takes the next digit.
 */
const LEGACY_VERSION = '1';
const CHECKED_VERSION = '2';
/**
 * Every character a checked code may hold; its size is prime. A weighted sum of positions mod a prime catches
 * every single changed character and every swap of two neighbours, as long as the weights (1…length) are
 * distinct, non-zero and under the prime: true up to 56 questions.
 */
const CHECK_ALPHABET = '01-~abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ234';
const CHECK_PRIME = CHECK_ALPHABET.length;

/**
 * The character that makes the weighted sum of the whole code (version, answers, check) 0 mod the prime;
 * undefined when the code holds a character outside the alphabet.
 */
function checkCharacter(code: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < code.length; i++) {
    const value = CHECK_ALPHABET.indexOf(code.charAt(i));
    if (value < 0) return undefined;
    sum = (sum + (i + 1) * value) % CHECK_PRIME;
  }
  // Solve sum + weight × value ≡ 0: the weight is below the prime, so it has an inverse.
  const weight = code.length + 1;
  for (let value = 0; value < CHECK_PRIME; value++) {
    if ((sum + weight * value) % CHECK_PRIME === 0) return CHECK_ALPHABET.charAt(value);
  }
  return undefined;
}

/** unknown-version: not a code we make; altered: a character was changed or swapped (the check fails). */
export type ShareLinkProblem = 'unknown-version' | 'truncated' | 'damaged' | 'altered';

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
 * upper case when it matters a lot; "0"/"1" not sure, "-"/"~" unanswered (plain/marked); then a check character.
 * @example encodeShareLink({ answers: { build: 'cloud' }, important: ['build'] }, QUIZ_QUESTIONS) === '2B---------U'
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
  const code = `${CHECKED_VERSION}${body.join('')}`;
  return `${code}${checkCharacter(code) ?? ''}`;
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
  const text = typeof value === 'string' ? value.trimEnd().slice(0, MAX_LENGTH + 1) : '';
  if (text === '') return { status: 'empty', input: empty, problems: [], recovered: 0 };
  const version = text.charAt(0);
  if (version !== LEGACY_VERSION && version !== CHECKED_VERSION) {
    return { status: 'invalid', input: empty, problems: ['unknown-version'], recovered: 0 };
  }
  const checked = version === CHECKED_VERSION && text.length === questions.length + 2;
  // Any answer of an altered code may be the wrong one, so none is shown.
  if (checked && checkCharacter(text.slice(0, -1)) !== text.slice(-1)) {
    return { status: 'invalid', input: empty, problems: ['altered'], recovered: 0 };
  }
  // A code cut short loses its check character first (it comes last); what is left is read as it stands.
  const body = text.slice(1);
  const expected = questions.length + (version === CHECKED_VERSION ? 1 : 0);
  const problems = new Set<ShareLinkProblem>();
  if (body.length < expected) problems.add('truncated');
  if (body.length > expected) problems.add('damaged');
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
