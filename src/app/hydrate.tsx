import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { createRoutes } from './routes';

const RELOAD_KEY = 'go-or-rust:chunk-reload-at';
const RELOAD_GUARD_MS = 30_000;

/**
 * A chunk that fails to load usually means a new deploy replaced it: reload once to get the new build.
 * A second failure within the guard window is left to the route's error boundary, which explains and offers a retry.
 */
function reloadOnceOnStaleChunk(): void {
  window.addEventListener('vite:preloadError', (event) => {
    try {
      const last = Number(window.sessionStorage.getItem(RELOAD_KEY) ?? 0);
      if (Date.now() - last < RELOAD_GUARD_MS) return;
      window.sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
    } catch {
      return; // Without storage there is no loop guard, so don't reload automatically.
    }
    event.preventDefault();
    window.location.reload();
  });
}

/**
 * Loads the lazy modules the URL needs, then hydrates the prerendered HTML.
 * Without the preload the router's first render would be empty and mismatch the server's.
 */
export async function hydrateApp(container: HTMLElement): Promise<void> {
  reloadOnceOnStaleChunk();
  const routes = createRoutes();
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      try {
        const loaded = await route.lazy();
        Object.assign(route, { ...loaded, lazy: undefined });
      } catch {
        // Leave `lazy` in place: the router retries and its error boundary explains a failure.
      }
    }),
  );
  const router = createBrowserRouter(routes);
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // The dev server serves the bare template; production pages arrive prerendered.
  if (container.firstElementChild) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
