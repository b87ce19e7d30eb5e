import type { QuizInput } from '../data/quiz-input-schema';
import type { QuizQuestion } from '../data/quiz-schema';
import { decodeShareLink, encodeShareLink, SHARE_PARAM } from './share-link';

/** Longer than any address of ours by far: not read at all. */
const MAX_PASTED_LENGTH = 2000;
/** A version digit, then no part of an address: a share code on its own, damaged or not. */
const BARE_CODE = /^[0-9][^/?=#&]*$/;
/** Just the query, as some people copy it: "?a=…" or "a=…". */
const BARE_QUERY = new RegExp(`^\\??${SHARE_PARAM}=([^&#]*)`);
const RESULT_PATH = /\/quiz\/result(\/[a-z-]+)?\/?$/;
const SIDE_BY_SIDE_PATH = /\/quiz\/side-by-side\/?$/;

export type PastedLinkProblem =
  | 'empty'
  | 'too-long'
  | 'side-by-side-link'
  | 'not-a-result-link'
  | 'no-answers-in-link'
  | 'unknown-version'
  | 'altered'
  | 'cut-short'
  | 'damaged'
  | 'no-answers'
  | 'same-as-first';

export type PastedLink =
  | {
      ok: true;
      /** The answers in today's form (an old link's code is re-made with its check character). */
      code: string;
      input: QuizInput;
    }
  | { ok: false; problem: PastedLinkProblem };

function codeIn(text: string): { code: string } | { problem: PastedLinkProblem } {
  if (BARE_CODE.test(text)) return { code: text };
  const query = BARE_QUERY.exec(text);
  if (query) return { code: decodeURIComponentSafe(query[1] ?? '') };
  let url: URL;
  try {
    // A base, so an address without its origin ("/quiz/result?a=…", "example.org/quiz/result?a=…") reads too.
    url = new URL(text, 'https://pasted.invalid');
  } catch {
    return { problem: 'not-a-result-link' };
  }
  if (SIDE_BY_SIDE_PATH.test(url.pathname)) return { problem: 'side-by-side-link' };
  if (!RESULT_PATH.test(url.pathname)) return { problem: 'not-a-result-link' };
  const code = url.searchParams.get(SHARE_PARAM);
  return code ? { code } : { problem: 'no-answers-in-link' };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Reads another person's share link as pasted: a full address from any site that runs this quiz, one
 * without its origin, an older /quiz/result link or the bare code. Spaces and line breaks a messenger
 * added are ignored. Never throws.
 * @example readPastedShareLink('https://example.org/quiz/result/go?a=1aaabaa0000', QUIZ_QUESTIONS).ok === true
 */
export function readPastedShareLink(
  text: string,
  questions: readonly QuizQuestion[],
  first?: QuizInput,
): PastedLink {
  const fail = (problem: PastedLinkProblem): PastedLink => ({ ok: false, problem });
  if (text.length > MAX_PASTED_LENGTH) return fail('too-long');
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return fail('empty');
  const found = codeIn(compact);
  if ('problem' in found) return fail(found.problem);
  return readShareCode(found.code, questions, first);
}

/**
 * Reads a share code on its own, as the side-by-side page's query holds it; what readPastedShareLink does
 * once it has found the code. Never throws.
 * @example readShareCode('2aaabaa0000K', QUIZ_QUESTIONS).ok === true
 */
export function readShareCode(
  code: string,
  questions: readonly QuizQuestion[],
  first?: QuizInput,
): PastedLink {
  const fail = (problem: PastedLinkProblem): PastedLink => ({ ok: false, problem });
  if (code === '') return fail('no-answers-in-link');
  // A code is a version digit, an answer per question and a check character.
  if (code.length > questions.length + 2) return fail('too-long');
  const link = decodeShareLink(code, questions);
  if (link.problems.includes('unknown-version')) return fail('unknown-version');
  if (link.problems.includes('altered')) return fail('altered');
  if (link.problems.includes('truncated')) return fail('cut-short');
  if (link.status !== 'ok') return fail('damaged');
  if (Object.keys(link.input.answers).length === 0) return fail('no-answers');
  const normalised = encodeShareLink(link.input, questions);
  if (first && normalised === encodeShareLink(first, questions)) return fail('same-as-first');
  return { ok: true, code: normalised, input: link.input };
}
