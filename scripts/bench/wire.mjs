// Bytes a visit really downloads, counted where they leave the server: every script until the network is idle,
// and everything a first visit fetches in its first 15 s, service worker included.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { inlineScriptBytes } from './measure.mjs';
import { createStaticServer } from '../static-server.mjs';

/** Serves `root` and records each response's path and the bytes written for it (after gzip). */
export async function serveCounting(root) {
  const inner = createStaticServer({ root });
  const sent = [];
  const server = http.createServer((req, res) => {
    let bytes = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const count = (chunk) => {
      if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
    };
    res.write = (chunk, ...rest) => {
      count(chunk);
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      count(chunk);
      sent.push({ path: new URL(req.url ?? '/', 'http://x').pathname, bytes });
      return end(chunk, ...rest);
    };
    inner.emit('request', req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://localhost:${port}`,
    sent,
    reset: () => sent.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

const isScript = (p) => p.endsWith('.js');

/**
 * Opens `route` once with no service worker and waits until the network is idle; returns the scripts
 * fetched (each once) and their total with the page's inline script, gzip level 9 as the stack floor is measured.
 */
export async function scriptsUntilIdle({ distDir, server, route }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    server.reset();
    const response = await page.goto(new URL(route, server.url).href, { waitUntil: 'networkidle' });
    const inline = inlineScriptBytes((await response?.text()) ?? '');
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
    await page.waitForLoadState('networkidle');
    const files = [...new Set(server.sent.map((s) => s.path).filter(isScript))];
    let gzip = inline;
    for (const file of files) {
      gzip += gzipSync(await readFile(path.join(distDir, file)), { level: 9 }).length;
    }
    await context.close();
    return { files, gzip };
  } finally {
    await browser.close();
  }
}

/** A first visit to `route`, service worker on: every byte sent in `seconds`, and the scripts among them. */
export async function firstVisitOnTheWire({ server, route, seconds = 15 }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    server.reset();
    const response = await page.goto(new URL(route, server.url).href);
    const inline = inlineScriptBytes((await response?.text()) ?? '');
    await page.waitForTimeout(seconds * 1000);
    const sent = [...server.sent];
    await context.close();
    const sum = (list) => list.reduce((total, s) => total + s.bytes, 0);
    const scripts = sent.filter((s) => isScript(s.path));
    return {
      all: sum(sent),
      // The page's inline script travels inside its HTML: counted as JS too (its gzip size).
      js: sum(scripts) + inline,
      files: [...new Set(scripts.map((s) => s.path))],
    };
  } finally {
    await browser.close();
  }
}
