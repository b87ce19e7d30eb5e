import type { ReactNode } from 'react';
import { LANGUAGE_NAMES } from '../../data/languages';
import type { Language } from '../../data/languages';
import { outcomeHeadline, outcomeMeaningFor } from '../../scoring/describe';
import { parseOutcomeSlug } from '../../scoring/outcome-slug';
import type { OutcomeSlug } from '../../scoring/outcome-slug';
import type { Outcome } from '../../scoring/score-answers';

/** What follows an outcome's meaning, the same for every link with that outcome: the prerendered page shows it. */
function detailsFor({ outcome, startWith }: { outcome: Outcome; startWith: Language }): string {
  if (outcome === 'close-call') {
    return 'Below are both scores and the answers that could swing it either way.';
  }
  const other = LANGUAGE_NAMES[startWith === 'go' ? 'rust' : 'go'];
  return `Below are both scores, the margin, the points each answer added and the change that would tip it to ${other}.`;
}

/**
 * The top of a shared result: its outcome's heading and meaning, which the outcome page's HTML already
 * holds, so the largest thing on screen is painted before any script runs. `children` follow once the
 * answers are read.
 */
export function OutcomeHero({ slug, children }: { slug: OutcomeSlug; children?: ReactNode }) {
  const outcome = parseOutcomeSlug(slug) ?? { outcome: 'go', startWith: 'go' };
  const lead = outcome.outcome === 'close-call' ? outcome.startWith : outcome.outcome;
  return (
    <header className={`result-hero result-hero--${lead}`}>
      <p className="eyebrow">A shared recommendation</p>
      <h1 id="page-title">{outcomeHeadline(outcome)}</h1>
      <p className="result-hero__lead">{`${outcomeMeaningFor(outcome)} ${detailsFor(outcome)}`}</p>
      {children}
    </header>
  );
}
