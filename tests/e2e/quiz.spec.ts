import { readFile } from 'node:fs/promises';
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
  expect(link).toMatch(
    /\/quiz\/result\/(go|rust|close-call-go|close-call-rust)\?a=2[-0-9a-zA-Z~]{11}$/,
  );

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

test('a retake starts blank and the result then says first what changed since last time', async ({
  page,
}) => {
  await page.goto('/quiz');
  await waitForHydration(page);
  await answerAll(page, (step) => ANSWERS[step] ?? '');
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await answerAll(
    page,
    (step) => (step === 0 ? 'Backend APIs and microservices' : ANSWERS[step]) ?? '',
  );
  const since = page.getByRole('region', { name: 'Since your last result' });
  await expect(since).toContainText(
    '“Systems software and embedded devices” became “Backend APIs and microservices”',
  );
  await expect(since).toContainText('(+3 Rust → +3 Go)');
  // It sits right under the headline, above the scores and reasons.
  const top = async (name: string | RegExp) =>
    (await page.getByRole('heading', { name }).boundingBox())?.y ?? Number.NaN;
  expect(await top('Since your last result')).toBeLessThan(await top(/^Why: each answer/));
  expect(await top('Since your last result')).toBeLessThan(
    (await page.getByRole('list', { name: 'Scores out of 100' }).boundingBox())?.y ?? Number.NaN,
  );

  // "Review or change my answers" keeps them.
  await page.getByRole('button', { name: 'Review or change my answers' }).click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Backend APIs and microservices' })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('radio', { name: ANSWERS[1] })).toBeChecked();
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
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/a=2c/);
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

test('a share link with a changed or swapped character is told as damaged; an old link still opens', async ({
  page,
}) => {
  // Made before share codes had a check character: it opens as it always did.
  await page.goto('/quiz/result?a=1aa0ba0a000');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Close call: learn both, starting with Go',
  );
  await expect(page.getByText(/damaged|changed on its way/)).toHaveCount(0);
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const code = new URL(link).searchParams.get('a') ?? '';
  // "aa0b…": swap the 2nd and 3rd answers, or change the 4th; both still look like answers.
  const variants = [
    code.slice(0, 2) + code.charAt(3) + code.charAt(2) + code.slice(4),
    code.slice(0, 4) + 'a' + code.slice(5),
  ];
  for (const variant of variants) {
    expect(variant).not.toBe(code);
    await page.goto(`/quiz/result?a=${variant}`);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'This shared result could not be opened',
    );
    await expect(
      page.getByRole('status').filter({ hasText: 'This link has been changed on its way here' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the quiz' })).toBeVisible();
  }
});

test('one answer is not a recommendation: the result says what it leans to and offers the rest', async ({
  page,
}) => {
  await page.goto('/quiz');
  await waitForQuiz(page);
  await page.getByRole('radio', { name: 'Backend APIs and microservices' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.goto('/quiz/result');
  await waitForHydration(page);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Go leads so far, with 9 questions to go');
  await expect(page.getByText(/^Learn (Go|Rust)/)).toHaveCount(0);
  await expect(page.getByText(/not a recommendation yet/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // The record says the same as the page.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const record = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(record).toContain('## Go leads so far, with 9 questions to go');
  await page.getByRole('link', { name: 'Answer the remaining 9 questions' }).click();
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await expect(page).toHaveURL(/\/quiz$/);

  // A shared link with one answer reads the same way, and offers the visitor a quiz of their own.
  await page.goto('/quiz/result?a=1b---------');
  await waitForHydration(page);
  await expect(heading).toHaveText('Go leads so far, with 9 questions to go');
  await expect(page.getByRole('link', { name: 'Take the quiz yourself' })).toHaveAttribute(
    'href',
    '/quiz',
  );
});

test('re-weighting on the result page re-scores at once and the record downloads', async ({
  page,
}) => {
  // Go 8 against Rust 6, the rest "not sure": a close call that leans Go.
  await page.goto('/quiz/result?a=1aa0ba0a000');
  await waitForHydration(page);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Close call: learn both, starting with Go');
  await page.getByRole('checkbox', { name: /Matters a lot to me: Cost of a memory bug/ }).check();
  await expect(heading).toHaveText('Close call: learn both, starting with Rust');
  // The link was made before share codes had a check character; re-weighting writes the new form.
  await expect(page).toHaveURL(/a=2aa0ba0A000[-~0-9a-zA-Z]$/);
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
    await page.goto('/quiz/result?a=1aaabaa0000');
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
