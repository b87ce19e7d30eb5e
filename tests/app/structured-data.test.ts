import { describe, expect, it } from 'vitest';
import { renderHeadTags } from '../../src/app/head';
import { ROUTE_META } from '../../src/app/route-meta';
import { buildFaqJsonLd, serializeJsonLd } from '../../src/app/structured-data';
import { FAQ } from '../../src/data/guide';

describe('FAQ structured data', () => {
  it('lists every FAQ entry with its answer', () => {
    const data = buildFaqJsonLd() as {
      '@type': string;
      mainEntity: { name: string; acceptedAnswer: { text: string } }[];
    };
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.map((q) => q.name)).toEqual(FAQ.map((f) => f.question));
    expect(data.mainEntity.map((q) => q.acceptedAnswer.text)).toEqual(FAQ.map((f) => f.answer));
  });

  it('cannot be broken out of by text that closes the script', () => {
    const json = serializeJsonLd({ text: '</script><script>alert(1)</script> & \u2028' });
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script> & \u2028' });
  });

  it('goes into the head as a JSON-LD block that parses back', () => {
    const html = renderHeadTags({
      meta: ROUTE_META['/'],
      canonicalUrl: 'https://example.org/',
      origin: 'https://example.org',
      jsonLd: buildFaqJsonLd(),
    });
    const block = html.match(/<script type="application\/ld\+json">(.*)<\/script>/)?.[1] ?? '';
    expect(JSON.parse(block)).toEqual(buildFaqJsonLd());
  });
});
