import type { Language } from '../data/languages';
import type { Outcome, QuizResult } from './score-answers';

/** The outcomes a result can head with, as they appear in a shared link's path: /quiz/result/<slug>. */
export const OUTCOME_SLUGS = ['go', 'rust', 'close-call-go', 'close-call-rust'] as const;

export type OutcomeSlug = (typeof OUTCOME_SLUGS)[number];

/**
 * The slug of a result's outcome; a close call names the language to start with.
 * @example outcomeSlug({ outcome: 'close-call', startWith: 'rust' }) === 'close-call-rust'
 */
export function outcomeSlug(result: Pick<QuizResult, 'outcome' | 'startWith'>): OutcomeSlug {
  return result.outcome === 'close-call' ? `close-call-${result.startWith}` : result.outcome;
}

/**
 * The outcome a slug stands for, or null for anything else.
 * @example parseOutcomeSlug('close-call-go') // { outcome: 'close-call', startWith: 'go' }
 */
export function parseOutcomeSlug(
  slug: string | undefined,
): { outcome: Outcome; startWith: Language } | null {
  switch (slug) {
    case 'go':
    case 'rust':
      return { outcome: slug, startWith: slug };
    case 'close-call-go':
      return { outcome: 'close-call', startWith: 'go' };
    case 'close-call-rust':
      return { outcome: 'close-call', startWith: 'rust' };
    default:
      return null;
  }
}
