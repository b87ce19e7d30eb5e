import { describe, expect, it } from 'vitest';
import { renderHeadTags } from '../../src/app/head';
import { getRouteTitle, paths, ROUTE_TITLES } from '../../src/app/paths';
import { getRouteMeta, NOT_FOUND_META, ROUTE_META } from '../../src/app/route-meta';

describe('route meta', () => {
  it('gives every route a distinct title and a description of search-result length', () => {
    const metas = Object.values(paths).map((p) => ROUTE_META[p]);
    expect(new Set(metas.map((m) => m.title)).size).toBe(metas.length);
    for (const meta of metas) {
      expect(meta.description.length).toBeGreaterThanOrEqual(70);
      expect(meta.description.length).toBeLessThanOrEqual(170);
    }
  });

  it('ignores a trailing slash and falls back to the 404 meta', () => {
    expect(getRouteMeta('/compare/')).toBe(ROUTE_META['/compare']);
    expect(getRouteMeta('/nope')).toBe(NOT_FOUND_META);
    expect(getRouteTitle('/compare/')).toBe(ROUTE_TITLES['/compare']);
    expect(getRouteTitle('/nope')).toBe(NOT_FOUND_META.title);
  });

  it('escapes text in head tags and marks unknown pages noindex', () => {
    const html = renderHeadTags({
      meta: { title: 'A <b> & "c"', description: 'd' },
      canonicalUrl: null,
      origin: 'https://example.org',
    });
    expect(html).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(html).toContain('noindex');
    expect(html).not.toContain('canonical');
  });

  it('adds social tags with an absolute image URL, and a canonical link for indexable pages', () => {
    const html = renderHeadTags({
      meta: ROUTE_META['/salaries'],
      canonicalUrl: 'https://example.org/salaries',
      origin: 'https://example.org',
    });
    expect(html).toContain('<link rel="canonical" href="https://example.org/salaries">');
    expect(html).toContain('<meta property="og:image" content="https://example.org/og-image.png">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).not.toContain('noindex');
  });
});
