import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { serveBuildCopy } from './build-copy';
import type { BuildCopy } from './build-copy';
import { dropAbortedLoads, expect, test, waitForHydration, waitForQuiz } from './fixtures';

const UNAVAILABLE = /not letting this site save anything/;

/** Answers every question with its first option and opens the result. */
async function finishQuiz(page: Page) {
  for (let step = 1; step <= 10; step++) {
    await expect(page.getByText(`Question ${step} of 10`)).toBeVisible();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: step === 10 ? 'See my result' : 'Next' }).click();
  }
  await expect(page).toHaveURL(/\/quiz\/result$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Learn (Go|Rust)$|^Close call/);
}

test.describe('storage that throws on every access', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('the quiz still reaches a result and says progress is not kept', async ({ page }) => {
    await page.goto('/quiz');
    await waitForHydration(page);
    await expect(page.getByRole('status').filter({ hasText: UNAVAILABLE })).toBeVisible();
    await finishQuiz(page);
  });

  test('the grid filters and the charts draw', async ({ page }) => {
    await page.goto('/compare');
    await waitForHydration(page);
    await page.getByRole('searchbox', { name: 'Filter categories' }).fill('memory');
    await expect(page.getByText(/\d+ of \d+ categories/)).toHaveText(/^[1-3] of \d+ categories/);
    await page.goto('/salaries');
    await waitForHydration(page);
    // Charts draw when they come near the viewport.
    await page.locator('section.chart-section').first().scrollIntoViewIfNeeded();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 15_000 });
  });

  test('the theme toggle still works for the page view', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

test('a full storage (quota exceeded on write) keeps every answer while the tab is open', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/quiz');
  await waitForHydration(page);
  const picks: string[] = [];
  for (let step = 1; step <= 3; step++) {
    // Read the option only once this step's question is on screen.
    await expect(page.getByText(`Question ${step} of 10`)).toBeVisible();
    const radio = page.getByRole('radio').nth(1);
    picks.push((await radio.getAttribute('value')) ?? '');
    await radio.check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('status').filter({ hasText: UNAVAILABLE })).toBeVisible();
  for (let step = 3; step >= 1; step--) {
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByText(`Question ${step} of 10`)).toBeVisible();
    await expect(page.locator(`input[type=radio][value="${picks[step - 1]}"]`)).toBeChecked();
  }
});

test('a corrupted saved quiz gives a clean start and a notice, never a crash', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        'go-or-rust:quiz',
        '{"state":{"answers":{"__proto__":{"x":1}},"step":"NaN"',
      );
    }
  });
  await page.goto('/quiz');
  await waitForHydration(page);
  await expect(page.getByText(/could not be read, so the quiz has started fresh/)).toBeVisible();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await finishQuiz(page);
});

test('back, forward and reload at every step keep the answers', async ({ page }) => {
  await page.goto('/quiz');
  await waitForQuiz(page);
  for (let step = 1; step <= 10; step++) {
    await expect(page.getByText(`Question ${step} of 10`)).toBeVisible();
    await page.getByRole('radio').last().check();
    await page.reload();
    await waitForQuiz(page);
    await expect(page.getByText(`Question ${step} of 10`)).toBeVisible();
    await expect(page.getByRole('radio').last()).toBeChecked();
    await page.getByRole('button', { name: step === 10 ? 'See my result' : 'Next' }).click();
  }
  await expect(page).toHaveURL(/\/quiz\/result$/);
  // The URL changes before the result page has rendered: read the heading once it is the result's.
  const resultHeading = page.getByRole('heading', { level: 1 });
  await expect(resultHeading).toHaveText(/^Learn (Go|Rust)$|^Close call/);
  const heading = await resultHeading.textContent();
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
  await page.goBack();
  await waitForQuiz(page);
  await expect(page.getByText('Question 10 of 10')).toBeVisible();
  await expect(page.getByRole('radio').last()).toBeChecked();
  await page.goForward();
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '', {
    timeout: 10_000,
  });
});

test.describe('a deploy that deleted a route chunk', () => {
  let build: BuildCopy | null = null;

  test.beforeAll(async () => {
    build = await serveBuildCopy(async (dir) => {
      const manifest = JSON.parse(await readFile(path.join(dir, '.vite/manifest.json'), 'utf8'));
      await rm(path.join(dir, manifest['src/app/routes/compare-route.tsx'].file));
    });
  });

  test.afterAll(async () => {
    await build?.close();
  });

  test('reloads once, then explains and offers to try again', async ({ page, consoleErrors }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    let documents = 0;
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents += 1;
    });
    await page.goto(`${build?.baseURL}/`);
    await waitForHydration(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Compare' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not load', {
      timeout: 15_000,
    });
    // The first document, then exactly one automatic reload.
    expect(documents).toBe(2);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(pageErrors).toEqual([]);
    dropAbortedLoads(consoleErrors, /Failed to load resource: .*status of 404/);
  });

  test('opened directly, the page reloads once, then explains with the nav in place', async ({
    page,
    consoleErrors,
  }) => {
    let documents = 0;
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents += 1;
    });
    await page.goto(`${build?.baseURL}/compare`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not load', {
      timeout: 15_000,
    });
    expect(documents).toBe(2);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    // The rest of the site still works from here.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Quiz' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Go or Rust? Find out which fits you',
    );
    dropAbortedLoads(consoleErrors, /Failed to load resource: .*status of 404/);
  });
});
