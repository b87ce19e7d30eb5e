import { lazy } from 'react';
import type { ComponentType } from 'react';
import { matchRoutes, Route, Routes } from 'react-router';
import { Layout } from './layout';
import { OUTCOME_PATHS } from './paths';
import { ErrorBoundary } from './route-error';

type PageModule = { Component: ComponentType };

type PageRoute = {
  path: string;
  /** The module's file name in src/app/routes/. */
  file: string;
  load: () => Promise<void>;
  Page: ComponentType;
};

const RELOAD_KEY = 'go-or-rust:chunk-reload-at';
const RELOAD_GUARD_MS = 30_000;

/**
 * A page module that fails to download usually means a new deploy replaced it: load the page being opened
 * once more, from the new build. Returns false (and the error boundary explains) on a second failure within
 * the guard window, or when there is no storage to keep the loop guard in.
 */
function reloadOnce(): boolean {
  try {
    const last = Number(window.sessionStorage.getItem(RELOAD_KEY) ?? 0);
    if (Date.now() - last < RELOAD_GUARD_MS) return false;
    window.sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}

/**
 * One page: its module, downloaded the first time the page is shown (React.lazy), and `load` to fetch it
 * ahead, as the prerender and hydration do. A page loaded ahead is handed to React.lazy at once (a thenable
 * that calls back straight away resolves it synchronously), so hydration never waits on it.
 */
export function lazyPage(importer: () => Promise<PageModule>): Pick<PageRoute, 'load' | 'Page'> {
  let loaded: PageModule | undefined;
  const load = async () => {
    loaded = await importer();
  };
  const Page = lazy(() => {
    if (loaded) {
      const page = { default: loaded.Component };
      return { then: (resolve: (value: typeof page) => void) => resolve(page) } as Promise<
        typeof page
      >;
    }
    return importer().then(
      (module) => ({ default: module.Component }),
      (error: unknown) => {
        // While the page reloads, the page on screen stays; otherwise the error boundary explains.
        if (typeof window !== 'undefined' && reloadOnce()) return new Promise<never>(() => {});
        throw error;
      },
    );
  });
  return { load, Page };
}

const RESULT_PAGE: PageRoute = {
  path: '/quiz/result',
  file: 'quiz-result-route',
  ...lazyPage(() => import('./routes/quiz-result-route')),
};

/** Every page once: its path, its module (lazy, so each is its own chunk) and that module's file. */
const PAGES: readonly PageRoute[] = [
  { path: '/', file: 'home-route', ...lazyPage(() => import('./routes/home-route')) },
  { path: '/quiz', file: 'quiz-route', ...lazyPage(() => import('./routes/quiz-route')) },
  RESULT_PAGE,
  {
    path: '/quiz/side-by-side',
    file: 'side-by-side-route',
    ...lazyPage(() => import('./routes/side-by-side-route')),
  },
  { path: '/compare', file: 'compare-route', ...lazyPage(() => import('./routes/compare-route')) },
  {
    path: '/salaries',
    file: 'salaries-route',
    ...lazyPage(() => import('./routes/salaries-route')),
  },
  { path: '/embed', file: 'embed-route', ...lazyPage(() => import('./routes/embed-route')) },
  { path: '*', file: 'not-found-route', ...lazyPage(() => import('./routes/not-found-route')) },
];

/** A shared result's outcome page: the same module, with the outcome as a parameter. */
const OUTCOME_PAGE: PageRoute = { ...RESULT_PAGE, path: '/quiz/result/:outcome' };

/** The quiz other sites frame: outside the site's layout (its module brings its own bare frame). */
const FRAME_PAGE: PageRoute = {
  path: '/embed/quiz',
  file: 'embed-quiz-route',
  ...lazyPage(() => import('./routes/embed-quiz-route')),
};

/** Fetches the module of the page at `pathname` ahead of the first render. */
export async function loadPageFor(pathname: string): Promise<void> {
  const [match] = matchRoutes([FRAME_PAGE, ...PAGES, OUTCOME_PAGE], pathname) ?? [];
  await match?.route.load();
}

/** Fetches every page module: the prerender renders them all. */
export async function loadAllPages(): Promise<void> {
  await Promise.all([FRAME_PAGE, ...PAGES].map((page) => page.load()));
}

/**
 * The route tree: the framed quiz on its own, every other page inside the layout. There is no Suspense
 * boundary: when the next page's module is still downloading, React 19 keeps the committed page on screen
 * until it arrives (a render that suspends with no boundary above it commits nothing), and hydration never
 * meets a page that is not loaded yet.
 */
export function AppRoutes() {
  return (
    <ErrorBoundary where="root">
      <Routes>
        <Route
          path={FRAME_PAGE.path}
          element={
            <ErrorBoundary where="frame">
              <FRAME_PAGE.Page />
            </ErrorBoundary>
          }
        />
        <Route element={<Layout />}>
          {[...PAGES, OUTCOME_PAGE].map(({ path, Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
        </Route>
      </Routes>
    </ErrorBoundary>
  );
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
