import type { Response } from '@playwright/test';
import { axeViolations, expect, test, waitForHydration } from './fixtures';

const ROUTES = [
  // Whole headings: '/' and '/quiz' both start with "Go or Rust?".
  { path: '/', heading: 'Go or Rust?' },
  { path: '/quiz', heading: 'Go or Rust? Find out which fits you' },
  { path: '/quiz/result', heading: /recommendation|result/i },
  { path: '/compare', heading: 'Go and Rust, category by category' },
  { path: '/salaries', heading: 'Go and Rust salaries and jobs' },
];

for (const route of ROUTES) {
  test(`${route.path} is prerendered, hydrates cleanly and has its own head tags`, async ({
    page,
  }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? '';
    // The heading is in the HTML before any script runs.
    expect(html).toMatch(/<h1[^>]*>/);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<title>[^<]+<\/title>/);
    expect(head).toContain('name="description"');
    expect(head).toContain('rel="canonical"');
    expect(head).toContain('property="og:title"');
    // The browser asks for the stylesheets before the code, so the code cannot slow the first paint.
    const firstPreload = head.indexOf('rel="modulepreload"');
    expect(firstPreload).toBeGreaterThan(-1);
    expect(head.lastIndexOf('rel="stylesheet"')).toBeGreaterThan(-1);
    expect(head.lastIndexOf('rel="stylesheet"')).toBeLessThan(firstPreload);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    expect(await page.locator('body title:not(svg title), body meta').count()).toBe(0);
  });
}

test('the nav moves between pages and marks the current one', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(nav.getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle(/comparison/i);
  await nav.getByRole('link', { name: 'Salaries' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/salar/i);
  await expect(page).toHaveTitle(/salary/i);
  await page.goBack();
  await expect(page).toHaveURL(/\/compare$/);
});

test('an unknown address shows a 404 page with links back', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Take the quiz' }).click();
  await expect(page).toHaveURL(/\/quiz$/);
});

test('the skip link jumps to the main content', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the theme toggle switches to dark and is remembered after a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await waitForHydration(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(21, 23, 28)');
  await page.reload();
  expect(await background()).toBe('rgb(21, 23, 28)');
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the home page is readable with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go or Rust?');
  await page.getByText('Which is faster, Go or Rust?').click();
  await expect(page.getByText(/CPU-heavy benchmarks/)).toBeVisible();
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of [...ROUTES.map((r) => r.path), '/missing-page']) {
    test(`axe finds no violations on ${path} in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await waitForHydration(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('search engines get a sitemap, robots.txt, a manifest, a social image and FAQ data', async ({
  page,
  request,
}) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/', '/quiz', '/compare', '/salaries']) {
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+${path === '/' ? '/' : path}</loc>`));
  }
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.name).toMatch(/Go or Rust/);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  expect((await request.get('/og-image.png')).headers()['content-type']).toBe('image/png');

  await page.goto('/');
  const jsonLd = await page.locator('head script[type="application/ld+json"]').textContent();
  const faq = JSON.parse(jsonLd ?? '{}');
  expect(faq['@type']).toBe('FAQPage');
  const visibleQuestions = await page.locator('.faq summary').allTextContents();
  expect(faq.mainEntity.map((q: { name: string }) => q.name)).toEqual(visibleQuestions);
});

test('pages and assets are served with the production security and caching headers', async ({
  request,
}) => {
  const page = await request.get('/compare');
  const headers = page.headers();
  expect(headers['content-security-policy']).toContain("default-src 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cache-control']).toBe('no-cache');
  const html = await page.text();
  const entry = html.match(/data-entry="([^"]+)"/)?.[1] ?? '';
  const asset = await request.get(entry);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('every script a page runs starts with V8’s compile hint, so it compiles while it downloads', async ({
  page,
}) => {
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await page.goto('/quiz');
  await waitForHydration(page);
  // The chunks loaded after ready (the service worker's registration) are scripts too.
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts.map((response) => response.text()));
  expect(bodies.length).toBeGreaterThan(1);
  for (const body of bodies) expect(body.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
});
