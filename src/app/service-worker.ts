/**
 * Registers the offline service worker (loaded lazily after hydration, production builds only). A new
 * version never takes over by itself: it waits, a prompt offers it, and the page reloads only when the
 * person says so. The prompt is plain DOM outside the React root, so none of this is in the first load.
 */
export function registerServiceWorker(): void {
  // A live region present from the start, so screen readers announce the offer when it is filled in.
  const region = document.createElement('div');
  region.className = 'update-prompt';
  region.setAttribute('role', 'status');
  region.hidden = true;
  document.body.append(region);

  let waiting: ServiceWorker | null = null;
  let updating = false;
  const offer = (worker: ServiceWorker | null) => {
    // With no controller this is the first install, not an update.
    if (!worker || !navigator.serviceWorker.controller || waiting) return;
    waiting = worker;
    const text = document.createElement('span');
    text.textContent = 'A new version of this guide is ready. Your answers are kept.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Reload to update';
    button.addEventListener('click', () => {
      updating = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    region.replaceChildren(text, button);
    region.hidden = false;
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
    if (updating) window.location.reload();
  });
}
