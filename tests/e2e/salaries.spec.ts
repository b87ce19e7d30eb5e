import type { Locator, Page } from '@playwright/test';
import { axeViolations, dropAbortedLoads, expect, test, waitForHydration } from './fixtures';

// The article's own figures, typed from the article as the oracle the page must match.
const ARTICLE_FIGURES = [
  '477',
  '250',
  '101',
  '35',
  '$165,437',
  '$196,266',
  '$249,000',
  '$212k',
  '$250k',
];
// A retry asks for the same file under a fresh query string.
const CHART_CHUNK = /\/assets\/salary-charts-[\w-]+\.js(\?retry=\d+)?$/;

// These journeys watch and block the chart download itself. A service worker that has already cached the chunk
// would answer those requests where page.route cannot see them, so it stays off here (offline.spec.ts covers it).
test.use({ serviceWorkers: 'block' });

function chartSection(page: Page, title: string | RegExp): Locator {
  return page.locator('section.chart-section').filter({
    has: page.getByRole('heading', { level: 2, name: title }),
  });
}

/** Scrolls a chart into view and waits for recharts to draw its bars. */
async function drawnChart(page: Page, title: string | RegExp): Promise<Locator> {
  const section = chartSection(page, title);
  await section.scrollIntoViewIfNeeded();
  const svg = section.locator('svg.recharts-surface');
  await expect(svg).toBeVisible();
  return section;
}

test('the prerendered page carries every figure and no chart code', async ({ page }) => {
  const response = await page.goto('/salaries');
  const html = (await response?.text()) ?? '';
  for (const figure of [...ARTICLE_FIGURES, '$30,829', '+18.6%', '1.9×', 'not reported'])
    expect(html).toContain(figure);
  expect(html).not.toMatch(/salary-charts|recharts/);
  await waitForHydration(page);
});

test('the chart code is requested only after the page has loaded', async ({ page }) => {
  await page.goto('/salaries');
  await waitForHydration(page);
  await drawnChart(page, 'Open roles');
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const chart = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/assets/salary-charts-'));
    return { loadEnd: nav.loadEventEnd, chartStart: chart?.startTime ?? -1 };
  });
  expect(timing.chartStart).toBeGreaterThanOrEqual(timing.loadEnd);
});

test('every chart draws its bars in the production build', async ({ page }) => {
  await page.goto('/salaries');
  await waitForHydration(page);

  const openings = await drawnChart(page, 'Open roles');
  await expect(openings.locator('.recharts-bar-rectangle rect')).toHaveCount(4);
  for (const value of ['477', '250', '101', '35'])
    await expect(openings.locator('svg').getByText(value, { exact: true })).toBeVisible();

  const senior = await drawnChart(page, 'Senior median pay');
  await expect(senior.locator('.recharts-bar-rectangle rect')).toHaveCount(2);
  await expect(senior.locator('svg').getByText('n = 101 postings')).toBeVisible();
  await expect(senior.locator('svg').getByText('n = 35 postings · small sample')).toBeVisible();

  const ladder = await drawnChart(page, /career ladder/);
  await expect(ladder.locator('.recharts-bar-rectangle rect')).toHaveCount(5);
  await expect(ladder.locator('svg').getByText('Go: not reported')).toHaveCount(2);
  await expect(ladder.locator('svg').getByText('Rust: not reported')).toHaveCount(1);
  // Bars have real size: recharts did lay them out (polled: the bars grow in over an animation).
  await expect
    .poll(async () => {
      const widths = await ladder
        .locator('.recharts-bar-rectangle rect')
        .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
      return Math.min(...widths);
    })
    .toBeGreaterThan(20);
});

test('hovering a bar shows its values in a tooltip', async ({ page }) => {
  await page.goto('/salaries');
  await waitForHydration(page);
  const senior = await drawnChart(page, 'Senior median pay');
  await senior.locator('.recharts-bar-rectangle rect').nth(1).hover();
  const tooltip = senior.locator('.salary-tooltip');
  await expect(tooltip).toContainText('Rust, senior');
  await expect(tooltip).toContainText('$196,266 median');
  await expect(tooltip).toContainText('n = 35 postings · small sample');

  const ladder = await drawnChart(page, /career ladder/);
  // Bars come series by series: Go's senior and manager bars, then Rust's three.
  await ladder.locator('.recharts-bar-rectangle rect').nth(1).hover();
  await expect(ladder.locator('.salary-tooltip')).toContainText('Manager');
  await expect(ladder.locator('.salary-tooltip')).toContainText('Go: $212k peak');
  await expect(ladder.locator('.salary-tooltip')).toContainText('Rust: not reported');
});

test('the keyboard reaches each chart and the arrows step through the bars', async ({ page }) => {
  await page.goto('/salaries');
  await waitForHydration(page);
  const ladder = await drawnChart(page, /career ladder/);
  const svg = ladder.locator('svg.recharts-surface');
  // Tab from the legend-side toggle before it lands on the chart.
  await chartSection(page, 'Senior median pay')
    .getByRole('button', { name: 'Show as table' })
    .focus();
  await page.keyboard.press('Tab');
  await expect(svg).toBeFocused();
  const tooltip = ladder.locator('.salary-tooltip');
  await expect(tooltip).toContainText('Senior');
  await expect(tooltip).toContainText('Go: $165,437 median · n = 101 postings');
  await page.keyboard.press('ArrowDown');
  await expect(tooltip).toContainText('Lead');
  await expect(tooltip).toContainText('Rust: $249,000 median · sample size not reported');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toContainText('Manager');
  await page.keyboard.press('ArrowUp');
  await expect(tooltip).toContainText('Lead');
});

test('"Show as table" shows the same numbers the chart draws', async ({ page }) => {
  await page.goto('/salaries');
  await waitForHydration(page);
  const ladder = await drawnChart(page, /career ladder/);
  const labels = await ladder.locator('.salary-chart__value').allTextContents();
  const toggle = ladder.getByRole('button', { name: 'Show as table' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(ladder.getByRole('button', { name: 'Hide table' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const table = ladder.getByRole('table', { name: /career level/ });
  await expect(table).toBeVisible();
  const tableText = (await table.textContent()) ?? '';
  const chartValues = labels.map((label) => label.replace(/(peak|unstated)$/, ''));
  expect(chartValues.sort()).toEqual(['$165,437', '$196,266', '$212k', '$249,000', '$250k']);
  for (const value of chartValues) expect(tableText).toContain(value);
  await expect(table.getByRole('cell', { name: 'not reported', exact: true })).toHaveCount(3);

  const openings = chartSection(page, 'Open roles');
  await openings.getByRole('button', { name: 'Show as table' }).click();
  const rows = openings.getByRole('table').getByRole('row');
  await expect(rows).toHaveText([
    /Count\s*Go\s*Rust/,
    /All open roles\s*477 openings\s*250 openings/,
    /Senior postings\s*101 openings\s*35 openings/,
  ]);
});

test('every figure on screen is one the article gives', async ({ page }) => {
  await page.goto('/salaries');
  await waitForHydration(page);
  const main = page.getByRole('main');
  for (const figure of ARTICLE_FIGURES) await expect(main).toContainText(figure);
  const money = (await main.innerText()).match(/\$[\d,]+k?/g) ?? [];
  const allowed = new Set([
    '$165,437',
    '$196,266',
    '$249,000',
    '$212k',
    '$250k',
    '$30,829',
    '$0',
    '$100k',
    '$200k',
    '$300k',
    '$400k',
  ]);
  expect([...new Set(money)].filter((m) => !allowed.has(m))).toEqual([]);
});

test('if the chart code fails to load, the figures stay, one message says so, and Retry brings the charts', async ({
  page,
  consoleErrors,
}) => {
  // The network drops the chart download once, then is back.
  const requested: string[] = [];
  page.on('request', (request) => {
    if (CHART_CHUNK.test(request.url())) requested.push(request.url());
  });
  let blocked = 0;
  await page.route(CHART_CHUNK, (route) => (blocked++ === 0 ? route.abort() : route.continue()));
  await page.goto('/salaries');
  await waitForHydration(page);
  const openings = chartSection(page, 'Open roles');
  await openings.scrollIntoViewIfNeeded();
  await expect(openings.getByRole('status')).toContainText('The chart did not download');
  await expect(openings.locator('.chart-summary')).toContainText('Go 477');
  await expect(openings.locator('.chart-summary')).toContainText('Rust 250');
  expect(await openings.locator('svg.recharts-surface').count()).toBe(0);
  // The three charts share one download: one failure, one message and one Retry on the page.
  await expect(page.getByText('The chart did not download')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  await openings.getByRole('button', { name: 'Retry' }).click();
  await expect(openings.locator('.recharts-bar-rectangle rect')).toHaveCount(4);
  await expect(page.getByText('The chart did not download')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  const ladder = await drawnChart(page, /career ladder/);
  await expect(ladder.locator('.recharts-bar-rectangle rect')).toHaveCount(5);
  await expect(page.getByText('The chart did not download')).toHaveCount(0);
  // Retry really went to the network again, once, for the whole page.
  expect(requested).toHaveLength(2);

  // The aborted download is the one expected console error; anything else fails the test.
  dropAbortedLoads(consoleErrors);
});

test('nothing shifts when the charts arrive', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/salaries');
  await waitForHydration(page);
  const boxes = page.locator('.chart-box');
  const before = await boxes.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height),
  );
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await drawnChart(page, 'Open roles');
  await drawnChart(page, 'Senior median pay');
  await drawnChart(page, /career ladder/);
  const after = await boxes.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height),
  );
  expect(after).toEqual(before);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(pageHeight);
  expect(
    await page.evaluate(() => (window as unknown as { __cls: number }).__cls),
  ).toBeLessThanOrEqual(0.02);
});

test('without JavaScript the figures and the ladder gaps are all readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/salaries');
  const main = page.getByRole('main');
  for (const figure of ARTICLE_FIGURES) await expect(main).toContainText(figure);
  await expect(chartSection(page, /career ladder/).locator('.chart-summary')).toContainText(
    'Go not reported',
  );
  await context.close();
});

test('at 375px the page reads without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/salaries');
  await waitForHydration(page);
  for (const title of ['Open roles', 'Senior median pay', /career ladder/]) {
    const section = await drawnChart(page, title);
    await section.getByRole('button', { name: 'Show as table' }).click();
    const table = section.getByRole('table');
    const box = await table.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const toggle = chartSection(page, 'Open roles').getByRole('button', { name: 'Hide table' });
  expect((await toggle.boundingBox())?.height).toBeGreaterThanOrEqual(44);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the charts and tables shown, ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/salaries');
    await waitForHydration(page);
    for (const title of ['Open roles', 'Senior median pay', /career ladder/]) {
      const section = await drawnChart(page, title);
      await section.getByRole('button', { name: 'Show as table' }).click();
    }
    await chartSection(page, /career ladder/)
      .locator('.recharts-bar-rectangle rect')
      .first()
      .hover();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('charts respect reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/salaries');
  await waitForHydration(page);
  const ladder = await drawnChart(page, /career ladder/);
  // Without animation the bars are at full width on their first frame.
  const first = await ladder
    .locator('.recharts-bar-rectangle rect')
    .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  await page.waitForTimeout(600);
  const later = await ladder
    .locator('.recharts-bar-rectangle rect')
    .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  expect(first).toEqual(later);
});
