// Set for the rest of the tab's session once the person says "Not now".
const DISMISSED_KEY = 'go-or-rust:update-dismissed';

function wasDismissed(): boolean {
  try {
    return window.sessionStorage.getItem(DISMISSED_KEY) !== null;
  } catch {
    return false;
  }
}

function rememberDismissal(): void {
  try {
    window.sessionStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Storage refused: the prompt still goes away for this page.
  }
}

/**
 * Registers the offline service worker (loaded lazily after hydration, production builds only). A new
 * version never takes over by itself: it waits, a prompt offers it, and the page reloads only when the
 * person says so. The prompt is plain DOM outside the React root, so none of this is in the first load.
 */
export function registerServiceWorker(): void {
  // A live region present from the start, so screen readers announce the offer when it is filled in.
  // It sits in the flow above the app: shown, it pushes the page down and covers nothing; empty, it
  // takes no room.
  const region = document.createElement('div');
  region.className = 'update-prompt';
  region.setAttribute('role', 'status');
  document.body.prepend(region);

  let waiting: ServiceWorker | null = null;
  let updating = false;

  const dismiss = () => {
    const hadFocus = region.contains(document.activeElement);
    region.replaceChildren();
    document.removeEventListener('keydown', onKeyDown);
    rememberDismissal();
    // The buttons are gone: keep the keyboard where the page starts.
    if (hadFocus) document.getElementById('main')?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) dismiss();
  };

  const offer = (worker: ServiceWorker | null) => {
    // With no controller this is the first install, not an update.
    if (!worker || !navigator.serviceWorker.controller || waiting || wasDismissed()) return;
    waiting = worker;
    const bar = document.createElement('div');
    bar.className = 'update-prompt__bar';
    const text = document.createElement('p');
    text.className = 'update-prompt__text';
    text.textContent = 'A new version of this guide is ready. Your answers are kept.';
    const update = document.createElement('button');
    update.type = 'button';
    update.className = 'button button--primary';
    update.textContent = 'Reload to update';
    update.addEventListener('click', () => {
      updating = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    const later = document.createElement('button');
    later.type = 'button';
    later.className = 'button';
    later.textContent = 'Not now';
    later.addEventListener('click', dismiss);
    bar.append(text, update, later);
    region.replaceChildren(bar);
    document.addEventListener('keydown', onKeyDown);
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
