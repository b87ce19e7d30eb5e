import type { Page } from '@playwright/test';
import { axeViolations, expect, test, waitForHydration } from './fixtures';

// Learn Go (81 to 19) and Learn Rust (28 to 72); they part on 9 of the 10 questions.
const GO = '2aaabaa0000K';
const RUST = '2cbbbbbbbbbC';
const RUST_LINK = `https://someone-elses-deploy.example/quiz/result/rust?a=${RUST}`;

/** Makes the Go answers the visitor's own, as after taking the quiz, and opens their result. */
async function ownGoResult(page: Page) {
  await page.goto(`/quiz/result/go?a=${GO}`);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Use these as my answers' }).click();
  await expect(page).toHaveURL(/\/quiz\/result$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn Go');
}

const field = (page: Page) => page.getByRole('textbox', { name: 'The other person’s link' });
const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
}

test('a pasted link opens both results side by side, and the view’s link reopens it elsewhere', async ({
  page,
  browser,
}) => {
  await ownGoResult(page);
  await field(page).fill(RUST_LINK);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(`/quiz/side-by-side?a=${GO}&b=${RUST}`);
  await expect(page).toHaveTitle('Two quiz results side by side | Go or Rust?');
  await expect(card(page, 'You')).toContainText('Learn Go');
  await expect(card(page, 'The other person')).toContainText('Learn Rust');
  await expect(page.getByRole('list', { name: 'Scores for You' })).toHaveText(/Go\s*81.*Rust\s*19/);
  await expect(page.getByRole('list', { name: 'Scores for The other person' })).toHaveText(
    /Go\s*28.*Rust\s*72/,
  );
  await expect(page.getByText('9 of 10 questions were answered differently')).toBeVisible();
  const differences = page
    .getByRole('region', { name: 'Where the answers differ' })
    .getByRole('listitem');
  await expect(differences).toHaveCount(9);
  await expect(differences.first()).toContainText('What you want to build');
  await expect(differences.first()).toContainText(
    /YouBackend APIs and microservices\+3 GoThe other personSystems software and embedded devices\+3 Rust/,
  );
  const link = await page.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  expect(link).toMatch(new RegExp(`/quiz/side-by-side\\?a=${GO}&b=${RUST}$`));

  // Opened by someone else, with no answers of their own: the same two results, neutrally named.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(m.text()));
  await other.goto(link);
  await waitForHydration(other);
  await expect(card(other, 'First result')).toContainText('Learn Go');
  await expect(card(other, 'Second result')).toContainText('Learn Rust');
  await expect(other.getByText('9 of 10 questions were answered differently')).toBeVisible();
  await expect(other.getByRole('link', { name: 'Take the quiz yourself' })).toBeVisible();
  expect(await other.evaluate(() => window.localStorage.getItem('go-or-rust:quiz'))).toBeNull();
  expect(errors).toEqual([]);
  await fresh.close();
});

test('the other person opening the link sent back sees their own side as “You”', async ({
  page,
}) => {
  await page.goto(`/quiz/result/rust?a=${RUST}`);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Use these as my answers' }).click();
  await page.goto(`/quiz/side-by-side?a=${GO}&b=${RUST}`);
  await waitForHydration(page);
  await expect(card(page, 'You')).toContainText('Learn Rust');
  await expect(card(page, 'The other person')).toContainText('Learn Go');
});

test('a garbled, oversized or repeated second link is told plainly; the result and the typed text stay', async ({
  page,
}) => {
  await ownGoResult(page);
  const compare = page.getByRole('button', { name: 'Compare' });
  const message = page.locator('#compare-with-error');
  const cases: [string, string][] = [
    [`https://go-or-rust.example/quiz/result/rust?a=2cbbbbbbbXbb`, 'changed on its way here'],
    [
      `https://go-or-rust.example/quiz/result/rust?a=${'z'.repeat(3000)}`,
      'longer than any share link',
    ],
    ['https://go-or-rust.example/quiz/result/rust?a=2cbbb', 'cut short'],
    ['https://go-or-rust.example/quiz/result', 'the answers are not in it'],
    [
      `https://go-or-rust.example/quiz/result/go?a=${GO}`,
      'the same answers and marks as this result',
    ],
    ['please compare us', 'does not look like a link to a quiz result'],
  ];
  for (const [text, words] of cases) {
    await field(page).fill(text);
    await compare.click();
    await expect(message).toContainText(words);
    await expect(field(page)).toHaveValue(text);
    await expect(field(page)).toBeFocused();
    await expect(page).toHaveURL(/\/quiz\/result$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn Go');
  }
  // The bare code, and a code made before share links had a check character, both open.
  await field(page).fill(RUST);
  await compare.click();
  await expect(card(page, 'The other person')).toContainText('Learn Rust');
  await page.goBack();
  await field(page).fill('1cbbbbbbbbb');
  await compare.click();
  await expect(page).toHaveURL(`/quiz/side-by-side?a=${GO}&b=${RUST}`);
  // A partly answered link opens too, as a lean so far rather than a recommendation.
  await page.goBack();
  await field(page).fill('/quiz/result?a=1b---------');
  await compare.click();
  await expect(card(page, 'The other person')).toContainText(
    'Go leads so far, with 9 questions to go',
  );
});

test('a side-by-side link with a damaged half says which, and offers the other', async ({
  page,
}) => {
  await page.goto(`/quiz/side-by-side?a=${GO}&b=2cbbbbbbbXbb`);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This side-by-side link could not be opened',
  );
  await expect(
    page.getByText('The second set of answers was changed on its way here'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Open the first result on its own' }).click();
  await expect(page).toHaveURL(`/quiz/result/go?a=${GO}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn Go');
  await page.goto('/quiz/side-by-side');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Nothing to put side by side yet',
  );
  await expect(page.getByRole('link', { name: 'Take the quiz' })).toBeVisible();
});

test('the prerendered side-by-side page paints its heading before any script', async ({ page }) => {
  const response = await page.goto(`/quiz/side-by-side?a=${GO}&b=${RUST}`);
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<h1[^>]*>Two quiz results, side by side<\/h1>/);
  expect(html).toContain('<title>Two quiz results side by side | Go or Rust?</title>');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the form, its message and the side-by-side view (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await ownGoResult(page);
    await field(page).fill('garbled');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.locator('#compare-with-error')).not.toBeEmpty();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/quiz/side-by-side?a=${GO}&b=${RUST}`);
    await waitForHydration(page);
    await expect(card(page, 'You')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/quiz/side-by-side?a=${GO}&b=nonsense`);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not be opened/);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('keyboard alone: paste a link, compare, and copy the view’s link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ownGoResult(page);
  await page.locator('body').focus();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await field(page).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(field(page)).toBeFocused();
  await page.keyboard.insertText(RUST_LINK);
  await page.keyboard.press('Enter');
  await expect(card(page, 'The other person')).toContainText('Learn Rust');
  const copy = page.getByRole('button', { name: 'Copy link' });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await copy.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`/quiz/side-by-side\\?a=${GO}&b=${RUST}$`),
  );
});

test('the form and the view fit a 375px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await ownGoResult(page);
  await field(page).fill(RUST_LINK);
  await noSidewaysScroll(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(card(page, 'You')).toBeVisible();
  await noSidewaysScroll(page);
  // The two cards stack.
  const first = await card(page, 'You').boundingBox();
  const second = await card(page, 'The other person').boundingBox();
  expect((second?.y ?? 0) > (first?.y ?? 0) + (first?.height ?? 0) - 1).toBe(true);
});

test('after a first visit the side-by-side view works offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 15_000,
  });
  await context.setOffline(true);
  await page.goto(`/quiz/side-by-side?a=${GO}&b=${RUST}`);
  await waitForHydration(page);
  await expect(card(page, 'First result')).toContainText('Learn Go');
  await expect(card(page, 'Second result')).toContainText('Learn Rust');
  await context.setOffline(false);
});
