import type { Page } from '@playwright/test';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { encodeShareLink } from '../../src/lib/share-link';
import { expect, test, waitForHydration } from './fixtures';

/**
 * A slow phone's first second: every script over 4 KB (the app's code) arrives 3 s late, and the person
 * acts as soon as the prerendered page is on screen. What they did must count once the app is ready.
 */
async function holdBackScripts(page: Page): Promise<void> {
  await page.route(/\.js$/, async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.body();
      if (body.length > 4096) await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.fulfill({ response, body });
    } catch {
      // The person followed a link before this script arrived: the page it was for is gone.
    }
  });
}

const isReady = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('app-ready').length > 0);

// Every visit is a first one: no service worker serving the code from its cache.
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  await holdBackScripts(page);
});

test('on /quiz, an answer, "matters a lot" and Next chosen before the code arrives all count', async ({
  page,
}) => {
  await page.goto('/quiz', { waitUntil: 'commit' });
  await page.getByRole('radio', { name: 'Systems software and embedded devices' }).waitFor();
  await page.getByRole('radio', { name: 'Systems software and embedded devices' }).check();
  await page.getByRole('checkbox', { name: /matters a lot/i }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  expect(await isReady(page)).toBe(false);

  await waitForHydration(page);
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await expect(
    page.getByRole('radio', { name: 'Systems software and embedded devices' }),
  ).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /matters a lot/i })).toBeChecked();
  // And it was stored: a reload keeps it.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await waitForHydration(page);
  await expect(
    page.getByRole('radio', { name: 'Systems software and embedded devices' }),
  ).toBeChecked();
});

test('on /compare, text typed into the filter and a sort click before the code arrives both count', async ({
  page,
}) => {
  await page.goto('/compare', { waitUntil: 'commit' });
  const filter = page.getByRole('searchbox', { name: 'Filter categories' });
  await filter.waitFor();
  await filter.pressSequentially('cargo');
  await page.getByRole('button', { name: 'Category' }).click();
  expect(await isReady(page)).toBe(false);
  await expect(filter).toHaveValue('cargo');

  await waitForHydration(page);
  await expect(page.getByText(/^2 of \d+ categories$/)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Category' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(filter).toHaveValue('cargo');
  await expect(page).toHaveURL(/[?&]q=cargo\b/);
  await expect(page).toHaveURL(/[?&]sort=/);
});

test('on /compare, a facet ticked before the code arrives counts', async ({ page }) => {
  await page.goto('/compare', { waitUntil: 'commit' });
  const facet = page.getByRole('group', { name: 'Group' }).getByRole('checkbox').first();
  await facet.waitFor();
  await facet.check();
  expect(await isReady(page)).toBe(false);
  await waitForHydration(page);
  await expect(facet).toBeChecked();
  await expect(page.getByText(/^\d+ of \d+ categories$/)).not.toHaveText(/^(\d+) of \1 /);
});

test('the theme button pressed before the code arrives switches the theme and remembers it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/', { waitUntil: 'commit' });
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.waitFor();
  await toggle.click();
  expect(await isReady(page)).toBe(false);
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.getItem('go-or-rust:theme'))).toBe('dark');
});

test('"Take the 2-minute quiz" followed before the code arrives opens the quiz', async ({
  page,
}) => {
  await page.goto('/', { waitUntil: 'commit' });
  const link = page.getByRole('link', { name: 'Take the 2-minute quiz' });
  await link.waitFor();
  await link.click();
  await expect(page).toHaveURL(/\/quiz$/);
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await waitForHydration(page);
});

test('a shared result keeps the heading its HTML painted: the app takes it over instead of drawing it again', async ({
  page,
}) => {
  const rustAnswers = Object.fromEntries(
    QUIZ_QUESTIONS.map((question) => [
      question.id,
      // Points are signed: the most negative option leans furthest towards Rust.
      question.options.reduce((best, option) => (option.points < best.points ? option : best)).id,
    ]),
  );
  const code = encodeShareLink({ answers: rustAnswers, important: [] }, QUIZ_QUESTIONS);
  // A phone's screen, where the hero's paragraphs are the largest things on it.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto(`/quiz/result/rust?a=${code}`, { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1, name: 'Learn Rust' });
  await heading.waitFor();
  // Mark the painted nodes; a node drawn again by the app would not carry the mark.
  await page.evaluate(() => {
    document.querySelector('h1')?.setAttribute('data-painted', '');
    document.querySelector('.result-hero__lead')?.setAttribute('data-painted', '');
  });
  expect(await isReady(page)).toBe(false);
  await waitForHydration(page);
  await expect(page.getByRole('list', { name: 'Scores out of 100' })).toBeVisible();
  await expect(heading).toHaveAttribute('data-painted', '');
  await expect(page.locator('.result-hero__lead')).toHaveAttribute('data-painted', '');
  // The largest paint stays the one the HTML made: nothing the answers add outgrows it.
  const largest = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as
            (PerformanceEntry & { element?: Element }) | undefined;
          resolve(
            last?.element?.hasAttribute('data-painted')
              ? 'painted'
              : String(last?.element?.className),
          );
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  expect(largest).toBe('painted');
});
