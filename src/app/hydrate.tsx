import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import type { RootOptions } from 'react-dom/client';
import { replayEarlyEvents } from './early-events';
import { isChunkLoadError } from './route-error';
import { AppRoutes, loadPageFor } from './routes';

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

const rootOptions: RootOptions = {
  // A page module that did not download is explained on the page and is no bug: only bugs go to the console.
  onCaughtError(error, info) {
    if (!isChunkLoadError(error)) console.error(error, info.componentStack);
  },
};

/**
 * Loads the module of the page at the URL, then hydrates the prerendered HTML.
 * Without the module the first render would be empty and mismatch the server's.
 */
export async function hydrateApp(container: HTMLElement): Promise<void> {
  let loaded = true;
  try {
    await loadPageFor(window.location.pathname);
  } catch {
    // Rendered afresh below: the page tries its download once more, and its error boundary explains a failure.
    loaded = false;
  }
  const app = (
    <StrictMode>
      {/* No transitions: an address change (a checkbox, a sort) renders in the frame of the click. A page
          whose module is still downloading keeps the page before it on screen until it arrives. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
        <ReadySignal />
      </BrowserRouter>
    </StrictMode>
  );
  // The dev server serves the bare template; production pages arrive prerendered.
  // A page whose code did not arrive cannot match its HTML: render it afresh (its error boundary explains).
  // Hydrating in a transition lets React yield to the browser between pieces of work, so no single
  // long task holds the page; input that arrives meanwhile is held by boot.js and replayed.
  if (container.firstElementChild && loaded) {
    startTransition(() => {
      hydrateRoot(container, app, rootOptions);
    });
  } else {
    container.replaceChildren();
    startTransition(() => {
      createRoot(container, rootOptions).render(app);
    });
  }
}
