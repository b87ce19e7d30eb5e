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

  it.each([
    ['go', 'Learn Go', 'The answers in this link favour Go.'],
    ['rust', 'Learn Rust', 'The answers in this link favour Rust.'],
    [
      'close-call-go',
      'Close call: learn both, starting with Go',
      'The answers in this link land close to even, with Go a little ahead.',
    ],
    [
      'close-call-rust',
      'Close call: learn both, starting with Rust',
      'The answers in this link land close to even, with Rust a little ahead.',
    ],
  ])(
    '/quiz/result/%s previews as its outcome, with its own image',
    async (slug, headline, meaning) => {
      const { headHtml } = await renderPage(`/quiz/result/${slug}`, ORIGIN);
      const meta = (attr: string, key: string) =>
        headHtml.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`))?.[1];
      const image = `${ORIGIN}/og/${slug}.png`;
      expect(meta('property', 'og:title')).toBe(`${headline}: a shared quiz result | Go or Rust?`);
      expect(meta('property', 'og:description')).toContain(meaning);
      expect(meta('name', 'description')).toBe(meta('property', 'og:description'));
      expect(meta('property', 'og:image')).toBe(image);
      expect(meta('property', 'og:image:width')).toBe('1200');
      expect(meta('property', 'og:image:height')).toBe('630');
      expect(meta('property', 'og:image:alt')).toBe(`${headline}. ${meaning}`);
      expect(meta('name', 'twitter:card')).toBe('summary_large_image');
      expect(meta('name', 'twitter:image')).toBe(image);
      expect(meta('name', 'twitter:title')).toBe(meta('property', 'og:title'));
    },
  );

  it('leaves every other page with the site image', async () => {
    for (const path of [...SITEMAP_PATHS, '/missing-page']) {
      const { headHtml } = await renderPage(path, ORIGIN);
      expect(headHtml).toContain(`<meta property="og:image" content="${ORIGIN}/og-image.png">`);
      expect(headHtml).toContain(`<meta name="twitter:image" content="${ORIGIN}/og-image.png">`);
    }
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
