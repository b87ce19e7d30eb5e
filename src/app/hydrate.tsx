import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes } from 'react-router';
// The DOM build of RouterProvider wires in ReactDOM.flushSync, which immediate updates rely on.
import { RouterProvider } from 'react-router/dom';
import { replayEarlyEvents } from './early-events';
import { createRoutes } from './routes';

const RELOAD_KEY = 'go-or-rust:chunk-reload-at';
const RELOAD_GUARD_MS = 30_000;

type PendingUrl = () => string | null;

/**
 * A route chunk that fails to load during a navigation usually means a new deploy replaced it: load the page
 * being opened once, from the new build. A second failure within the guard window, or any other chunk (the charts
 * have their own retry), is left to the code that asked for it, whose error boundary or fallback explains.
 */
function reloadOnceOnStaleChunk(pendingUrl: PendingUrl): void {
  window.addEventListener('vite:preloadError', (event) => {
    const target = pendingUrl();
    if (!target) return;
    try {
      const last = Number(window.sessionStorage.getItem(RELOAD_KEY) ?? 0);
      if (Date.now() - last < RELOAD_GUARD_MS) return;
      window.sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
    } catch {
      return; // Without storage there is no loop guard, so don't reload automatically.
    }
    event.preventDefault();
    window.location.assign(target);
  });
}

/**
 * Rendered after the router: its effect runs once every page effect has (stored answers are read in
 * those), and the task after that sees their renders on screen. Then the app is ready: it marks the
 * moment for the bench and replays what the person did before.
 */
function ReadySignal() {
  useEffect(() => {
    const id = setTimeout(() => {
      performance.mark('app-ready');
      void replayEarlyEvents();
      // Offline support comes after the page works, so its download never delays that. Not in a frame:
      // on another site the worker would be that site's copy, precaching the whole guide for one quiz.
      if (import.meta.env.PROD && 'serviceWorker' in navigator && window.self === window.top) {
        void import('./service-worker')
          .then((sw) => sw.registerServiceWorker())
          .catch(() => undefined);
      }
    }, 0);
    return () => clearTimeout(id);
  }, []);
  return null;
}

/**
 * Loads the lazy modules the URL needs, then hydrates the prerendered HTML.
 * Without the preload the router's first render would be empty and mismatch the server's.
 */
export async function hydrateApp(container: HTMLElement): Promise<void> {
  let router: ReturnType<typeof createBrowserRouter> | null = null;
  // During a client-side navigation the chunk belongs to the page being opened, not the one on screen.
  reloadOnceOnStaleChunk(() => {
    const next = router?.state.navigation.location;
    return next ? (router?.createHref(next) ?? null) : null;
  });
  const routes = createRoutes();
  let preloadFailed = false;
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      try {
        const loaded = await route.lazy();
        Object.assign(route, { ...loaded, lazy: undefined });
      } catch {
        // Leave `lazy` in place: the router retries and its error boundary explains a failure.
        preloadFailed = true;
      }
    }),
  );
  router = createBrowserRouter(routes);
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
      <ReadySignal />
    </StrictMode>
  );
  // The dev server serves the bare template; production pages arrive prerendered.
  // A page whose code did not arrive cannot match its HTML: render it afresh (its error boundary explains).
  // Hydrating in a transition lets React yield to the browser between pieces of work, so no single
  // long task holds the page; input that arrives meanwhile is held by boot.js and replayed.
  if (container.firstElementChild && !preloadFailed) {
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
}
