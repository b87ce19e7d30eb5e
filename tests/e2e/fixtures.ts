import AxeBuilder from '@axe-core/playwright';
import { expect, test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

type Fixtures = { consoleErrors: string[] };

/**
 * Every page collects console errors, warnings and uncaught exceptions; a journey fails if any
 * appear (hydration mismatches are reported as console errors by React).
 */
export const test = base.extend<Fixtures>({
  // Automatic, so every journey gets the check without asking for it.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // Chrome logs CSP violations too; this makes each one explicit, with the directive it broke.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
          );
        });
      });
      // A page answered with 404 is what visiting an unknown address should give, not an error.
      const notFound = new Set<string>();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'document' && response.status() === 404)
          notFound.add(response.url());
      });
      page.on('console', (message) => {
        // Playwright's own note when a spec turns service workers off; not something the app did.
        if (message.text() === 'Service Worker registration blocked by Playwright') return;
        if (notFound.has(message.location().url) && /status of 404/.test(message.text())) return;
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe (WCAG 2.x A and AA rules) and returns a readable list of violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Waits until the app is ready: hydrated, stored answers in, and held input replayed ('app-ready'). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
}

/** Waits until the quiz has hydrated and its saved answers are in: the form is no longer busy. */
export async function waitForQuiz(page: Page): Promise<void> {
  await waitForHydration(page);
  await expect(page.getByRole('form', { name: /^Go or Rust\?/ })).toHaveAttribute(
    'aria-busy',
    'false',
  );
}

/**
 * Drops the "failed to load" lines a journey caused on purpose by aborting (or deleting) a download,
 * after checking there was at least one; any other console error still fails the journey.
 */
export function dropAbortedLoads(
  consoleErrors: string[],
  failure: RegExp = /Failed to load resource: net::ERR_FAILED/,
): void {
  const aborted = consoleErrors.filter((e) => failure.test(e));
  expect(aborted.length).toBeGreaterThan(0);
  consoleErrors.splice(
    0,
    consoleErrors.length,
    ...consoleErrors.filter((e) => !aborted.includes(e)),
  );
}
