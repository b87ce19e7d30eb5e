// Keystroke-to-repaint latency of the /compare filter, with the CPU throttled 4x, plus the gzip
// size of the /compare route chunk. Run against a production build:
//   node scripts/bench/compare-latency.mjs http://localhost:4176 [dist-dir]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../chromium.mjs';

// Words typed and then erased one key at a time; every key changes the highlighted matches.
const WORDS = ['safety', 'cargo', 'salary', 'async', 'binary', 'remote', 'tooling'];

function keySequence(events) {
  const keys = [];
  while (keys.length < events) {
    for (const word of WORDS) {
      keys.push(...word.split(''), ...word.split('').map(() => 'Backspace'));
    }
  }
  return keys.slice(0, events);
}

function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

const round = (ms) => Math.round(ms * 10) / 10;

/** Types into the filter `events` times and returns keydown -> repaint times in ms. */
export async function measureCompareLatency({
  baseURL,
  executablePath = CHROMIUM_PATH,
  events = 50,
}) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(new URL('/compare', baseURL).href);
    await page.waitForFunction(() => {
      const root = document.getElementById('root');
      return !!root && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
    });
    await page.evaluate(() => {
      const samples = [];
      window.__compareSamples = samples;
      const input = document.getElementById('compare-filter');
      let start = null;
      input.addEventListener(
        'keydown',
        () => {
          start = performance.now();
        },
        { capture: true },
      );
      // The table (or the empty state that replaces it) lives in .compare__body.
      const observer = new MutationObserver(() => {
        if (start === null) return;
        const began = start;
        start = null;
        requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - began), 0));
      });
      observer.observe(document.querySelector('.compare__body'), {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    await page.focus('#compare-filter');
    let missed = 0;
    for (const key of keySequence(events)) {
      const before = await page.evaluate(() => window.__compareSamples.length);
      await page.keyboard.press(key);
      try {
        await page.waitForFunction((n) => window.__compareSamples.length > n, before, {
          timeout: 3000,
        });
      } catch {
        missed += 1;
      }
      // Let the URL update (a router transition) settle so keys do not overlap.
      await page.waitForTimeout(60);
    }
    const samples = await page.evaluate(() => window.__compareSamples);
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      median: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      samples: samples.map(round),
      missed,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Gzip bytes of what /compare loads beyond the app entry: its own chunk and CSS, the chunks only it
 * imports, and (listed apart) chunks it shares with other routes, such as the quiz store.
 */
export async function measureCompareChunk(distDir) {
  const manifest = JSON.parse(await readFile(path.join(distDir, '.vite/manifest.json'), 'utf8'));
  const routeKey = 'src/app/routes/compare-route.tsx';
  const importsOf = (key, seen = new Set()) => {
    const entry = manifest[key];
    if (seen.has(key) || !entry || (entry.isEntry && key !== routeKey)) return seen;
    seen.add(key);
    for (const child of entry.imports ?? []) importsOf(child, seen);
    return seen;
  };
  const loaded = importsOf(routeKey);
  const usedElsewhere = new Set();
  for (const [key, entry] of Object.entries(manifest)) {
    if (key !== routeKey && entry.isDynamicEntry) importsOf(key, usedElsewhere);
  }
  const gzipBytes = async (file) => gzipSync(await readFile(path.join(distDir, file))).length;
  const sizes = async (keys) =>
    Promise.all(
      keys.map(async (key) => ({
        file: manifest[key].file,
        gzip: await gzipBytes(manifest[key].file),
      })),
    );
  const own = await sizes([...loaded].filter((key) => !usedElsewhere.has(key)));
  const shared = await sizes([...loaded].filter((key) => usedElsewhere.has(key)));
  const css = await Promise.all(
    (manifest[routeKey].css ?? []).map(async (file) => ({ file, gzip: await gzipBytes(file) })),
  );
  const sum = (list) => list.reduce((total, f) => total + f.gzip, 0);
  return { own, shared, css, ownJs: sum(own), sharedJs: sum(shared), cssTotal: sum(css) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const baseURL = process.argv[2] ?? 'http://localhost:4176';
  const distDir = process.argv[3] ?? 'dist-compare';
  const events = Number(process.env.EVENTS ?? 50);
  const latency = await measureCompareLatency({ baseURL, events });
  console.log(
    `keystroke -> repaint, CPU 4x throttled, ${latency.samples.length} keys: ` +
      `median ${latency.median} ms, p95 ${latency.p95} ms` +
      (latency.missed ? ` (${latency.missed} keys without a repaint)` : ''),
  );
  try {
    const chunk = await measureCompareChunk(distDir);
    for (const f of [...chunk.own, ...chunk.css]) console.log(`  ${f.file}: ${f.gzip} B gzip`);
    for (const f of chunk.shared) console.log(`  ${f.file}: ${f.gzip} B gzip (shared)`);
    console.log(
      `/compare route: ${chunk.ownJs} B JS + ${chunk.cssTotal} B CSS of its own, ` +
        `plus ${chunk.sharedJs} B JS shared with other routes (all gzipped)`,
    );
  } catch (error) {
    console.log(`chunk sizes skipped: ${error.message}`);
  }
}
