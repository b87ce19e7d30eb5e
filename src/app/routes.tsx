import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { OUTCOME_PATHS } from './paths';
import { RootErrorBoundary, RouteErrorBoundary } from './route-error';

/**
 * The route tree. Each page is a lazy module exporting Component. Errors in a page, and a page
 * module that fails to load, reach the pathless route's boundary, which keeps them inside the
 * layout so the nav survives them.
 */
export function createRoutes(): RouteObject[] {
  return [
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RootErrorBoundary,
      children: [
        {
          ErrorBoundary: RouteErrorBoundary,
          children: [
            { index: true, lazy: () => import('./routes/home-route') },
            { path: 'quiz', lazy: () => import('./routes/quiz-route') },
            { path: 'quiz/result', lazy: () => import('./routes/quiz-result-route') },
            { path: 'quiz/result/:outcome', lazy: () => import('./routes/quiz-result-route') },
            { path: 'compare', lazy: () => import('./routes/compare-route') },
            { path: 'salaries', lazy: () => import('./routes/salaries-route') },
            { path: '*', lazy: () => import('./routes/not-found-route') },
          ],
        },
      ],
    },
  ];
}

const RESULT_MODULE = 'src/app/routes/quiz-result-route.tsx';

/** Source file of each prerendered route's module, used by the prerender to preload its chunk and CSS. */
export const ROUTE_MODULE_FILES: Readonly<Record<string, string>> = {
  '/': 'src/app/routes/home-route.tsx',
  '/quiz': 'src/app/routes/quiz-route.tsx',
  '/quiz/result': RESULT_MODULE,
  ...Object.fromEntries(OUTCOME_PATHS.map((path) => [path, RESULT_MODULE])),
  '/compare': 'src/app/routes/compare-route.tsx',
  '/salaries': 'src/app/routes/salaries-route.tsx',
  '/__not-found__': 'src/app/routes/not-found-route.tsx',
};
