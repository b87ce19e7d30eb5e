import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { serveBuildCopy } from './build-copy';
import type { BuildCopy } from './build-copy';
import { axeViolations, dropAbortedLoads, expect, test, waitForHydration } from './fixtures';

/** Waits until the service worker controls the page (it claims clients on first install). */
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 15_000,
  });
}

test('after a first visit every page works offline, with and without a trailing slash', async ({
  page,
  context,
  consoleErrors,
}) => {
  await page.goto('/');
  await waitForHydration(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const pages: [string, RegExp][] = [
    ['/quiz', /^Go or Rust\? Find out which fits you$/],
    ['/quiz/', /^Go or Rust\? Find out which fits you$/],
    ['/compare', /category/i],
    ['/compare/', /category/i],
    ['/salaries', /salar/i],
    ['/salaries/', /salar/i],
    ['/quiz/result', /recommendation|Learn|Close/i],
    ['/', /Go or Rust/],
  ];
  for (const [url, heading] of pages) {
    await page.goto(url);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  // A first visit elsewhere does not download the charts, so offline /salaries shows every figure as text
  // and tables, and says the charts need the connection.
  await page.goto('/salaries');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Show as table' }).first().click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.locator('section.chart-section').first().scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 15_000 });
  dropAbortedLoads(consoleErrors);
  // Drawn once online, the charts come back offline.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 15_000 });
  await context.setOffline(true);
  await page.reload();
  await waitForHydration(page);
  await page.locator('section.chart-section').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 15_000 });
  // Unknown addresses: see the next journey.
  await context.setOffline(false);
});

test('offline, an unknown address is answered 404 with the 404 page, as online', async ({
  page,
  context,
}) => {
  const online = await page.goto('/no-such-page');
  expect(online?.status()).toBe(404);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const offline = await page.goto('/no-such-page/deeper');
  expect(offline?.fromServiceWorker()).toBe(true);
  expect(offline?.status()).toBe(404);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveURL(/\/no-such-page\/deeper$/);
  // A known page is still answered 200 from the cache.
  const known = await page.goto('/compare');
  expect(known?.status()).toBe(200);
  await context.setOffline(false);
});

test.describe('a new deploy while the quiz is open', () => {
  let build: BuildCopy | null = null;

  test.beforeAll(async () => {
    build = await serveBuildCopy();
  });

  test.afterAll(async () => {
    await build?.close();
  });

  /** Changes the worker script, as a deploy would, and has the browser look for it. */
  async function deploy(page: Page, name: string) {
    await appendFile(path.join(build?.dir ?? '', 'sw.js'), `\n// ${name}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  }

  /** The parts of the page the prompt overlaps on screen, by their bounding boxes. */
  async function covered(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const prompt = document.querySelector('.update-prompt')?.getBoundingClientRect();
      if (!prompt) return ['no prompt'];
      const parts = document.querySelectorAll(
        '.site-header, main h1, main p, main a, .site-footer',
      );
      return [...parts]
        .filter((part) => {
          const box = part.getBoundingClientRect();
          return (
            box.width > 0 &&
            box.left < prompt.right &&
            prompt.left < box.right &&
            box.top < prompt.bottom &&
            prompt.top < box.bottom
          );
        })
        .map((part) => `${part.tagName.toLowerCase()} ${part.textContent?.slice(0, 30) ?? ''}`);
    });
  }

  for (const how of ['its close button', 'Escape'] as const) {
    test(`at 375px the prompt covers nothing, and ${how} dismisses it for good`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(`${build?.baseURL}/`);
      await waitForHydration(page);
      await waitForServiceWorker(page);
      await deploy(page, `deploy for ${how}`);
      const prompt = page
        .getByRole('status')
        .filter({ hasText: 'A new version of this guide is ready' });
      await expect(prompt).toBeVisible({ timeout: 15_000 });

      // Nothing on the page is under the prompt, at the top or scrolled to the end.
      expect(await covered(page)).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await covered(page)).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);

      if (how === 'Escape') {
        await page.keyboard.press('Escape');
      } else {
        await prompt.getByRole('button', { name: 'Not now' }).focus();
        await page.keyboard.press('Enter');
        await expect(page.locator('#main')).toBeFocused();
      }
      await expect(prompt).toHaveCount(0);

      // It stays gone: on another page and after a reload, while the new version still waits.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Compare' })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/category by category/);
      await page.reload();
      await waitForHydration(page);
      await page.waitForTimeout(1000);
      await expect(prompt).toHaveCount(0);
      expect(
        await page.evaluate(
          async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
        ),
      ).toBe(true);
    });
  }

  test('is offered with a prompt and never reloads the page by itself', async ({ page }) => {
    await page.goto(`${build?.baseURL}/quiz`);
    await waitForHydration(page);
    await waitForServiceWorker(page);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Question 2 of 10')).toBeVisible();
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));

    // "Deploy" a new version: the worker script changes, and the browser checks for it.
    await deploy(page, 'deploy 2');
    const prompt = page
      .getByRole('status')
      .filter({ hasText: 'A new version of this guide is ready' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(
      true,
    );
    await expect(page.getByText('Question 2 of 10')).toBeVisible();

    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForFunction(() => !(window as unknown as { marker?: boolean }).marker);
    await waitForHydration(page);
    await expect(page.getByText('Question 2 of 10')).toBeVisible();
    await expect(prompt).toBeHidden();
  });
});
