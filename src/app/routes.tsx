import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { OUTCOME_PATHS } from './paths';
import { FrameErrorBoundary, RootErrorBoundary, RouteErrorBoundary } from './route-error';

/** Every page once: its path, its module (lazy, so each is its own chunk) and that module's file. */
const PAGES = [
  { path: '/', file: 'home-route', lazy: () => import('./routes/home-route') },
  { path: '/quiz', file: 'quiz-route', lazy: () => import('./routes/quiz-route') },
  {
    path: '/quiz/result',
    file: 'quiz-result-route',
    lazy: () => import('./routes/quiz-result-route'),
  },
  {
    path: '/quiz/side-by-side',
    file: 'side-by-side-route',
    lazy: () => import('./routes/side-by-side-route'),
  },
  { path: '/compare', file: 'compare-route', lazy: () => import('./routes/compare-route') },
  { path: '/salaries', file: 'salaries-route', lazy: () => import('./routes/salaries-route') },
  { path: '/embed', file: 'embed-route', lazy: () => import('./routes/embed-route') },
  { path: '*', file: 'not-found-route', lazy: () => import('./routes/not-found-route') },
] as const;

const RESULT_PAGE = PAGES[2];

/** The quiz other sites frame: outside the site's layout (its module brings its own bare frame). */
const FRAME_PAGE = {
  path: '/embed/quiz',
  file: 'embed-quiz-route',
  lazy: () => import('./routes/embed-quiz-route'),
} as const;

/**
 * The route tree. Each page is a lazy module exporting Component. Errors in a page, and a page
 * module that fails to load, reach the pathless route's boundary, which keeps them inside the
 * layout so the nav survives them.
 */
export function createRoutes(): RouteObject[] {
  return [
    { path: FRAME_PAGE.path, ErrorBoundary: FrameErrorBoundary, lazy: FRAME_PAGE.lazy },
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RootErrorBoundary,
      children: [
        {
          ErrorBoundary: RouteErrorBoundary,
          children: [
            ...PAGES.map(({ path, lazy }) =>
              path === '/'
                ? { index: true, lazy }
                : { path: path === '*' ? '*' : path.slice(1), lazy },
            ),
            // A shared result's outcome page: the same module, with the outcome as a parameter.
            { path: 'quiz/result/:outcome', lazy: RESULT_PAGE.lazy },
          ],
        },
      ],
    },
  ];
}

/** Source file of each prerendered route's module, used by the prerender to preload its chunk and CSS. */
export const ROUTE_MODULE_FILES: Readonly<Record<string, string>> = Object.fromEntries([
  ...PAGES.map(({ path, file }) => [
    path === '*' ? '/__not-found__' : path,
    `src/app/routes/${file}.tsx`,
  ]),
  ...OUTCOME_PATHS.map((path) => [path, `src/app/routes/${RESULT_PAGE.file}.tsx`]),
  [FRAME_PAGE.path, `src/app/routes/${FRAME_PAGE.file}.tsx`],
]);
