/* global self, caches, fetch, URL, Response */
// The offline service worker. scripts/write-service-worker.mjs fills in the build's version and file list.
const VERSION = '__VERSION__';
const PAGES = /* pages */ {};
const ASSETS = /* assets */ [];
const CACHE = `go-or-rust-${VERSION}`;

self.addEventListener('install', (event) => {
  // A new version waits until the page asks for it, so nobody is reloaded in the middle of the quiz.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll([...Object.values(PAGES), ...ASSETS])),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('go-or-rust-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** The cached page for a path, with or without a trailing slash; the 404 page for any other path. */
function pageFor(pathname) {
  const clean = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return PAGES[clean] ?? PAGES['/404'];
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so a deploy shows at once; the cached copy when offline.
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .match(pageFor(url.pathname), { cacheName: CACHE })
          .then((hit) => hit ?? Response.error()),
      ),
    );
    return;
  }
  // Hashed assets never change under their name: the cache first. The query is ignored, so a retry
  // after a failed download (the same file with ?retry=N) is served from the cache when it is there.
  event.respondWith(
    caches
      .match(request, { cacheName: CACHE, ignoreSearch: true })
      .then((hit) => hit ?? fetch(request)),
  );
});
