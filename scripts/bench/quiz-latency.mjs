// Measures the quiz's step latency (click on Next -> next question painted) in Chromium with the CPU
// throttled 4x, and the gzip weight the quiz route adds to first load.
// CLI: node scripts/bench/quiz-latency.mjs http://localhost:4175 [dist-quiz]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../chromium.mjs';

const QUESTIONS = 10;

function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/** Arms a one-shot probe: start at the Next click (capture phase), stop one frame after the new legend is in. */
function armProbe() {
  const form = document.querySelector('.quiz-form');
  const before = document.querySelector('legend')?.textContent;
  window.__quizStep = new Promise((resolve) => {
    let start = 0;
    const onClick = (event) => {
      if (event.target instanceof Element && event.target.closest('button[type="submit"]')) {
        start = performance.now();
      }
    };
    document.addEventListener('click', onClick, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!start || document.querySelector('legend')?.textContent === before) return;
      observer.disconnect();
      // The frame after the DOM change is the one that paints it.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(form ?? document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

/** Median and p95 (ms) of click-on-Next to next-question-painted over `steps` steps. */
export async function measureQuizLatency({ baseURL, executablePath = CHROMIUM_PATH, steps = 50 }) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL('/quiz', baseURL).href);
    await page.waitForFunction(() =>
      Object.keys(document.getElementById('root') ?? {}).some((k) =>
        k.startsWith('__reactContainer'),
      ),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const samples = [];
    let step = 0;
    while (samples.length < steps) {
      if (step === QUESTIONS - 1) {
        // Back to question 1 through the review list (not measured), then forward again.
        const review = page.locator('details.quiz-review');
        if (!(await review.evaluate((el) => el.open))) await review.locator('summary').click();
        await page.locator('.quiz-review__item').first().click();
        step = 0;
        continue;
      }
      const radio = page.locator('fieldset input[type="radio"]').first();
      if (!(await radio.isChecked())) await radio.check();
      await page.evaluate(armProbe);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      samples.push(await page.evaluate(() => window.__quizStep));
      step += 1;
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const round = (n) => Math.round(n * 10) / 10;
    return {
      median: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      samples: samples.map(round),
    };
  } finally {
    await browser.close();
  }
}

function closure(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return seen;
  seen.add(key);
  for (const child of entry.imports ?? []) closure(manifest, child, seen);
  return seen;
}

/** Gzip bytes of the JS and CSS the quiz route loads that the home page (/) does not. */
export async function measureQuizWeight({ distDir = 'dist-quiz' } = {}) {
  const manifest = JSON.parse(await readFile(path.join(distDir, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const home = new Set([
    ...closure(manifest, entryKey),
    ...closure(manifest, 'src/app/routes/home-route.tsx'),
  ]);
  const files = new Set();
  for (const key of closure(manifest, 'src/app/routes/quiz-route.tsx')) {
    if (home.has(key)) continue;
    files.add(manifest[key].file);
    for (const css of manifest[key].css ?? []) files.add(css);
  }
  const sizes = {};
  for (const file of files) {
    sizes[file] = gzipSync(await readFile(path.join(distDir, file))).length;
  }
  return { files: sizes, total: Object.values(sizes).reduce((a, b) => a + b, 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const baseURL = process.argv[2] ?? 'http://localhost:4175';
  const distDir = process.argv[3] ?? 'dist-quiz';
  const latency = await measureQuizLatency({
    baseURL,
    executablePath: CHROMIUM_PATH,
  });
  console.log(
    `Next -> next question painted, CPU 4x throttled, ${latency.samples.length} steps: ` +
      `median ${latency.median} ms, p95 ${latency.p95} ms`,
  );
  const weight = await measureQuizWeight({ distDir });
  for (const [file, bytes] of Object.entries(weight.files))
    console.log(`  ${file}: ${bytes} B gzip`);
  console.log(`Quiz route adds ${weight.total} B gzip to first load (beyond what / loads)`);
}
