import type { Page } from '@playwright/test';
import { axeViolations, dropAbortedLoads, expect, test, waitForHydration } from './fixtures';

// Parts that load on demand recover from one failed download, without a reload. The chart journey is in
// salaries.spec.ts. A service worker would answer from its cache where page.route cannot see.
test.use({ serviceWorkers: 'block' });

/** Makes the network drop the first download of a chunk, then lets every later one through. */
async function dropFirstDownload(page: Page, chunk: RegExp): Promise<string[]> {
  const requested: string[] = [];
  let seen = 0;
  await page.route(chunk, (route) => {
    requested.push(route.request().url());
    return seen++ === 0 ? route.abort() : route.continue();
  });
  return requested;
}

const CSV_FAILED = 'The CSV export did not download';

test('a CSV export that fails to download says so, and the next press downloads it', async ({
  page,
  consoleErrors,
}) => {
  const requested = await dropFirstDownload(page, /\/assets\/export-csv-[\w-]+\.js(\?|$)/);
  await page.goto('/compare?group=safety');
  await waitForHydration(page);
  const download = page.getByRole('button', { name: 'Download CSV' });

  await download.click();
  await expect(page.getByRole('status').filter({ hasText: CSV_FAILED })).toBeVisible();
  await expect(page.getByText(CSV_FAILED)).toHaveCount(1);
  await expect(download).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('go-vs-rust-comparison.csv');
  await expect(page.getByText(CSV_FAILED)).toHaveCount(0);
  expect(requested).toHaveLength(2);

  dropAbortedLoads(consoleErrors);
});

test('personal rows that fail to download come back on the next visit to the grid', async ({
  page,
  consoleErrors,
}) => {
  await page.addInitScript(() => {
    const state = { answers: { build: 'backend' }, important: [], step: 0, previous: null };
    window.localStorage.setItem('go-or-rust:quiz', JSON.stringify({ state, version: 2 }));
  });
  const requested = await dropFirstDownload(page, /\/assets\/personal-rows-[\w-]+\.js(\?|$)/);
  await page.goto('/compare');
  await waitForHydration(page);
  await expect.poll(() => requested.length).toBe(1);
  // Without them the grid works in full, with no "For you" column.
  await page.getByRole('searchbox', { name: 'Filter categories' }).fill('cargo');
  await expect(page.locator('#compare-count')).toHaveText('2 of 19 categories');
  await expect(page.getByRole('columnheader', { name: 'For you' })).toHaveCount(0);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Guide' }).click();
  await expect(page).toHaveURL(/\/$/);
  await nav.getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('columnheader', { name: 'For you' })).toBeVisible();
  expect(requested).toHaveLength(2);

  dropAbortedLoads(consoleErrors);
});
