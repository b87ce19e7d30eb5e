import type { Page } from '@playwright/test';
import { axeViolations, expect, test, waitForHydration } from './fixtures';

const TOTAL = 19;

async function openCompare(page: Page, search = '') {
  await page.goto(`/compare${search}`);
  await waitForHydration(page);
}

const rowHeaders = (page: Page) => page.getByRole('table').getByRole('rowheader');
const filterBox = (page: Page) => page.getByRole('searchbox', { name: 'Filter categories' });
const countText = (page: Page) => page.locator('#compare-count');

test('the prerendered page holds the full table before any script runs', async ({ page }) => {
  const response = await page.request.get('/compare');
  const html = await response.text();
  expect(html).toContain('<caption>');
  expect(html.match(/<th scope="row"/g)).toHaveLength(TOTAL);
  await openCompare(page);
  await expect(rowHeaders(page)).toHaveCount(TOTAL);
});

test('typing filters the rows, highlights matches, and a reload keeps the view', async ({
  page,
}) => {
  await openCompare(page);
  await filterBox(page).fill('cargo');
  await expect(countText(page)).toHaveText(`2 of ${TOTAL} categories`);
  await expect(rowHeaders(page)).toHaveText(['Ecosystem maturity', 'Package manager and tooling']);
  await expect(page.getByRole('table').locator('mark').first()).toHaveText('Cargo');
  await expect(page).toHaveURL(/\/compare\?q=cargo$/);
  await page.reload();
  await waitForHydration(page);
  await expect(filterBox(page)).toHaveValue('cargo');
  await expect(rowHeaders(page)).toHaveCount(2);
});

test('a column header sorts, a second click reverses, and the URL keeps it', async ({ page }) => {
  await openCompare(page);
  const header = page.getByRole('columnheader', { name: 'Category' });
  await page.getByRole('button', { name: 'Category' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(rowHeaders(page).first()).toHaveText('Binary size');
  await page.getByRole('button', { name: 'Category' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(rowHeaders(page).first()).toHaveText('WebAssembly');
  await expect(page.locator('th[aria-sort]')).toHaveCount(1);
  await page.reload();
  await waitForHydration(page);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(rowHeaders(page).first()).toHaveText('WebAssembly');
});

test('back and forward step through facet and sort changes', async ({ page }) => {
  await openCompare(page);
  await page.getByRole('checkbox', { name: /^Safety/ }).check();
  await expect(rowHeaders(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Our reading' }).click();
  await expect(page).toHaveURL(/group=safety&sort=edge/);
  await page.goBack();
  await expect(page).toHaveURL(/\?group=safety$/);
  await expect(page.getByRole('columnheader', { name: 'Our reading' })).not.toHaveAttribute(
    'aria-sort',
  );
  await page.goBack();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(rowHeaders(page)).toHaveCount(TOTAL);
  await expect(page.getByRole('checkbox', { name: /^Safety/ })).not.toBeChecked();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Safety/ })).toBeChecked();
  await expect(rowHeaders(page)).toHaveCount(2);
});

test('back straight after a change, before the grid has caught up, still shows that entry', async ({
  page,
}) => {
  await openCompare(page);
  await page.getByRole('checkbox', { name: /^Safety/ }).check();
  await expect(page).toHaveURL(/\?group=safety$/);
  // Sort and step back within the same moment, so the router never renders the sorted entry.
  await page.evaluate(async () => {
    const before = window.location.search;
    document.querySelector<HTMLButtonElement>('th.compare-col--reading button')?.click();
    while (window.location.search === before) await Promise.resolve();
    history.back();
  });
  await expect(page).toHaveURL(/\?group=safety$/);
  await expect(page.getByRole('columnheader', { name: 'Our reading' })).not.toHaveAttribute(
    'aria-sort',
  );
  await expect(page.locator('th[aria-sort]')).toHaveCount(0);
  await page.evaluate(async () => {
    document.querySelector<HTMLInputElement>('input[type="checkbox"]:checked')?.click();
    while (window.location.search !== '') await Promise.resolve();
    history.back();
  });
  await expect(page).toHaveURL(/\?group=safety$/);
  await expect(page.getByRole('checkbox', { name: /^Safety/ })).toBeChecked();
  await expect(rowHeaders(page)).toHaveCount(2);
});

test('a pasted link reproduces the view and explains what it ignored', async ({ page }) => {
  await openCompare(page, '?q=open&edge=go,rust&sort=category&dir=desc&colour=red');
  await expect(filterBox(page)).toHaveValue('open');
  await expect(rowHeaders(page)).toHaveText(['Job availability (2026)', 'Growth outlook']);
  await expect(page.getByRole('checkbox', { name: /^Edge to Go/ })).toBeChecked();
  await expect(page.getByText('Ignored the unknown setting “colour”.')).toBeVisible();
});

test('an empty result offers to clear the filters', async ({ page }) => {
  await openCompare(page, '?q=cobol');
  await expect(page.getByRole('heading', { name: 'No category matches' })).toBeVisible();
  await page.locator('.compare-empty').getByRole('button', { name: 'Clear filters' }).click();
  await expect(rowHeaders(page)).toHaveCount(TOTAL);
  await expect(page).toHaveURL(/\/compare$/);
});

test('a row= link from the quiz result scrolls to, highlights and focuses that row', async ({
  page,
}) => {
  await openCompare(page, '?row=team-onboarding');
  const row = page.getByRole('row', { name: /Team size and onboarding/ });
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();
  await expect(row.getByText('From your result')).toBeVisible();
});

test('everything works from the keyboard alone', async ({ page }) => {
  await openCompare(page);
  await filterBox(page).focus();
  await page.keyboard.type('rust');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /^Career/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /^Career/ })).toBeChecked();
  const sortButton = page.getByRole('button', { name: 'Group' });
  for (
    let i = 0;
    i < 20 && !(await sortButton.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(sortButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Group' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page).toHaveURL(/q=rust&group=career&sort=group/);
});

test('the CSV download holds the rows of the current view', async ({ page }) => {
  await openCompare(page, '?group=safety');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('go-vs-rust-comparison.csv');
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^"Category","Group","Go","Rust","Our reading"/);
  expect(lines.slice(1).map((line) => line.split('","')[0])).toEqual([
    '"Memory safety',
    '"Security-critical services',
  ]);
});

test('the header row stays visible while scrolling the wide table', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openCompare(page);
  await page.getByRole('row', { name: /Team size and onboarding/ }).scrollIntoViewIfNeeded();
  const top = await page
    .getByRole('columnheader', { name: 'Category' })
    .evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(2);
});

// Answers as the quiz stores them (zustand persist, store version 2).
async function seedQuizAnswers(page: Page) {
  await page.addInitScript(() => {
    const state = {
      answers: { build: 'backend', speed: 'critical' },
      important: [],
      step: 0,
      previous: null,
    };
    window.localStorage.setItem('go-or-rust:quiz', JSON.stringify({ state, version: 2 }));
  });
}

test('with quiz answers, the rows behind the result show their points and sort first', async ({
  page,
}) => {
  await seedQuizAnswers(page);
  await openCompare(page);
  const forYou = page.getByRole('columnheader', { name: 'For you' });
  await expect(forYou).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to your result' })).toHaveAttribute(
    'href',
    '/quiz/result',
  );
  const useCases = page.getByRole('row', { name: /Main use cases/ });
  await expect(useCases.getByRole('cell', { name: /towards Go/ })).toBeVisible();
  const performance = page.getByRole('row', { name: /Performance and speed/ });
  await expect(performance.getByRole('cell', { name: /towards Rust/ })).toBeVisible();
  await page.getByRole('button', { name: 'For you' }).click();
  await expect(forYou).toHaveAttribute('aria-sort', 'descending');
  const firstTwo = await rowHeaders(page).evaluateAll((cells) =>
    cells.slice(0, 2).map((cell) => cell.textContent),
  );
  expect(firstTwo.sort()).toEqual(['Main use cases', 'Performance and speed']);
  expect(await axeViolations(page)).toEqual([]);
});

test('a reason on the result page links to its highlighted row here', async ({ page }) => {
  await seedQuizAnswers(page);
  await page.goto('/quiz/result');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Compare: Performance and speed' }).click();
  await expect(page).toHaveURL(/\/compare\?row=performance$/);
  const row = page.getByRole('row', { name: /Performance and speed/ });
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();
  await expect(row.getByText('From your result')).toBeVisible();
});

test('no width between phone and desktop scrolls sideways', async ({ page }) => {
  await seedQuizAnswers(page);
  await openCompare(page);
  await expect(page.getByRole('columnheader', { name: 'For you' })).toBeAttached();
  for (const width of [320, 375, 600, 800, 960, 1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways scroll at ${width}px`).toBeLessThanOrEqual(0);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with a filter applied (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openCompare(page, '?q=go&edge=go,even&sort=edge&row=learning-curve');
    await expect(rowHeaders(page).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`at 375px rows become cards with no sideways scroll, axe clean (${colorScheme})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme });
    await openCompare(page, '?q=safe');
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const card = page.getByRole('row', { name: /Memory safety/ });
    const box = await card.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    await expect(card.getByText('Checked by the compiler', { exact: false })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
