// Shared by `npm run bench` and the CI budget check: sizes, the stack floor, static twins and Lighthouse.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { compileHintPlugin } from '../compile-hint.mjs';
import { precompressAssets } from '../precompress.mjs';
import { reactRouterProductionAlias } from '../react-router-production.mjs';
import { createStaticServer } from '../static-server.mjs';
import { isChartCode } from '../write-service-worker.mjs';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../chromium.mjs';

export const ROUTES = ['/', '/quiz', '/quiz/result', '/compare', '/salaries'];

const gzipSize = async (file) => gzipSync(await readFile(file), { level: 9 }).length;

const INLINE_SCRIPT =
  /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * Gzip size (level 9) of the scripts a page carries inline, the boot script: JavaScript the visitor downloads
 * with the HTML, so every JS count adds it.
 */
export function inlineScriptBytes(html) {
  let total = 0;
  for (const [, code] of html.matchAll(INLINE_SCRIPT)) {
    if (code.trim()) total += gzipSync(code, { level: 9 }).length;
  }
  return total;
}

/** Files a prerendered page names at start: its modulepreloads (the entry among them) and stylesheets. */
export function firstLoadFiles(html) {
  const js = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return { js, css };
}

/** First-load JS, CSS and HTML sizes (gzip, bytes) of each prerendered route. */
export async function measureRouteSizes(distDir, routes = ROUTES) {
  const sizes = {};
  for (const route of routes) {
    const htmlFile = path.join(distDir, route, 'index.html');
    const html = await readFile(htmlFile, 'utf8');
    const { js, css } = firstLoadFiles(html);
    const sum = async (files) => {
      let total = 0;
      for (const f of files) total += await gzipSize(path.join(distDir, f));
      return total;
    };
    sizes[route] = {
      js: (await sum(js)) + inlineScriptBytes(html),
      css: await sum(css),
      html: await gzipSize(htmlFile),
      jsFiles: js,
    };
  }
  return sizes;
}

/** JS chunks (file names) that contain recharts code. */
export async function findChartChunks(distDir) {
  const assets = path.join(distDir, 'assets');
  const chunks = [];
  for (const name of await readdir(assets)) {
    if (!name.endsWith('.js')) continue;
    const text = await readFile(path.join(assets, name), 'utf8');
    if (isChartCode(text)) chunks.push(`/assets/${name}`);
  }
  return chunks;
}

/** Where measureStackFloor builds the stack-floor page. */
export const FLOOR_DIR = 'bench/tmp/floor';

/** Where measureStackFloor builds the declarative-router floor (bench/floor-declarative/). */
export const DECLARATIVE_FLOOR_DIR = 'bench/tmp/floor-declarative';

/** Builds a stack-floor page (bench/floor/ unless told) and returns its first-load JS (gzip, bytes). */
export async function measureStackFloor(outDir = FLOOR_DIR, root = 'bench/floor') {
  await build({
    root,
    logLevel: 'error',
    configFile: false,
    // The same build settings as the app (vite.config.ts), so the ratio compares like with like.
    plugins: [compileHintPlugin()],
    resolve: { alias: reactRouterProductionAlias() },
    build: {
      outDir: path.resolve(outDir),
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
    },
  });
  // Served as the app's assets are: brotli to a browser that accepts it (scripts/precompress.mjs).
  await precompressAssets(outDir);
  const assets = await readdir(path.join(outDir, 'assets'));
  let total = 0;
  for (const name of assets.filter((n) => n.endsWith('.js')))
    total += await gzipSize(path.join(outDir, 'assets', name));
  return total;
}

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Copies the build with every script removed: the same pages as plain HTML and CSS. */
export async function makeStaticTwin(distDir, twinDir = 'bench/tmp/twin') {
  await rm(twinDir, { recursive: true, force: true });
  await cp(distDir, twinDir, { recursive: true });
  for (const file of await htmlFiles(twinDir)) {
    const html = await readFile(file, 'utf8');
    await writeFile(
      file,
      html
        .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/<link rel="modulepreload"[^>]*>/g, ''),
    );
  }
  return twinDir;
}

/** Serves a folder on a free port; resolves to { url, close }. */
export async function serve(root) {
  const server = createStaticServer({ root });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://localhost:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** One Lighthouse run in a fresh Chromium; throws on a Lighthouse runtime error. */
async function lighthouseOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError)
      throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/**
 * One Lighthouse mobile run (its default config); returns the scores and metrics. A run that Lighthouse
 * itself aborts (a lost trace, on a busy machine) is tried once more.
 */
export async function runLighthouse(url) {
  let lhr;
  try {
    lhr = await lighthouseOnce(url);
  } catch {
    lhr = await lighthouseOnce(url);
  }
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    seo: Math.round(lhr.categories.seo.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}

/** Median of several Lighthouse runs, metric by metric. */
export async function runLighthouseMedian(url, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(
    Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]),
  );
}

export async function ensureDir(dir) {
  await mkdir(dir, { recursive: true });
}
