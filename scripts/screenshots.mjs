// Takes full-page screenshots of every route at 1280 and 375 px, light and dark, into screenshots/.
// Usage: node scripts/screenshots.mjs [baseURL] [path ...]   (serve a build first: npm run serve)
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from './chromium.mjs';

const [baseURL = 'http://localhost:4173', ...only] = process.argv.slice(2);
const routes = only.length
  ? only
  : [
      '/',
      '/quiz',
      '/quiz/result',
      // Two results side by side (Learn Go against Learn Rust).
      '/quiz/side-by-side?a=2aaabaa0000K&b=2cbbbbbbbbbC',
      '/compare',
      '/salaries',
      // The snippet page with its live preview, and the framed quiz on its own.
      '/embed',
      '/embed/quiz',
      '/missing',
    ];

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const width of [1280, 375]) {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    for (const route of routes) {
      await page.goto(new URL(route, baseURL).href, { waitUntil: 'networkidle' });
      // Scroll through once, so whatever loads as it nears the viewport (the charts) is drawn.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const name = route === '/' ? 'home' : route.slice(1).replace(/[/?=&]/g, '_');
      await page.screenshot({
        path: `screenshots/${name}-${width}-${colorScheme}.png`,
        fullPage: true,
      });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots of ${routes.length} routes written to screenshots/`);
