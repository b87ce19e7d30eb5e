import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { createRoutes } from './routes';

/**
 * Loads the lazy modules the URL needs, then hydrates the prerendered HTML.
 * Without the preload the router's first render would be empty and mismatch the server's.
 */
export async function hydrateApp(container: HTMLElement): Promise<void> {
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
