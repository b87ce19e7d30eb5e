// A small static server for the prerendered build: clean URLs, a real 404 page, brotli or gzip, cache headers.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

// scripts/nginx-config.mjs builds nginx's MIME, charset and gzip tables from these two.
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** Content types worth gzipping. */
export const COMPRESSIBLE = /text|javascript|json|svg|xml|manifest/;

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Finds the file for a URL path: an asset, or a prerendered route's index.html. */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const safe = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, safe);
  if (!candidate.startsWith(root)) return null;
  if (await isFile(candidate)) return candidate;
  const index = path.join(candidate, 'index.html');
  if (await isFile(index)) return index;
  return null;
}

/**
 * Creates the server. When the build has a `_headers` file (copied from public/), its rules apply to every
 * response, so local runs and the e2e suite see the same CSP and caching as production.
 */
export function createStaticServer({ root }) {
  const absRoot = path.resolve(root);
  const headersFile = path.join(absRoot, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The rules file configures the host; it is not content.
    let file = url.pathname === '/_headers' ? null : await resolveFile(absRoot, url.pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = path.join(absRoot, '404.html');
      if (!(await isFile(file))) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Not found');
      }
    }
    const ext = path.extname(file);
    // A 404 carries the 404 page's own headers: a chunk asked for mid-deploy must not be cached as
    // missing for a year under the /assets/* rule.
    const served = status === 404 ? '/404.html' : url.pathname;
    const hashed = path.relative(absRoot, file).startsWith(`assets${path.sep}`);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...headersFor(rules, served),
    };
    const compressible = COMPRESSIBLE.test(headers['Content-Type']);
    const accepts = req.headers['accept-encoding'] ?? '';
    // A hashed asset's brotli copy (scripts/precompress.mjs) cannot be stale: its name changes with its content.
    const brotli = hashed && /\bbr\b/.test(accepts) && (await isFile(`${file}.br`));
    const gzip = !brotli && compressible && /\bgzip\b/.test(accepts);
    if (brotli) headers['Content-Encoding'] = 'br';
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(brotli ? `${file}.br` : file);
    stream.on('error', () => res.destroy());
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
}
