import { OUTCOME_SLUGS } from '../scoring/outcome-slug';
import type { OutcomeSlug } from '../scoring/outcome-slug';

/** Every URL of the app, typed once. Route modules, nav, prerender and sitemap read from here. */
export const paths = {
  home: '/',
  quiz: '/quiz',
  quizResult: '/quiz/result',
  sideBySide: '/quiz/side-by-side',
  compare: '/compare',
  salaries: '/salaries',
  embed: '/embed',
  /** The compact quiz other sites frame; the only page that may be framed (public/_headers). */
  embedQuiz: '/embed/quiz',
} as const;

export type AppPath = (typeof paths)[keyof typeof paths];

export const SITE_NAME = 'Go or Rust?';

/**
 * A shared result's address: the path names the outcome its HTML shows first, the answers (?a=) decide.
 * @example resultPathFor('rust') === '/quiz/result/rust'
 */
export function resultPathFor(slug: OutcomeSlug): string {
  return `${paths.quizResult}/${slug}`;
}

/** The prerendered outcome pages a shared link lands on; not in the sitemap (they need their answers). */
export const OUTCOME_PATHS: readonly string[] = OUTCOME_SLUGS.map(resultPathFor);

/** Pages only a link with answers fills: prerendered, so they paint and work offline, but not in the sitemap. */
export const UNLISTED_PATHS: readonly string[] = [paths.sideBySide];

/** Page titles; the client keeps document.title in step with them on navigation. */
export const ROUTE_TITLES: Readonly<Record<AppPath, string>> = {
  '/': 'Go or Rust? Which language to learn in 2026',
  '/quiz': 'Should I learn Go or Rust? Take the quiz | Go or Rust?',
  '/quiz/result': 'Your Go or Rust recommendation | Go or Rust?',
  '/quiz/side-by-side': 'Two quiz results side by side | Go or Rust?',
  '/compare': 'Go vs Rust comparison: every category side by side | Go or Rust?',
  '/salaries': 'Go vs Rust salary and jobs in 2026 | Go or Rust?',
  '/embed': 'Put the Go or Rust quiz on your site | Go or Rust?',
  '/embed/quiz': 'The Go or Rust quiz | Go or Rust?',
};

export const NOT_FOUND_TITLE = 'Page not found | Go or Rust?';

/**
 * A pathname without its trailing slashes, so '/quiz/' finds the same page as '/quiz'.
 * @example cleanPath('/quiz/') === '/quiz'
 */
export function cleanPath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

/** The title for a pathname, ignoring a trailing slash; the 404 title for anything unknown. */
export function getRouteTitle(pathname: string): string {
  const clean = cleanPath(pathname);
  if (OUTCOME_PATHS.includes(clean)) return ROUTE_TITLES[paths.quizResult];
  return (ROUTE_TITLES as Record<string, string | undefined>)[clean] ?? NOT_FOUND_TITLE;
}
