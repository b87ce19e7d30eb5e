/** Every URL of the app, typed once. Route modules, nav, prerender and sitemap read from here. */
export const paths = {
  home: '/',
  quiz: '/quiz',
  quizResult: '/quiz/result',
  compare: '/compare',
  salaries: '/salaries',
} as const;

export type AppPath = (typeof paths)[keyof typeof paths];

export type RouteMeta = {
  title: string;
  description: string;
};

export const SITE_NAME = 'Go or Rust?';

export const ROUTE_META: Readonly<Record<AppPath, RouteMeta>> = {
  '/': {
    title: 'Go or Rust? Which language to learn in 2026',
    description:
      'Should you learn Go or Rust? A fair side-by-side of speed, safety, learning curve, jobs and salaries, with a short quiz that explains its answer.',
  },
  '/quiz': {
    title: 'Should I learn Go or Rust? Take the quiz | Go or Rust?',
    description:
      'Answer about ten quick questions and get a Go or Rust recommendation that shows how much each answer counted and what would change it.',
  },
  '/quiz/result': {
    title: 'Your Go or Rust recommendation | Go or Rust?',
    description:
      'Your quiz result: scores for Go and Rust, the margin, the reasons behind it and the answers that would tip it the other way.',
  },
  '/compare': {
    title: 'Go vs Rust comparison: every category side by side | Go or Rust?',
    description:
      'Compare Go and Rust on learning curve, performance, concurrency, memory safety, ecosystem, jobs and pay. Sort, filter and share the view.',
  },
  '/salaries': {
    title: 'Go vs Rust salary and jobs in 2026 | Go or Rust?',
    description:
      'Go vs Rust salaries and open roles in 2026: senior medians with sample sizes, the career ladder the data covers, and what it leaves out.',
  },
};

export const NOT_FOUND_META: RouteMeta = {
  title: 'Page not found | Go or Rust?',
  description:
    'That page does not exist. Head back to the Go or Rust guide, the quiz, the comparison or the salary charts.',
};

/** Meta for a pathname, ignoring a trailing slash; the 404 meta for anything unknown. */
export function getRouteMeta(pathname: string): RouteMeta {
  const clean = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return (ROUTE_META as Record<string, RouteMeta | undefined>)[clean] ?? NOT_FOUND_META;
}
