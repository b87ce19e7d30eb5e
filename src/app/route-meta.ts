import { LANGUAGE_NAMES } from '../data/languages';
import type { Language } from '../data/languages';
import { outcomeHeadline, outcomeMeaningFor } from '../scoring/describe';
import { OUTCOME_SLUGS, parseOutcomeSlug } from '../scoring/outcome-slug';
import type { OutcomeSlug } from '../scoring/outcome-slug';
import type { Outcome } from '../scoring/score-answers';
import type { AppPath } from './paths';
import { cleanPath, NOT_FOUND_TITLE, resultPathFor, ROUTE_TITLES, SITE_NAME } from './paths';

/**
 * Titles with their search descriptions, for the prerendered <head> of each page. Only the build reads
 * the descriptions, so they stay out of the browser bundle.
 */
export type RouteMeta = {
  title: string;
  description: string;
  /** The link-preview picture; SOCIAL_IMAGE when absent. */
  image?: SocialImage;
  /** Kept out of search results and the sitemap (a page made to be framed, not visited). */
  noindex?: boolean;
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
  '/quiz/side-by-side': {
    title: ROUTE_TITLES['/quiz/side-by-side'],
    description:
      'Two Go or Rust quiz results next to each other: both recommendations, both scores, and every question the two answered differently.',
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
  '/embed': {
    title: ROUTE_TITLES['/embed'],
    description:
      'Add the Go or Rust quiz to your blog post or course page: copy one snippet, see it live, and let readers get their answer without leaving.',
  },
  '/embed/quiz': {
    title: ROUTE_TITLES['/embed/quiz'],
    description:
      'The Go or Rust quiz made to sit in a frame on another site: ten questions, then the recommendation, both scores and a link to the full result.',
    noindex: true,
  },
};

/** The size of every link-preview image; the build draws the outcome images at this size. */
const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The picture a link preview shows: a file the site serves, with its size and a text alternative. */
export type SocialImage = { path: string; width: number; height: number; alt: string };

/** The site's own picture, for every page without one of its own (drawn by scripts/make-images.mjs). */
export const SOCIAL_IMAGE: SocialImage = {
  path: '/og-image.png',
  ...SOCIAL_IMAGE_SIZE,
  alt: 'Go or Rust? A guide for 2026',
};

/**
 * What the build draws on one outcome's preview image (scripts/og-images.mjs), written to `path` in dist/:
 * the same headline and meaning as the outcome page, in the colour of the language it leads with.
 */
export type OutcomeCard = SocialImage & {
  slug: OutcomeSlug;
  accent: Language;
  outcome: Outcome;
  headline: string;
  meaning: string;
};

export const OUTCOME_CARDS: readonly OutcomeCard[] = OUTCOME_SLUGS.flatMap((slug) => {
  const outcome = parseOutcomeSlug(slug);
  if (!outcome) return [];
  const headline = outcomeHeadline(outcome);
  const meaning = outcomeMeaningFor(outcome);
  return {
    slug,
    path: `/og/${slug}.png`,
    ...SOCIAL_IMAGE_SIZE,
    alt: `${headline}. ${meaning}`,
    accent: outcome.startWith,
    outcome: outcome.outcome,
    headline,
    meaning,
  };
});

/** What a link preview says under an outcome's title, opening with what the outcome means. */
function outcomeDescription(card: OutcomeCard): string {
  if (card.outcome === 'close-call') {
    return `${card.meaning} Open the link for both scores and the answers that could swing it.`;
  }
  const other = LANGUAGE_NAMES[card.accent === 'go' ? 'rust' : 'go'];
  return `${card.meaning} Open the link for both scores, the margin, what each answer counted and what would tip it to ${other}.`;
}

/** The head of each outcome page: what a link preview shows before anyone opens it. */
const OUTCOME_META: Readonly<Record<string, RouteMeta>> = Object.fromEntries(
  OUTCOME_CARDS.map((card) => {
    const { path, width, height, alt } = card;
    return [
      resultPathFor(card.slug),
      {
        title: `${card.headline}: a shared quiz result | ${SITE_NAME}`,
        description: outcomeDescription(card),
        image: { path, width, height, alt },
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
