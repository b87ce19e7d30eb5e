import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';

/** Every text whose contrast axe finds under 4.5:1 (3:1 for large text), as it would print. */
async function lowContrastTexts(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
}

/** A full result: every question answered, reasons on both sides, a "counts double" tag. */
const RESULT = '/quiz/result?a=1aaAbaa0000';

const THEMES = [
  { name: 'dark chosen in the app', stored: 'dark', system: 'light' },
  { name: 'dark from the system', stored: null, system: 'dark' },
  { name: 'light', stored: 'light', system: 'light' },
] as const;

for (const theme of THEMES) {
  test(`a result printed with the ${theme.name} theme is in the light palette, every text readable`, async ({
    page,
    consoleErrors,
  }, testInfo) => {
    if (theme.stored) {
      await page.addInitScript((value) => {
        window.localStorage.setItem('go-or-rust:theme', value);
      }, theme.stored);
    }
    await page.emulateMedia({ colorScheme: theme.system });
    await page.goto(RESULT);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn Go');
    await page.emulateMedia({ colorScheme: theme.system, media: 'print' });
    const colours = await page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element) : null;
      };
      return {
        theme: document.documentElement.dataset.theme ?? null,
        card: style('.reason')?.backgroundColor,
        reasonText: style('.reason__text')?.color,
        goBadge: style('.reason--go .reason__badge')?.color,
        rustBadge: style('.reason--rust .reason__badge')?.color,
      };
    });
    expect(colours.theme).toBe(theme.stored);
    // The light tokens: white cards, black text (print), the dark Go teal and Rust brown.
    expect(colours).toMatchObject({
      card: 'rgb(255, 255, 255)',
      reasonText: 'rgb(0, 0, 0)',
      goBadge: 'rgb(0, 106, 130)',
      rustBadge: 'rgb(166, 60, 23)',
    });
    expect(await lowContrastTexts(page)).toEqual([]);
    const shot = testInfo.outputPath(
      `printed-result-${theme.stored ?? 'system'}-${theme.system}.png`,
    );
    await page.screenshot({ path: shot, fullPage: true });
    if (process.env.PRINT_SHOTS_DIR) {
      await page.screenshot({
        path: `${process.env.PRINT_SHOTS_DIR}/printed-result-${theme.stored ?? 'system'}-${theme.system}.png`,
        fullPage: true,
      });
      await page.pdf({
        path: `${process.env.PRINT_SHOTS_DIR}/printed-result-${theme.stored ?? 'system'}-${theme.system}.pdf`,
      });
    }
    expect(consoleErrors).toEqual([]);
  });
}
