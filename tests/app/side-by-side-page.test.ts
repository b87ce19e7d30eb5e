import { describe, expect, it } from 'vitest';
import { getRouteTitle, paths } from '../../src/app/paths';
import { getRouteMeta } from '../../src/app/route-meta';
import { PRERENDER_PATHS, renderPage, SITEMAP_PATHS } from '../../src/entry-server';

const ORIGIN = 'https://example.org';

describe('the side-by-side page, as the build writes it', () => {
  it('is prerendered but not offered to search engines (it needs two sets of answers)', () => {
    expect(PRERENDER_PATHS).toContain(paths.sideBySide);
    expect(SITEMAP_PATHS).not.toContain(paths.sideBySide);
    expect(SITEMAP_PATHS).toContain(paths.quizResult);
  });

  it('paints a heading and says what it is waiting for before any script runs', async () => {
    const { appHtml, headHtml, status } = await renderPage(paths.sideBySide, ORIGIN);
    expect(status).toBe(200);
    expect(appHtml).toMatch(/<h1[^>]*>Two quiz results, side by side<\/h1>/);
    expect(appHtml).toContain('Reading the two sets of answers in this link');
    expect(appHtml).toMatch(/<noscript>.*needs JavaScript/s);
    expect(headHtml).toContain('<title>Two quiz results side by side | Go or Rust?</title>');
    expect(getRouteTitle('/quiz/side-by-side/')).toBe(getRouteMeta(paths.sideBySide).title);
  });
});
