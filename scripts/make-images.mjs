// Renders the social card and app icons to PNG with Chromium. Run by hand when the design changes:
//   node scripts/make-images.mjs   (writes public/og-image.png, public/icon-192.png, public/icon-512.png)
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from './chromium.mjs';

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();

const icon = await readFile('public/favicon.svg', 'utf8');
for (const size of [192, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:#15171c">${icon.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.screenshot({ path: `public/icon-${size}.png`, omitBackground: false });
}

await page.setViewportSize({ width: 1200, height: 630 });
await page.setContent(`<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box;background:#15171c;color:#eceae4;font-family:system-ui,'DejaVu Sans',sans-serif">
  <div style="font-size:30px;letter-spacing:4px;text-transform:uppercase;color:#a8adb7;font-weight:700">A guide for 2026</div>
  <div style="font-size:150px;font-weight:800;letter-spacing:-4px;line-height:1.05"><span style="color:#5fd0ec">Go</span> or <span style="color:#ff8f66">Rust</span>?</div>
  <div style="font-size:38px;line-height:1.35;margin-top:24px;max-width:980px">A quiz that explains itself, a side-by-side comparison, and salary data with its sample sizes.</div>
</body></html>`);
await page.screenshot({ path: 'public/og-image.png' });
await browser.close();
console.log('wrote public/og-image.png, public/icon-192.png, public/icon-512.png');
