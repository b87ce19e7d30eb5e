import { SHARE_PARAM } from '../../lib/share-link';
import { outcomeSlug } from '../../scoring/outcome-slug';
import type { OutcomeSlug } from '../../scoring/outcome-slug';
import type { QuizResult } from '../../scoring/score-answers';

/** The side-by-side view's second set of answers; the first is SHARE_PARAM, as on a result link. */
export const SECOND_PARAM = 'b';

/**
 * The address of two results side by side.
 * @example sideBySideHref('/quiz/side-by-side', '2aa…', '2bb…') === '/quiz/side-by-side?a=2aa…&b=2bb…'
 */
export function sideBySideHref(path: string, first: string, second: string): string {
  return `${path}?${SHARE_PARAM}=${first}&${SECOND_PARAM}=${second}`;
}

/** A shared result's address: its outcome page once settled, the plain result page before. */
export function sharedResultHref(
  result: Pick<QuizResult, 'settled' | 'outcome' | 'startWith'>,
  code: string,
  links: { result: string; outcome: (slug: OutcomeSlug) => string },
): string {
  const path = result.settled ? links.outcome(outcomeSlug(result)) : links.result;
  return `${path}?${SHARE_PARAM}=${code}`;
}
