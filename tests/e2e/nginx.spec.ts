import http from 'node:http';
import { readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { paths } from '../../src/app/paths';
import { expect, test, waitForHydration, waitForQuiz } from './fixtures';
import { startNginx } from './nginx-server';
import type { NginxServer } from './nginx-server';

/**
 * Headers that differ between any two servers without changing what the browser does: the clock, the
 * software name, validators nginx computes from the file (the Node server sends none), and how the body
 * is framed on the connection.
 */
const NOT_COMPARED = [
  'date',
  'server',
  'etag',
  'last-modified',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'accept-ranges',
];

type Answer = { status: number; headers: Record<string, string>; body: Buffer };

/** One GET with nothing added by a client library: the raw status, headers and (gunzipped) body. */
function get(baseURL: string, urlPath: string, acceptEncoding: string | null): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      new URL(urlPath, baseURL),
      { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (!NOT_COMPARED.includes(name)) headers[name] = String(value);
          }
          const body = headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, headers, body });
        });
      },
    );
    request.on('error', reject);
  });
}

const assets = readdirSync(`${process.env.DIST_DIR ?? 'dist'}/assets`);
const firstAsset = (ext: string) => `/assets/${assets.find((f) => f.endsWith(ext))}`;

/** Every route, with and without its trailing slash, and every other kind of file the build serves. */
const COMPARED = [
  ...Object.values(paths),
  ...Object.values(paths)
    .filter((p) => p !== '/')
    .map((p) => `${p}/`),
  '/index.html',
  '/quiz/index.html',
  // The one framable page, in each form of its path, the page that previews it, and the resizer.
  '/embed/quiz/index.html',
  '/embed/index.html',
  '/embed/no-such-page',
  '/embed.js',
  firstAsset('.js'),
  firstAsset('.css'),
  '/sw.js',
  '/manifest.webmanifest',
  '/sitemap.xml',
  '/robots.txt',
  '/favicon.svg',
  '/icon-192.png',
  '/og-image.png',
  '/404.html',
  '/no-such-page',
  '/quiz/no-such-step',
  '/assets/',
  '/assets/no-such-chunk.js',
  '/_headers',
  '/compare?sort=go&q=memory',
];

let nginx: NginxServer | null = null;

test.beforeAll(async () => {
  // NGINX_CONF tries another server block (say, a hand-written one) against the same comparison.
  nginx = await startNginx(process.env.DIST_DIR ?? 'dist', process.env.NGINX_CONF);
});

test.afterAll(async () => {
  await nginx?.close();
});

test('nginx with deploy/nginx.conf answers every path as `npm run serve` does', async ({
  baseURL,
}) => {
  const differences: string[] = [];
  for (const urlPath of COMPARED) {
    // nginx gzips (its brotli module is not in Debian's or Alpine's nginx); the Node server's brotli copies of
    // the assets are tested in tests/deploy/static-server.test.ts.
    for (const encoding of ['gzip, deflate', null]) {
      const node = await get(baseURL ?? '', urlPath, encoding);
      const theirs = await get(nginx?.baseURL ?? '', urlPath, encoding);
      const where = `${urlPath} (Accept-Encoding: ${encoding ?? 'none'})`;
      if (theirs.status !== node.status) {
        differences.push(`${where}: status ${theirs.status}, Node ${node.status}`);
      }
      for (const name of new Set([...Object.keys(node.headers), ...Object.keys(theirs.headers)])) {
        if (theirs.headers[name] !== node.headers[name]) {
          differences.push(
            `${where}: ${name}: ${theirs.headers[name] ?? '(none)'}, Node ${node.headers[name] ?? '(none)'}`,
          );
        }
      }
      if (!theirs.body.equals(node.body)) differences.push(`${where}: a different body`);
    }
  }
  expect(differences).toEqual([]);
});

test('text goes gzipped through nginx, the 404 page has status 404 and every security header', async () => {
  const base = nginx?.baseURL ?? '';
  const page = await get(base, '/quiz/', 'gzip');
  expect(page.status).toBe(200);
  expect(page.headers['content-encoding']).toBe('gzip');
  expect(page.body.toString()).toContain('What do you most want to build?');
  const missing = await get(base, '/no-such-page', 'gzip');
  expect(missing.status).toBe(404);
  expect(missing.body.toString()).toContain('Page not found');
  expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(missing.headers['strict-transport-security']).toContain('max-age=63072000');
  expect((await get(base, '/manifest.webmanifest', null)).headers['content-type']).toBe(
    'application/manifest+json',
  );
});

test('a quiz journey through nginx runs under its CSP without a console error', async ({
  page,
  consoleErrors,
}) => {
  const base = nginx?.baseURL ?? '';
  const response = await page.goto(`${base}${paths.home}`);
  // The page runs under nginx's CSP: any inline script or style it blocked would fail the fixture.
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await waitForHydration(page);
  await page.getByRole('link', { name: /quiz/i }).first().click();
  await expect(page).toHaveURL(`${base}${paths.quiz}`);
  await waitForQuiz(page);
  for (let step = 0; step < 10; step++) {
    await expect(page.getByText(`Question ${step + 1} of 10`)).toBeVisible();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: step === 9 ? 'See my result' : 'Next' }).click();
  }
  await expect(page).toHaveURL(`${base}${paths.quizResult}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Learn (Go|Rust)$|^Close call/);
  // A reload fetches /quiz/result itself (network first, even once the service worker is in).
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Learn (Go|Rust)$|^Close call/);
  // nginx served /sw.js as JavaScript under the same policy, so the worker installed and took over.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 15_000,
  });
  expect(consoleErrors).toEqual([]);
});
