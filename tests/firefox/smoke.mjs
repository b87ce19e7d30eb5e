/* global console, process, document, window, Navigator, URL, Blob, setTimeout */
// Firefox smoke journeys: the production build in a second engine (Debian's Firefox ESR), driven by
// puppeteer-core over WebDriver BiDi. Never downloads a browser. Run `npm run build` first.
// Usage: npm run test:firefox   (FIREFOX_PATH and DIST_DIR override the defaults)
import { existsSync } from 'node:fs';
import http from 'node:http';
import puppeteer from 'puppeteer-core';
import { createStaticServer } from '../../scripts/static-server.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const DIST = process.env.DIST_DIR ?? 'dist';
const STEP_TIMEOUT = 20_000;
const CHART_CHUNK = /\/assets\/salary-charts-[\w-]+\.js(\?|$)/;

if (!existsSync(FIREFOX)) {
  console.error(
    `No Firefox at ${FIREFOX}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
  );
  process.exit(1);
}
if (!existsSync(`${DIST}/index.html`)) {
  console.error(`No production build in ${DIST}/: run \`npm run build\` first.`);
  process.exit(1);
}

// The static server the e2e suite uses (same headers, same CSP), behind a switch that can make the
// network drop the page's next chart download once.
const statics = createStaticServer({ root: DIST });
const serveStatic = statics.listeners('request')[0];
let dropNextChart = false;
const server = http.createServer((req, res) => {
  // Only the page's module load: the service worker's precache asks with Sec-Fetch-Dest: empty.
  if (
    dropNextChart &&
    CHART_CHUNK.test(req.url ?? '') &&
    req.headers['sec-fetch-dest'] === 'script'
  ) {
    dropNextChart = false;
    res.writeHead(503, { 'Content-Type': 'text/plain' });
    res.end('Service unavailable');
    return;
  }
  serveStatic(req, res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const BASE = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;

class Failure extends Error {}
const check = (ok, message) => {
  if (!ok) throw new Failure(message);
};

/**
 * Waits for a condition in the page; on timeout, fails with the given description. Polls with
 * `evaluate` from here: Firefox 140 applies the page's CSP to puppeteer's `waitForFunction`, which
 * builds its poller with `new Function` and is refused under our `script-src`.
 */
async function until(page, description, fn, ...args) {
  const deadline = Date.now() + STEP_TIMEOUT;
  let lastError = null;
  for (;;) {
    // A navigation in flight can destroy the context mid-call: treat that as "not yet", but keep the
    // error, so a check that is itself broken says why when the wait runs out.
    const done = await page.evaluate(fn, ...args).then(
      (value) => {
        lastError = null;
        return value;
      },
      (error) => {
        lastError = error;
        return false;
      },
    );
    if (done) return;
    if (Date.now() > deadline) {
      const why = lastError ? ` (last error: ${lastError.message})` : '';
      throw new Failure(`timed out waiting for ${description}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const waitForHydration = (page) =>
  until(page, 'React to hydrate the page', () => {
    const root = document.getElementById('root');
    return !!root && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });

/** Clicks the button whose text is exactly `text` (a real click, through the browser's input). */
async function clickButton(page, text, within = 'body') {
  const handle = await page.evaluateHandle(
    (label, scope) =>
      [...document.querySelectorAll(`${scope} button`)].find(
        (b) => b.textContent?.trim() === label,
      ) ?? null,
    text,
    within,
  );
  const button = handle.asElement();
  check(button, `no "${text}" button`);
  await button.click();
}

/**
 * A page in a fresh browser context that records console errors and warnings, uncaught errors and CSP
 * violations (reported from the page itself: the engine's own CSP reports may not reach the console).
 */
async function openPage(browser, { serviceWorker = true } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.evaluateOnNewDocument((withWorker) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
    // Like Playwright's serviceWorkers: 'block', for a journey that must see the page's own requests.
    if (!withWorker) delete Navigator.prototype.serviceWorker;
  }, serviceWorker);
  return { page, problems, close: () => context.close() };
}

async function quizToResult(page) {
  await page.goto(`${BASE}/quiz`, { waitUntil: 'load' });
  await waitForHydration(page);
  await until(
    page,
    'the saved answers to load',
    () => document.querySelector('form[aria-busy="false"]') !== null,
  );
  for (let step = 1; step <= 10; step++) {
    await until(
      page,
      `question ${step} of 10`,
      (n) => document.body.innerText.includes(`Question ${n} of 10`),
      step,
    );
    const radio = await page.waitForSelector('form input[type="radio"]');
    await radio.click();
    await clickButton(page, step === 10 ? 'See my result' : 'Next');
  }
  await until(page, 'the result page', () => window.location.pathname === '/quiz/result');
  await until(page, 'the result heading', () =>
    /^Learn (Go|Rust)$|^Close call/.test(document.querySelector('h1')?.textContent?.trim() ?? ''),
  );
}

async function gridFilter(page) {
  await page.goto(`${BASE}/compare`, { waitUntil: 'load' });
  await waitForHydration(page);
  await page.type('#compare-filter', 'cargo');
  await until(
    page,
    '"2 of 19 categories"',
    () => document.querySelector('#compare-count')?.textContent?.trim() === '2 of 19 categories',
  );
  const rows = await page.$$eval('table th[scope="row"]', (cells) =>
    cells.map((cell) => cell.textContent?.trim()),
  );
  check(
    rows.join(' | ') === 'Ecosystem maturity | Package manager and tooling',
    `unexpected rows: ${rows.join(' | ')}`,
  );
  const marked = await page.$eval('table mark', (mark) => mark.textContent);
  check(marked?.toLowerCase() === 'cargo', `the match is not highlighted (${marked})`);
  await until(page, 'the filter in the address', () => window.location.search === '?q=cargo');
}

/** Scrolls each chart into view and waits for its bars. */
async function drawCharts(page, expectedBars = [4, 2, 5]) {
  const sections = await page.$$('section.chart-section');
  check(sections.length === expectedBars.length, `${sections.length} chart sections`);
  for (const [i, bars] of expectedBars.entries()) {
    await sections[i].scrollIntoView();
    await until(
      page,
      `chart ${i + 1} to draw ${bars} bars`,
      (index, count) => {
        const section = document.querySelectorAll('section.chart-section').item(index);
        return section?.querySelectorAll('.recharts-bar-rectangle rect').length === count;
      },
      i,
      bars,
    );
  }
}

async function chartsDrawn(page) {
  await page.goto(`${BASE}/salaries`, { waitUntil: 'load' });
  await waitForHydration(page);
  await drawCharts(page);
}

// Firefox keeps a failed import() per address for the page's life: this is where Retry must re-fetch.
async function chartRetry(page, problems) {
  dropNextChart = true;
  await page.goto(`${BASE}/salaries`, { waitUntil: 'load' });
  await waitForHydration(page);
  const first = await page.$('section.chart-section');
  await first.scrollIntoView();
  const failed = 'The chart did not download';
  await until(
    page,
    'the failure message',
    (text) => document.body.innerText.includes(text),
    failed,
  );
  const copies = await page.evaluate(
    (text) => document.body.innerText.split(text).length - 1,
    failed,
  );
  check(copies === 1, `the failure is told ${copies} times`);
  check(!dropNextChart, 'the chart download was never dropped');
  await clickButton(page, 'Retry', 'section.chart-section');
  await drawCharts(page);
  check(
    !(await page.evaluate(() => document.body.innerText.includes('did not download'))),
    'message left',
  );
  // The dropped download is the one expected error; anything else still fails.
  const expected = problems.filter((p) => /salary-charts|dynamically imported module/.test(p));
  check(expected.length > 0, 'the dropped download left no trace in the console');
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)));
}

// Canvas 2D and its PNG encoding in a second engine: the PNG handed to the download is read back from the page.
async function saveAsImage(page) {
  await page.evaluateOnNewDocument(() => {
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      window.__savedBlob = blob;
      return create(blob);
    };
  });
  await quizToResult(page);
  await clickButton(page, 'Save as image');
  await until(page, 'the picture to be saved', () => window.__savedBlob instanceof Blob);
  const png = await page.evaluate(async () => {
    const bytes = new Uint8Array(await window.__savedBlob.arrayBuffer());
    const view = new DataView(bytes.buffer);
    return {
      type: window.__savedBlob.type,
      signature: [...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join(''),
      width: view.getUint32(16),
      height: view.getUint32(20),
    };
  });
  check(png.type === 'image/png' && png.signature === 'PNG', `not a PNG: ${JSON.stringify(png)}`);
  check(png.width >= 1080 && png.height >= 560, `too small: ${png.width}×${png.height}`);
  await until(page, 'the saved status', () => /saved/i.test(document.body.innerText));
}

/**
 * A real click on an element inside the page's only iframe, through the top page's mouse. Firefox 140
 * refuses the locator puppeteer uses to find a frame's element (`locateNodes` by "context"), so the
 * point is worked out here: the iframe's box in the page plus the element's box in the frame.
 */
async function clickInFrame(page, frame, selector, text = null) {
  const box = await frame.evaluate(
    (css, label) => {
      const element = [...document.querySelectorAll(css)].find(
        (e) => label === null || e.textContent?.trim() === label,
      );
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const r = element.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    selector,
    text,
  );
  check(box, `no ${selector}${text === null ? '' : ` "${text}"`} in the frame`);
  const origin = await page.evaluate(() => {
    const iframe = document.querySelector('iframe');
    iframe.scrollIntoView({ block: 'nearest' });
    const r = iframe.getBoundingClientRect();
    return { x: r.x + iframe.clientLeft, y: r.y + iframe.clientTop };
  });
  await page.mouse.click(origin.x + box.x, origin.y + box.y);
}

// The quiz inside /embed's live preview frame, to its result and the link out of the frame.
async function framedQuiz(page) {
  await page.goto(`${BASE}/embed`, { waitUntil: 'load' });
  await waitForHydration(page);
  await until(page, 'the preview frame', () => document.querySelector('iframe') !== null);
  let frame = null;
  for (let i = 0; i < 100 && !frame; i++) {
    frame = page.frames().find((f) => f.url().includes('/embed/quiz')) ?? null;
    if (!frame) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  check(frame, 'no frame holds /embed/quiz');
  await until(frame, 'the framed quiz to hydrate', () => {
    const root = document.getElementById('root');
    return !!root && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
  for (let step = 1; step <= 10; step++) {
    await until(
      frame,
      `question ${step} of 10 in the frame`,
      (n) => document.body.innerText.includes(`Question ${n} of 10`),
      step,
    );
    await clickInFrame(page, frame, 'form input[type="radio"]');
    await clickInFrame(page, frame, 'button', step === 10 ? 'See my result' : 'Next');
  }
  await until(frame, 'the link to the full result', () =>
    [...document.querySelectorAll('a[target="_blank"]')].some((a) =>
      /\/quiz\/result(\/[a-z-]+)?\?a=/.test(a.getAttribute('href') ?? ''),
    ),
  );
}

const JOURNEYS = [
  ['the quiz reaches its result', quizToResult],
  ['the grid filter on /compare', gridFilter],
  ['the charts draw on /salaries', chartsDrawn],
  [
    'a failed chart download is told once and Retry draws the charts',
    chartRetry,
    { serviceWorker: false },
  ],
  ['Save as image makes a PNG', saveAsImage],
  ['the quiz runs to its result in the /embed preview frame', framedQuiz],
];

let passed = 0;
let failed = 0;
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  protocol: 'webDriverBiDi',
});
console.log(`${await browser.version()} on ${BASE}`);
try {
  for (const [name, journey, options] of JOURNEYS) {
    const { page, problems, close } = await openPage(browser, options);
    try {
      await journey(page, problems);
      check(
        problems.length === 0,
        `console errors or CSP violations:\n    ${problems.join('\n    ')}`,
      );
      passed++;
      console.log(`ok ${passed + failed} - ${name}`);
    } catch (error) {
      failed++;
      console.log(
        `not ok ${passed + failed} - ${name}: ${error instanceof Error ? error.message : error}`,
      );
      if (!(error instanceof Failure) && error instanceof Error) console.log(error.stack);
    } finally {
      await close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
