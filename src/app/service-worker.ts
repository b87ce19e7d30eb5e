import { isUpdating, offerUpdate } from './update-state';

/**
 * Registers the offline service worker (loaded lazily after hydration, production builds only). A new version
 * never takes over by itself: it waits, the layout offers it, and the page reloads only when the person says so.
 */
export function registerServiceWorker(): void {
  const offer = (worker: ServiceWorker | null) => {
    // With no controller this is the first install, not an update.
    if (worker && navigator.serviceWorker.controller) offerUpdate(worker);
  };
  navigator.serviceWorker
    .register('/sw.js')
    .then((registration) => {
      offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer(worker);
        });
      });
    })
    .catch(() => {
      // Offline support is an extra: the site works the same without it.
    });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (isUpdating()) window.location.reload();
  });
}
