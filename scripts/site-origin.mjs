// SITE_ORIGIN: where the site will live. The build writes it into canonical and Open Graph URLs, the
// sitemap and robots.txt, so a wrong value would ship silently; it is checked before anything is built.

export const DEFAULT_SITE_ORIGIN = 'https://go-or-rust.example';

/**
 * The origin to build for: an absolute https:// origin, or http://localhost for a local build.
 * @param {string | undefined} value SITE_ORIGIN as set (undefined: the placeholder default)
 * @returns {string} the origin, without a trailing slash
 */
export function siteOrigin(value) {
  if (value === undefined) return DEFAULT_SITE_ORIGIN;
  const refuse = (reason) =>
    new Error(
      `SITE_ORIGIN="${value}" ${reason}. Set it to the address the site is served from, such as ` +
        'https://go-or-rust.example (or http://localhost:4173 for a local build).',
    );
  let url;
  try {
    url = new URL(value);
  } catch {
    throw refuse('is not an absolute URL');
  }
  const local = url.protocol === 'http:' && url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !local) {
    throw refuse('must start with https:// (plain http:// is accepted for localhost only)');
  }
  if (url.username || url.password) throw refuse('must not carry a user name or password');
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(value)) {
    // Every page links /assets/... from the root, so the app cannot live under a sub-path.
    throw refuse('must be an origin only, with no path, query or fragment');
  }
  return url.origin;
}
