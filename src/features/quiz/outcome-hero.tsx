import type { ReactNode } from 'react';
import { headlineFor } from '../../scoring/describe';
import { parseOutcomeSlug } from '../../scoring/outcome-slug';
import type { OutcomeSlug } from '../../scoring/outcome-slug';

/** What an outcome means, the same for every link with that outcome: the prerendered page shows it. */
const OUTCOME_LEADS: Readonly<Record<OutcomeSlug, string>> = {
  go: 'The answers in this link favour Go. Below are both scores, the margin, the points each answer added and the change that would tip it to Rust.',
  rust: 'The answers in this link favour Rust. Below are both scores, the margin, the points each answer added and the change that would tip it to Go.',
  'close-call-go':
    'The answers in this link land close to even, with Go a little ahead. Below are both scores and the answers that could swing it either way.',
  'close-call-rust':
    'The answers in this link land close to even, with Rust a little ahead. Below are both scores and the answers that could swing it either way.',
};

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
      <h1 id="page-title">{headlineFor(outcome)}</h1>
      <p className="result-hero__lead">{OUTCOME_LEADS[slug]}</p>
      {children}
    </header>
  );
}
