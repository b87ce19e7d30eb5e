import { describe, expect, it } from 'vitest';
import { OUTCOME_PATHS } from '../../src/app/paths';
import { PRERENDER_PATHS, renderPage, SITEMAP_PATHS } from '../../src/entry-server';

const ORIGIN = 'https://example.org';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('outcome pages, as a crawler that runs no script reads them', () => {
  it.each([
    ['/quiz/result/go', 'Learn Go', /favour Go/],
    ['/quiz/result/rust', 'Learn Rust', /favour Rust/],
    ['/quiz/result/close-call-go', 'Close call: learn both, starting with Go', /Go a little ahead/],
    [
      '/quiz/result/close-call-rust',
      'Close call: learn both, starting with Rust',
      /Rust a little ahead/,
    ],
  ])('%s holds its outcome in the HTML and the head', async (path, headline, lead) => {
    const { appHtml, headHtml, status } = await renderPage(path, ORIGIN);
    expect(status).toBe(200);
    expect(appHtml).toMatch(new RegExp(`<h1[^>]*>${headline}</h1>`));
    expect(text(appHtml)).toMatch(lead);
    expect(appHtml).not.toContain('Loading your answers');
    expect(headHtml).toContain(`<title>${headline}: a shared quiz result | Go or Rust?</title>`);
    expect(headHtml).toContain(`<link rel="canonical" href="${ORIGIN}${path}">`);
  });

  it('are prerendered but not offered to search engines', () => {
    for (const path of OUTCOME_PATHS) {
      expect(PRERENDER_PATHS).toContain(path);
      expect(SITEMAP_PATHS).not.toContain(path);
    }
  });

  it('an unknown outcome is a 404', async () => {
    const { status } = await renderPage('/quiz/result/banana', ORIGIN);
    expect(status).toBe(404);
  });
});
