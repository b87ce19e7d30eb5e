import type { Page } from '@playwright/test';
import { axeViolations, expect, test, waitForHydration, waitForQuiz } from './fixtures';

/** Picks the first option of each remaining question by clicking, and opens the result. */
async function answerAll(page: Page, pick: (step: number) => string) {
  for (let step = 0; step < 10; step++) {
    await expect(page.getByText(`Question ${step + 1} of 10`)).toBeVisible();
    await page.getByRole('radio', { name: pick(step), exact: true }).check();
    await page.getByRole('button', { name: step === 9 ? 'See my result' : 'Next' }).click();
  }
  await expect(page).toHaveURL(/\/quiz\/result$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Learn (Go|Rust)$|^Close call/);
}

const ANSWERS = [
  'Systems software and embedded devices',
  'Plenty of openings to choose from',
  'Within a few weeks',
  'I enjoy a hard challenge',
  'A lot: no garbage-collector pauses allowed',
  'Not sure / no preference',
  'Very costly: security or safety is at stake',
  'A large team that brings on juniors often',
  'Yes, and I want fine-grained control',
  'Fast iteration and quick compiles',
];

test('the prerendered quiz shows question 1 before any script runs', async ({ page }) => {
  const response = await page.goto('/quiz');
  const html = (await response?.text()) ?? '';
  expect(html).toContain('What do you most want to build?');
  expect(html).toMatch(/<legend[^>]*>/);
  await waitForHydration(page);
  await expect(page).toHaveTitle('Question 1 of 10 | Go or Rust?');
});

test('the quiz can be finished with the keyboard alone', async ({ page }) => {
  await page.goto('/quiz');
  await waitForHydration(page);
  // Tab from the top of the page to the first radio of question 1.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'radio',
      )
    )
      break;
  }
  for (let step = 0; step < 10; step++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    if (step < 9) {
      await expect(page).toHaveTitle(`Question ${step + 2} of 10 | Go or Rust?`);
      await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.locator('input[type=radio]:focus')).toHaveCount(1);
    }
  }
  await expect(page).toHaveURL(/\/quiz\/result$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Learn (Go|Rust)$|^Close call/);
});

test('a reload mid-quiz resumes on the same question with the same answers', async ({ page }) => {
  await page.goto('/quiz');
  await waitForQuiz(page);
  await page.getByRole('radio', { name: 'WebAssembly for the browser' }).check();
  await page.getByRole('checkbox', { name: /matters a lot/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Higher pay at senior level' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 3 of 10')).toBeVisible();
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByText('Question 3 of 10')).toBeVisible();
  await expect(page).toHaveTitle('Question 3 of 10 | Go or Rust?');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Higher pay at senior level' })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'WebAssembly for the browser' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /matters a lot/ })).toBeChecked();
});

test('a share link shows the same result in a fresh browser without saving anything there', async ({
  page,
  browser,
}) => {
  await page.goto('/quiz');
  await waitForHydration(page);
  await answerAll(page, (step) => ANSWERS[step] ?? '');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const scores = await page.getByRole('list', { name: 'Scores out of 100' }).textContent();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/\/quiz\/result\?a=1[-0-9a-zA-Z~]{10}$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on(
    'console',
    (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()),
  );
  await other.goto(link);
  await waitForHydration(other);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
  await expect(other.getByRole('list', { name: 'Scores out of 100' })).toHaveText(scores ?? '');
  await expect(other.getByText(/You are looking at a shared result/)).toBeVisible();
  expect(await other.evaluate(() => window.localStorage.getItem('go-or-rust:quiz'))).toBeNull();
  expect(errors).toEqual([]);
  await fresh.close();
});

test('after a retake the result says what changed since last time, and why', async ({ page }) => {
  await page.goto('/quiz');
  await waitForHydration(page);
  await answerAll(page, (step) => ANSWERS[step] ?? '');
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await expect(page.getByRole('radio', { name: ANSWERS[0] })).toBeChecked();
  await page.getByRole('radio', { name: 'Backend APIs and microservices' }).check();
  await page.getByText(/Review your answers/).click();
  await page.getByRole('button', { name: /10\. Velocity or guarantees/ }).click();
  await page.getByRole('button', { name: 'See my result' }).click();
  const since = page.getByRole('region', { name: 'Since your last result' });
  await expect(since).toContainText(
    '“Systems software and embedded devices” became “Backend APIs and microservices”',
  );
  await expect(since).toContainText('(+3 Rust → +3 Go)');
});

test('"Change" on the result opens that question with its answer', async ({ page }) => {
  await page.goto('/quiz');
  await waitForHydration(page);
  await answerAll(page, (step) => ANSWERS[step] ?? '');
  await page.getByRole('link', { name: /Change your answer to “How much do raw speed/ }).click();
  await expect(page).toHaveURL(/\/quiz$/);
  await expect(page.getByText('Question 5 of 10')).toBeVisible();
  await expect(page.getByRole('radio', { name: ANSWERS[4] })).toBeChecked();
  await expect(page).toHaveTitle('Question 5 of 10 | Go or Rust?');
});

test('with storage blocked the quiz still works and says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const { getItem, setItem } = Storage.prototype;
    const blocked = (key: string) => key === 'go-or-rust:quiz';
    Storage.prototype.getItem = function (key: string) {
      if (blocked(key)) throw new DOMException('blocked', 'SecurityError');
      return getItem.call(this, key);
    };
    Storage.prototype.setItem = function (key: string, value: string) {
      if (blocked(key)) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/quiz');
  await waitForHydration(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'will start over if you reload' }),
  ).toBeVisible();
  await answerAll(page, (step) => ANSWERS[step] ?? '');
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/a=1c/);
});

test('a garbled link explains itself and offers the quiz', async ({ page }) => {
  await page.goto('/quiz/result?a=zz%25%25nonsense');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This shared result could not be opened',
  );
  await expect(page.getByText(/different version of the quiz/)).toBeVisible();
  await page.getByRole('link', { name: 'Take the quiz' }).click();
  await expect(page).toHaveURL(/\/quiz$/);
});

test('re-weighting on the result page re-scores at once and the record downloads', async ({
  page,
}) => {
  // Go 8 against Rust 6: a close call that leans Go.
  await page.goto('/quiz/result?a=1aa-ba-a0--');
  await waitForHydration(page);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Close call: learn both, starting with Go');
  await page.getByRole('checkbox', { name: /Matters a lot to me: Cost of a memory bug/ }).check();
  await expect(heading).toHaveText('Close call: learn both, starting with Rust');
  await expect(page).toHaveURL(/a=1aa-ba-A0--$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^go-or-rust-decision-\d{4}-\d{2}-\d{2}\.md$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a question step and on the result (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/quiz');
    await waitForHydration(page);
    await page.getByRole('radio', { name: 'Cloud-native and DevOps tooling' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText(/Choose an answer to go on/)).toBeVisible();
    await page.getByText(/Review your answers/).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/quiz/result?a=1aaabaa----');
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn Go');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the quiz fits a 375px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/quiz', '/quiz/result?a=1aaabaa----']) {
    await page.goto(path);
    await waitForHydration(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  }
});
