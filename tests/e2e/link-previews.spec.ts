import { expect, test } from './fixtures';

/** One head tag's content from raw HTML, as a link-preview crawler (which runs no script) reads it. */
function metaContent(html: string, attr: 'name' | 'property', key: string): string | undefined {
  return html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`))?.[1];
}

const OUTCOMES = [
  ['go', 'Learn Go'],
  ['rust', 'Learn Rust'],
  ['close-call-go', 'Close call: learn both, starting with Go'],
  ['close-call-rust', 'Close call: learn both, starting with Rust'],
] as const;

for (const [slug, headline] of OUTCOMES) {
  test(`a shared ${slug} link previews with its outcome and its own 1200×630 image`, async ({
    request,
  }) => {
    const page = await request.get(`/quiz/result/${slug}?a=x`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    const title = `${headline}: a shared quiz result | Go or Rust?`;
    expect(html).toContain(`<title>${title}</title>`);
    expect(metaContent(html, 'property', 'og:title')).toBe(title);
    expect(metaContent(html, 'property', 'og:description')).toMatch(/^The answers in this link /);
    expect(metaContent(html, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'property', 'og:image:width')).toBe('1200');
    expect(metaContent(html, 'property', 'og:image:height')).toBe('630');
    expect(metaContent(html, 'property', 'og:image:alt')).toMatch(new RegExp(`^${headline}\\. `));

    const imageUrl = new URL(metaContent(html, 'property', 'og:image') ?? '');
    expect(imageUrl.protocol).toMatch(/^https?:$/);
    expect(imageUrl.pathname).toBe(`/og/${slug}.png`);
    expect(metaContent(html, 'name', 'twitter:image')).toBe(imageUrl.href);

    const image = await request.get(imageUrl.pathname);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 1200,
      height: 630,
    });
  });
}

test('other pages keep the site image, and the offline app never downloads preview images', async ({
  request,
}) => {
  const html = await (await request.get('/quiz')).text();
  expect(new URL(metaContent(html, 'property', 'og:image') ?? '').pathname).toBe('/og-image.png');
  const worker = await (await request.get('/sw.js')).text();
  expect(worker).toContain('"/quiz/result/rust"');
  expect(worker).not.toMatch(/"\/og\/|"\/og-image\.png"/);
});
