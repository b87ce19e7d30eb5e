import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import type { QuizInput } from '../../data/quiz-input-schema';
import { encodeShareLink, SHARE_PARAM } from '../../lib/share-link';
import { outcomeSlug } from '../../scoring/outcome-slug';
import type { OutcomeSlug } from '../../scoring/outcome-slug';
import type { QuizResult } from '../../scoring/score-answers';

type ShareLinks = { result: string; outcome: (slug: OutcomeSlug) => string };

/**
 * The absolute address of a result that holds its answers: a settled result at its outcome's page, an
 * unsettled one (no outcome to name yet) at the plain result page.
 * @example shareUrlFor(input, result, links, 'https://go-or-rust.example') // 'https://…/quiz/result/rust?a=2…'
 */
export function shareUrlFor(
  input: QuizInput,
  result: Pick<QuizResult, 'settled' | 'outcome' | 'startWith'>,
  links: ShareLinks,
  origin: string,
): string {
  const path = result.settled ? links.outcome(outcomeSlug(result)) : links.result;
  return `${origin}${path}?${SHARE_PARAM}=${encodeShareLink(input, QUIZ_QUESTIONS)}`;
}
