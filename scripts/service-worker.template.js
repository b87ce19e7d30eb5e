/* global self, caches, fetch, URL, Response */
// The offline service worker. scripts/write-service-worker.mjs fills in the build's version and file list.
const VERSION = '__VERSION__';
const PAGES = /* pages */ {};
const ASSETS = /* assets */ [];
// Files outside /assets/ that are kept once fetched rather than at install (the embed resizer).
const ON_DEMAND = /* on demand */ [];
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

/** The cached page for a path, with or without a trailing slash; undefined for an unknown path. */
function pageFor(pathname) {
  const clean = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return PAGES[clean];
}

/**
 * The cached copy of a page, with the headers it was served with (so /embed/quiz stays framable); an unknown
 * path gets the 404 page with status 404, as the server sends it, except in a frame, which gets the network
 * error: the 404 page may not be framed.
 */
function offlinePage(pathname, framed) {
  const page = pageFor(pathname);
  if (!page && framed) return Promise.resolve(Response.error());
  return caches.match(page ?? PAGES['/404'], { cacheName: CACHE }).then((hit) => {
    if (!hit) return Response.error();
    if (page) return hit;
    return new Response(hit.body, { status: 404, statusText: 'Not Found', headers: hit.headers });
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so a deploy shows at once; the cached copy when offline.
    const framed = request.destination === 'iframe' || request.destination === 'frame';
    event.respondWith(fetch(request).catch(() => offlinePage(url.pathname, framed)));
    return;
  }
  // Hashed assets never change under their name: the cache first. What was not kept at install (the
  // charts, the picture of a result, the embed pages' code) is kept once fetched, so it works offline after
  // its first use online; the cache is per version, so a deploy starts afresh. The query is
  // ignored, so a retry after a failed download (the same file with ?retry=N) finds the kept copy.
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            if (
              response.ok &&
              (url.pathname.startsWith('/assets/') || ON_DEMAND.includes(url.pathname))
            )
              cache.put(url.pathname, response.clone());
            return response;
          }),
      ),
    ),
  );
});
