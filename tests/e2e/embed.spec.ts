import { createServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import type { FrameLocator, Page } from '@playwright/test';
import { axeViolations, dropAbortedLoads, expect, test, waitForHydration } from './fixtures';

/**
 * A page on another site: a blog post that frames a path of the app, with the one-line resizer. A server of
 * its own on 127.0.0.1 serves it: a different site from localhost (so the frame is third-party, its storage
 * partitioned), and a real loopback address, as Chromium's local-network checks want for reaching localhost.
 */
let blog: Server;
let blogOrigin = '';

test.beforeAll(async ({ baseURL }) => {
  blog = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const appPath = url.searchParams.get('frame') ?? '/embed/quiz';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>A blog post</title></head><body>
      <main><h1>Learning a new language</h1>
      <iframe src="${baseURL}${appPath}" title="Go or Rust? A quiz" style="width: 100%; height: 30rem; border: 0"></iframe>
      <script src="${baseURL}/embed.js" async></script></main></body></html>`);
  });
  await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
  blogOrigin = `http://127.0.0.1:${(blog.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => blog.close(() => resolve())));

async function hostOnBlog(page: Page, appPath: string, waitUntil: 'load' | 'commit' = 'load') {
  await page.goto(`${blogOrigin}/post?frame=${encodeURIComponent(appPath)}`, { waitUntil });
  return page.frameLocator('iframe');
}

/** Waits until the framed quiz is hydrated with its stored answers in (its form says it is not busy). */
async function waitForFramedQuiz(frame: FrameLocator) {
  await expect(frame.getByRole('form', { name: /^Go or Rust\?/ })).toHaveAttribute(
    'aria-busy',
    'false',
  );
}

/** Answers every question with its first option by clicking, up to the result. */
async function answerAll(frame: FrameLocator) {
  for (let step = 0; step < 10; step++) {
    await expect(frame.getByText(`Question ${step + 1} of 10`)).toBeVisible();
    await frame.getByRole('radio').first().check();
    await frame.getByRole('button', { name: step === 9 ? 'See my result' : 'Next' }).click();
  }
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
    /^Learn (Go|Rust)$|^Close call/,
  );
}

test('another site frames the quiz; it runs to a result whose link opens the same full result', async ({
  page,
  context,
  baseURL,
}) => {
  const frame = await hostOnBlog(page, '/embed/quiz');
  await waitForFramedQuiz(frame);
  // No site chrome in the frame: no nav, no theme toggle, only the credit.
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: /Go or Rust\?/ })).toHaveAttribute(
    'target',
    '_blank',
  );
  await answerAll(frame);
  const headline = await frame.getByRole('heading', { level: 1 }).innerText();
  await expect(frame.getByRole('list', { name: 'Scores out of 100' })).toContainText(
    /Go\s*\d+.*Rust\s*\d+/s,
  );
  await expect(frame.getByText('Margin', { exact: true })).toBeVisible();

  const full = frame.getByRole('link', { name: /See the full result/ });
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', /noopener/);
  const href = (await full.getAttribute('href')) ?? '';
  expect(href).toMatch(
    new RegExp(`^${baseURL}/quiz/result(/(go|rust|close-call-go|close-call-rust))?\\?a=2\\w+`),
  );
  const [tab] = await Promise.all([context.waitForEvent('page'), full.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(href);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(tab.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await tab.close();

  // The resizer fitted the frame to the result (it starts at 30rem = 480px).
  const sizes = await page.locator('iframe').evaluate((el: HTMLIFrameElement) => ({
    frame: el.getBoundingClientRect().height,
    content: el.contentDocument ? -1 : 0,
  }));
  expect(sizes.content).toBe(0); // cross-origin: the host cannot read inside
  const inner = await page
    .frame({ url: /\/embed\/quiz/ })
    ?.evaluate(() =>
      Math.ceil(document.querySelector('.frame')?.getBoundingClientRect().height ?? 0),
    );
  expect(inner).toBeGreaterThan(0);
  expect(Math.abs(sizes.frame - (inner ?? 0))).toBeLessThanOrEqual(1);
});

for (const appPath of ['/quiz', '/', '/embed']) {
  test(`another site framing ${appPath} is refused`, async ({ page, baseURL, consoleErrors }) => {
    const responses: Record<string, string>[] = [];
    page.on('response', (response) => {
      if (response.url() === `${baseURL}${appPath}`) responses.push(response.headers());
    });
    const frame = await hostOnBlog(page, appPath);
    await expect.poll(() => responses.length).toBe(1);
    expect(responses[0]?.['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
    // Chromium puts its error page in the frame instead: none of the app's content is there.
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
    await expect(frame.getByRole('heading')).toHaveCount(0);
    dropAbortedLoads(consoleErrors, /frame-ancestors 'none'/);
  });
}

test('/embed/quiz is served framable by anyone, with one policy, at every form of its path, unindexed', async ({
  request,
}) => {
  for (const path of ['/embed/quiz', '/embed/quiz/', '/embed/quiz/index.html']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const csp = response.headersArray().filter((h) => /^content-security-policy$/i.test(h.name));
    expect(csp, path).toHaveLength(1);
    expect(csp[0]?.value, path).toMatch(/; frame-ancestors \*$/);
    expect(response.headers()['x-frame-options'], path).toBeUndefined();
  }
  const embed = await request.get('/embed');
  expect(embed.headers()['content-security-policy']).toMatch(
    /frame-src 'self';.*frame-ancestors 'none'$/,
  );
  // Made to be framed, not visited: out of search results and the sitemap; /embed is in it.
  const html = await (await request.get('/embed/quiz')).text();
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).not.toContain('rel="canonical"');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]+\/embed<\/loc>/);
  expect(sitemap).not.toContain('/embed/quiz');
  const script = await request.get('/embed.js');
  expect(script.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  expect(script.headers()['content-type']).toMatch(/^text\/javascript/);
});

test('with storage blocked in the frame, the quiz still finishes and says once that nothing is kept', async ({
  page,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL ?? '').origin;
  await page.addInitScript((origin) => {
    if (location.origin !== origin || window.top === window) return;
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  }, appOrigin);
  const frame = await hostOnBlog(page, '/embed/quiz');
  await waitForFramedQuiz(frame);
  const note = frame.getByText(/does not let this quiz save anything here/);
  await expect(note).toBeVisible();
  await expect(note).toContainText('answers last only while this page is open');
  await expect(note).toHaveCount(1);
  await answerAll(frame);
  await expect(frame.getByRole('link', { name: /See the full result/ })).toHaveAttribute(
    'href',
    /\?a=2/,
  );
  // Said once: the result does not repeat it.
  await expect(note).toHaveCount(0);
});

test('the framed quiz can be finished with the keyboard alone', async ({ page }) => {
  const frame = await hostOnBlog(page, '/embed/quiz');
  await waitForFramedQuiz(frame);
  // The frame is the host page's only focusable thing: one Tab goes into it, to the first answer.
  await page.keyboard.press('Tab');
  await expect(frame.locator('input[type=radio]:focus')).toHaveCount(1);
  for (let step = 0; step < 10; step++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    if (step < 9) {
      await expect(frame.getByText(`Question ${step + 2} of 10`)).toBeVisible();
      await expect(frame.getByRole('heading', { level: 2 })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(frame.locator('input[type=radio]:focus')).toHaveCount(1);
    }
  }
  await expect(frame.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('link', { name: /See the full result/ })).toBeFocused();
  // Back to the questions from the keyboard: the first question's heading takes the focus.
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('button', { name: 'Change my answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(frame.getByText('Question 1 of 10')).toBeVisible();
  await expect(frame.getByRole('heading', { level: 2 })).toBeFocused();
});

test('the framed quiz fits a 375px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const frame = await hostOnBlog(page, '/embed/quiz');
  await waitForFramedQuiz(frame);
  const inner = page.frame({ url: /\/embed\/quiz/ });
  const overflow = () =>
    inner?.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBe(0);
  await answerAll(frame);
  expect(await overflow()).toBe(0);
});

test('/embed gives the snippet, copies it, and shows the quiz live', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/embed');
  await waitForHydration(page);
  const code = page.getByRole('textbox', { name: 'Embed code' });
  const snippet = await code.inputValue();
  expect(snippet.split('\n')).toEqual([
    `<iframe src="${baseURL}/embed/quiz" title="Go or Rust? A quiz on which language to learn" loading="lazy" style="width: 100%; max-width: 48rem; height: 44rem; border: 0"></iframe>`,
    `<script src="${baseURL}/embed.js" async></script>`,
  ]);
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  const preview = page.frameLocator('iframe[title^="Preview"]');
  await waitForFramedQuiz(preview);
  // The same one-line script sizes the preview to its content, even though it loaded after the frame.
  const previewHeight = () =>
    page.locator('iframe[title^="Preview"]').evaluate((el) => el.getBoundingClientRect().height);
  const contentHeight = () =>
    page
      .frame({ url: /\/embed\/quiz/ })
      ?.evaluate(() => document.querySelector('.frame')?.getBoundingClientRect().height ?? 0);
  await expect
    .poll(async () => Math.abs((await previewHeight()) - ((await contentHeight()) ?? 0)))
    .toBeLessThanOrEqual(1);
  await preview.getByRole('radio').first().check();
  await preview.getByRole('button', { name: 'Next' }).click();
  await expect(preview.getByText('Question 2 of 10')).toBeVisible();
  // The preview keeps its answers apart from the visitor's own quiz.
  expect(await page.evaluate(() => localStorage.getItem('go-or-rust:quiz'))).toBeNull();
  await expect
    .poll(async () => Math.abs((await previewHeight()) - ((await contentHeight()) ?? 0)))
    .toBeLessThanOrEqual(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /embed or in /embed/quiz, question and result (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/embed');
    await waitForHydration(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/embed/quiz');
    await waitForHydration(page);
    expect(await axeViolations(page)).toEqual([]);
    for (let step = 0; step < 10; step++) {
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: step === 9 ? 'See my result' : 'Next' }).click();
    }
    await expect(page.getByRole('link', { name: /See the full result/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('offline, /embed and its preview come from the service worker once opened online, the preview still framable', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 15_000,
  });
  // The embed pages' code is for other sites' posts: the worker keeps it once used, not at install.
  const installed = await page.evaluate(
    async () =>
      await (
        await caches.keys()
      ).reduce<Promise<string[]>>(
        async (all, name) => [
          ...(await all),
          ...(await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
        ],
        Promise.resolve([]),
      ),
  );
  expect(installed).toContain('/embed/quiz');
  expect(installed.filter((p) => /^\/assets\/embed-.*\.js$|^\/embed\.js$/.test(p))).toEqual([]);
  await page.goto('/embed');
  await waitForHydration(page);
  await waitForFramedQuiz(page.frameLocator('iframe[title^="Preview"]'));
  await context.setOffline(true);
  await page.reload();
  await waitForHydration(page);
  // The cached /embed/quiz keeps its own headers: a frame-ancestors 'none' copy would leave it blank.
  await waitForFramedQuiz(page.frameLocator('iframe[title^="Preview"]'));
  await context.setOffline(false);
});

test('in the frame, an answer and Next chosen before the code arrives both count', async ({
  page,
}) => {
  // A slow connection: the app's code (every script over 4 KB) is held until the person has acted, however
  // long a busy machine takes to show the frame.
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.body();
      if (body.length > 4096) await released;
      await route.fulfill({ response, body });
    } catch {
      // The page went away before this script arrived.
    }
  });
  // The held scripts hold the load event too: go on as soon as the host page arrives.
  const frame = await hostOnBlog(page, '/embed/quiz', 'commit');
  const inner = () => page.frame({ url: /\/embed\/quiz/ });
  const ready = () =>
    inner()?.evaluate(() => performance.getEntriesByName('app-ready').length > 0) ?? false;
  await frame.getByRole('radio', { name: 'Systems software and embedded devices' }).check();
  await frame.getByRole('button', { name: 'Next', exact: true }).click();
  expect(await ready()).toBe(false);
  release();
  await expect.poll(ready, { timeout: 15_000 }).toBe(true);
  await expect(frame.getByText('Question 2 of 10')).toBeVisible();
  await frame.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(
    frame.getByRole('radio', { name: 'Systems software and embedded devices' }),
  ).toBeChecked();
});
