// What a person on a slow phone feels, measured in Chromium: when the page paints its largest content (LCP),
// when the app is ready (handlers live, saved answers in: the 'app-ready' mark), and how long an interaction
// takes to paint (Event Timing, the measure behind INP).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

/** The slow phone: CPU 4× slower, 150 ms round trip, 1.6 Mbps down, 750 kbps up. */
export const SLOW_PHONE = { cpu: 4, latencyMs: 150, downKbps: 1600, upKbps: 750 };

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** The value at or under which `p` per cent of the samples fall (nearest rank). */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function slowPage(browser, { cpu = true } = {}) {
  // No service worker: every run is a first visit.
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: (SLOW_PHONE.downKbps * 1000) / 8,
    uploadThroughput: (SLOW_PHONE.upKbps * 1000) / 8,
  });
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpu });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  return { context, page };
}

/**
 * Resolves with the 'app-ready' mark's time. The page is told, not polled: waitForFunction polls on every
 * animation frame by default, which at CPU 4× is work the measured page would not do for a real visitor (on our
 * pages from the load event, which comes before the code, until ready; on the floor's for a few frames).
 */
function readyMark(page, timeout = 30_000) {
  return page.evaluate(
    (ms) =>
      new Promise((resolve, reject) => {
        const [mark] = performance.getEntriesByName('app-ready');
        if (mark) return resolve(mark.startTime);
        const timer = setTimeout(() => reject(new Error(`no 'app-ready' mark in ${ms} ms`)), ms);
        new PerformanceObserver((list, observer) => {
          const [found] = list.getEntriesByName('app-ready');
          if (!found) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(found.startTime);
        }).observe({ type: 'mark' });
      }),
    timeout,
  );
}

/** Opens `url` once on the slow phone; returns LCP and, when the page runs the app, the ready time (ms). */
async function loadOnce(browser, url, { expectReady, initScript = null, waitForLatePaint = true }) {
  const { context, page } = await slowPage(browser);
  try {
    if (initScript) await page.addInitScript(initScript);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let ready = null;
    if (expectReady) {
      ready = await readyMark(page);
    }
    // Let any late paint (content drawn by the app) be reported.
    if (waitForLatePaint) await page.waitForTimeout(1000);
    const lcp = await page.evaluate(() => window.__lcp);
    return { lcp, ready };
  } finally {
    await context.close();
  }
}

/**
 * Median LCP and ready time of `path` over `runs` first visits, and the median LCP of the same page
 * from the static twin (the build with every script removed).
 */
export async function measureLoad({ appURL, twinURL, path, twinPath = path, runs = 5 }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const app = [];
    const twin = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a busy moment on the machine falls on both sides alike.
      app.push(await loadOnce(browser, new URL(path, appURL).href, { expectReady: true }));
      twin.push(await loadOnce(browser, new URL(twinPath, twinURL).href, { expectReady: false }));
    }
    const lcp = median(app.map((r) => r.lcp));
    const twinLcp = median(twin.map((r) => r.lcp));
    return {
      ready: median(app.map((r) => r.ready)),
      lcp,
      twinLcp,
      lcpRatio: lcp / twinLcp,
      samples: { app, twin },
    };
  } finally {
    await browser.close();
  }
}

/**
 * The stack floor (bench/floor) has no 'app-ready' mark: it is ready when React commits its one button,
 * whose handler is live from that commit. Runs in the page before its scripts.
 */
function markFloorReady() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('#root button')) return;
    performance.mark('app-ready');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Median ready time of the built stack floor on the slow phone: what react, react-dom, the router and
 * zustand cost before any of our code, the reference for the app's own ready times.
 */
export async function measureFloorReady({ floorURL, runs = 5 }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const { ready } = await loadOnce(browser, `${floorURL}/`, {
        expectReady: true,
        initScript: markFloorReady,
        // Only the floor's ready time is used, not its LCP: no need to wait for a late paint.
        waitForLatePaint: false,
      });
      samples.push(ready);
    }
    return { ready: median(samples), samples };
  } finally {
    await browser.close();
  }
}

/** Starts collecting Event Timing entries (16 ms and over: the API reports nothing shorter). */
function observeEvents() {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__events.push({ id: e.interactionId, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
}

/** Entries are reported after the next paint; two frames and a pause leave room for that. */
function settle(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))),
      ),
  );
}

/**
 * Runs `act` and returns that interaction's latency: the longest Event Timing entry it caused, or 16 ms when
 * the browser reported none (it reports only entries of 16 ms and over, so 16 is an upper bound).
 */
async function timeInteraction(page, act) {
  await page.evaluate(() => {
    window.__events.length = 0;
  });
  await act();
  await settle(page);
  const durations = await page.evaluate(() => window.__events.map((e) => e.duration));
  return Math.max(16, ...durations);
}

async function interactivePage(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  await page.evaluate(observeEvents);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpu });
  return { context, page };
}

/**
 * Event Timing latency of quiz Next (answer each question, press Next), CPU 4× slower. The press is raw pointer
 * input at the button's centre, as a tap is: a locator click would first run Playwright's actionability checks
 * in the page (scroll, stable box, hit-target listeners), main-thread work no person's tap brings, which the
 * browser counts as the interaction's input delay. Each press is checked to have moved the quiz on.
 */
export async function measureQuizNext({ baseURL, rounds = 3 }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const { context, page } = await interactivePage(browser, new URL('/quiz', baseURL).href);
      const form = page.getByRole('form', { name: /^Go or Rust\?/ });
      const next = page.getByRole('button', { name: 'Next', exact: true });
      for (let step = 0; step < 9; step++) {
        await form.getByRole('radio').first().check();
        await next.scrollIntoViewIfNeeded();
        const box = await next.boundingBox();
        // The choice's own entries arrive after its paint: let them, so they are not counted as Next's.
        await settle(page);
        samples.push(
          await timeInteraction(page, () =>
            page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
          ),
        );
        await page.getByText(new RegExp(`^Question ${step + 2} of \\d+$`)).waitFor();
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { median: median(samples), p95: percentile(samples, 95), samples };
}

const WORDS = ['safety', 'cargo', 'salary', 'async', 'binary'];

/** Event Timing latency of each keystroke typed into (and erased from) the grid's filter, CPU 4× slower. */
export async function measureFilterKeys({ baseURL }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples = [];
  try {
    const { context, page } = await interactivePage(browser, new URL('/compare', baseURL).href);
    const filter = page.getByRole('searchbox');
    await filter.focus();
    // Keys go to the focused field as raw input (page.keyboard), for the reason given at measureQuizNext.
    for (const word of WORDS) {
      for (const key of word)
        samples.push(await timeInteraction(page, () => page.keyboard.press(key)));
      if ((await filter.inputValue()) !== word) throw new Error(`the filter did not get "${word}"`);
      for (let i = 0; i < word.length; i++)
        samples.push(await timeInteraction(page, () => page.keyboard.press('Backspace')));
      if ((await filter.inputValue()) !== '') throw new Error('the filter was not emptied');
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return { median: median(samples), p95: percentile(samples, 95), samples };
}
