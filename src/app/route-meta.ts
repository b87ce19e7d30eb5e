import { headlineFor } from '../scoring/describe';
import { OUTCOME_SLUGS, parseOutcomeSlug } from '../scoring/outcome-slug';
import type { OutcomeSlug } from '../scoring/outcome-slug';
import type { AppPath } from './paths';
import { cleanPath, NOT_FOUND_TITLE, resultPathFor, ROUTE_TITLES, SITE_NAME } from './paths';

/**
 * Titles with their search descriptions, for the prerendered <head> of each page. Only the build reads
 * the descriptions, so they stay out of the browser bundle.
 */
export type RouteMeta = {
  title: string;
  description: string;
};

export const ROUTE_META: Readonly<Record<AppPath, RouteMeta>> = {
  '/': {
    title: ROUTE_TITLES['/'],
    description:
      'Should you learn Go or Rust? A fair side-by-side of speed, safety, learning curve, jobs and salaries, with a short quiz that explains its answer.',
  },
  '/quiz': {
    title: ROUTE_TITLES['/quiz'],
    description:
      'Answer about ten quick questions and get a Go or Rust recommendation that shows how much each answer counted and what would change it.',
  },
  '/quiz/result': {
    title: ROUTE_TITLES['/quiz/result'],
    description:
      'Your quiz result: scores for Go and Rust, the margin, the reasons behind it and the answers that would tip it the other way.',
  },
  '/compare': {
    title: ROUTE_TITLES['/compare'],
    description:
      'Compare Go and Rust on learning curve, performance, concurrency, memory safety, ecosystem, jobs and pay. Sort, filter and share the view.',
  },
  '/salaries': {
    title: ROUTE_TITLES['/salaries'],
    description:
      'Go vs Rust salaries and open roles in 2026: senior medians with sample sizes, the career ladder the data covers, and what it leaves out.',
  },
};

const OUTCOME_DESCRIPTIONS: Readonly<Record<OutcomeSlug, string>> = {
  go: 'These quiz answers point to Go. Open the link for both scores, the margin, what each answer counted and what would tip it to Rust.',
  rust: 'These quiz answers point to Rust. Open the link for both scores, the margin, what each answer counted and what would tip it to Go.',
  'close-call-go':
    'These quiz answers land close to even, with Go slightly ahead. Open the link for both scores and the answers that could swing it.',
  'close-call-rust':
    'These quiz answers land close to even, with Rust slightly ahead. Open the link for both scores and the answers that could swing it.',
};

/** The head of each outcome page: what a link preview shows before anyone opens it. */
const OUTCOME_META: Readonly<Record<string, RouteMeta>> = Object.fromEntries(
  OUTCOME_SLUGS.map((slug) => {
    const outcome = parseOutcomeSlug(slug);
    const headline = outcome ? headlineFor(outcome) : SITE_NAME;
    return [
      resultPathFor(slug),
      {
        title: `${headline}: a shared quiz result | ${SITE_NAME}`,
        description: OUTCOME_DESCRIPTIONS[slug],
      },
    ];
  }),
);

export const NOT_FOUND_META: RouteMeta = {
  title: NOT_FOUND_TITLE,
  description:
    'That page does not exist. Head back to the Go or Rust guide, the quiz, the comparison or the salary charts.',
};

/** Meta for a pathname, ignoring a trailing slash; the 404 meta for anything unknown. */
export function getRouteMeta(pathname: string): RouteMeta {
  const clean = cleanPath(pathname);
  return (
    (ROUTE_META as Record<string, RouteMeta | undefined>)[clean] ??
    OUTCOME_META[clean] ??
    NOT_FOUND_META
  );
}
