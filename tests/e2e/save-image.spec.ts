import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations, dropAbortedLoads, expect, test, waitForHydration } from './fixtures';

// "Save as image" on the result page, in the production build. page.route cannot see what a service
// worker answers from its cache, and the failed-download journey needs it to.
test.use({ serviceWorkers: 'block' });

const GO_RESULT = '/quiz/result?a=1aaabaa0000';
const RUST_RESULT = '/quiz/result?a=1cbcaaaaab0';
const LOAD_FAILED = /its code did not download/;
const DRAW_FAILED = /this browser would not draw it/;

/** A PNG's width and height, read from its signature and IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect(Array.from(bytes.slice(0, 8)), 'PNG signature').toEqual(signature);
  expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function expectLargeEnough(size: { width: number; height: number }) {
  expect(size.width).toBeGreaterThanOrEqual(1080);
  expect(size.height).toBeGreaterThanOrEqual(560);
}

/**
 * The colours of a few pixels of a PNG, decoded by the page itself, next to the design tokens the page
 * shows now: the band across the top wears the outcome's colour, the rest the page's background.
 */
async function pictureColours(page: Page, bytes: Uint8Array, language: 'go' | 'rust') {
  return page.evaluate(
    async ({ data, language }) => {
      const png = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no canvas');
      context.drawImage(bitmap, 0, 0);
      const pixel = (x: number, y: number) => {
        const [r, g, b] = context.getImageData(x, y, 1, 1).data;
        return `rgb(${r}, ${g}, ${b})`;
      };
      const token = (name: string) => {
        const probe = document.createElement('span');
        probe.style.color = `var(--${name})`;
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      };
      return {
        band: pixel(20, 10),
        background: pixel(20, 80),
        expected: { band: token(language), background: token('bg') },
      };
    },
    { data: Buffer.from(bytes).toString('base64'), language },
  );
}

async function openResult(page: Page, path: string, heading: string) {
  await page.goto(path);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [path, heading, language] of [
    [GO_RESULT, 'Learn Go', 'go'],
    [RUST_RESULT, 'Learn Rust', 'rust'],
  ] as const) {
    test(`Save as image downloads a PNG of "${heading}" in the ${colorScheme} theme, keyboard alone`, async ({
      page,
    }) => {
      // It decodes a 2400-pixel-wide PNG in the page and runs axe: give a busy machine room.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await openResult(page, path, heading);
      const save = page.getByRole('button', { name: 'Save as image' });
      // Tab on from the share panel's Print button until the picture's button has the focus, then Enter.
      await page.getByRole('button', { name: 'Print' }).focus();
      for (
        let step = 0;
        step < 10 && !(await save.evaluate((el) => el === document.activeElement));
        step++
      ) {
        await page.keyboard.press('Tab');
      }
      await expect(save).toBeFocused();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toBe('go-or-rust-result.png');
      await expect(
        page.getByRole('status').filter({ hasText: 'Image saved as go-or-rust-result.png.' }),
      ).toBeVisible();
      await expect(save).toBeFocused();

      const bytes = new Uint8Array(await readFile(await download.path()));
      const size = pngSize(bytes);
      expectLargeEnough(size);
      // Drawn at twice 1200 px wide, its height grown to hold every line.
      expect(size.width).toBe(2400);
      const colours = await pictureColours(page, bytes, language);
      expect(colours.band).toBe(colours.expected.band);
      expect(colours.background).toBe(colours.expected.background);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test.describe('on a phone that can share files', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  /** Replaces the share sheet: records what it was given; `answers` says how each call ends. */
  async function stubShare(page: Page, answers: ('share' | 'AbortError' | 'NotAllowedError')[]) {
    await page.addInitScript((plan) => {
      const calls: unknown[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(navigator, 'canShare', {
        configurable: true,
        value: (data?: ShareData) => Boolean(data?.files?.length),
      });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          const file = data.files?.[0];
          const head = file
            ? Array.from(new Uint8Array(await file.slice(0, 24).arrayBuffer()))
            : [];
          calls.push({
            count: data.files?.length,
            isFile: file instanceof File,
            name: file?.name,
            type: file?.type,
            head,
            title: data.title,
            text: data.text,
          });
          const answer = plan[calls.length - 1] ?? 'share';
          if (answer !== 'share') throw new DOMException('stubbed', answer);
        },
      });
    }, answers);
  }

  type ShareCall = {
    count: number;
    isFile: boolean;
    name: string;
    type: string;
    head: number[];
    title: string;
    text: string;
  };
  const shareCalls = (page: Page) =>
    page.evaluate(() => (window as unknown as { shareCalls: ShareCall[] }).shareCalls);

  test('Save as image hands a PNG file to the share sheet, and nothing downloads', async ({
    page,
  }) => {
    await stubShare(page, ['share']);
    await page.emulateMedia({ colorScheme: 'dark' });
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await openResult(page, GO_RESULT, 'Learn Go');
    await page.getByRole('button', { name: 'Save as image' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Picture shared.' })).toBeVisible();
    const [call, ...more] = await shareCalls(page);
    expect(more).toEqual([]);
    expect(call).toMatchObject({
      count: 1,
      isFile: true,
      name: 'go-or-rust-result.png',
      type: 'image/png',
      title: 'Go or Rust? Learn Go',
      text: expect.stringMatching(/^Learn Go: Go \d+, Rust \d+ out of 100\.$/) as unknown as string,
    });
    expectLargeEnough(pngSize(new Uint8Array(call?.head ?? [])));
    expect(downloads).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a share the person cancels is no error; a share refused for a stale press is offered again', async ({
    page,
  }) => {
    await stubShare(page, ['AbortError', 'NotAllowedError', 'share']);
    await openResult(page, RUST_RESULT, 'Learn Rust');
    const save = page.getByRole('button', { name: 'Save as image' });
    await save.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Sharing cancelled; the picture was not sent.' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);

    await save.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'The picture is ready.' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Share the picture' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Picture shared.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share the picture' })).toHaveCount(0);
    await expect(save).toBeFocused();
    const calls = await shareCalls(page);
    expect(calls.map((c) => c.type)).toEqual(['image/png', 'image/png', 'image/png']);
    // The result page is as it was: its share link still holds the answers.
    await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/a=2cbcaaaaab0/);
  });
});

test('a drawing chunk that fails to download says so, and Retry makes the picture', async ({
  page,
  consoleErrors,
}) => {
  const requested: string[] = [];
  await page.route(/\/assets\/draw-result-picture-[\w-]+\.js(\?|$)/, (route) => {
    requested.push(route.request().url());
    return requested.length === 1 ? route.abort() : route.continue();
  });
  await openResult(page, GO_RESULT, 'Learn Go');
  // Nothing of the picture's code comes with the page.
  expect(requested).toEqual([]);
  await page.getByRole('button', { name: 'Save as image' }).click();
  await expect(page.getByRole('status').filter({ hasText: LOAD_FAILED })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const retry = page.getByRole('button', { name: 'Retry' });
  const [download] = await Promise.all([page.waitForEvent('download'), retry.click()]);
  expect(download.suggestedFilename()).toBe('go-or-rust-result.png');
  await expect(page.getByRole('status').filter({ hasText: 'Image saved as' })).toBeVisible();
  await expect(page.getByText(LOAD_FAILED)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save as image' })).toBeFocused();
  expect(requested).toHaveLength(2);
  expectLargeEnough(pngSize(new Uint8Array(await readFile(await download.path()))));

  dropAbortedLoads(consoleErrors);
});

test('without a usable canvas the page says the picture could not be made and keeps the rest', async ({
  page,
}) => {
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.getContext = () => null;
  });
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await openResult(page, GO_RESULT, 'Learn Go');
  await page.getByRole('button', { name: 'Save as image' }).click();
  await expect(page.getByRole('status').filter({ hasText: DRAW_FAILED })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(downloads).toEqual([]);
  await expect(page.getByRole('button', { name: 'Download as Markdown' })).toBeEnabled();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn Go');
});
