import { FAQ } from '../data/guide';

/**
 * schema.org FAQPage for the home page, built from the dataset so it can never drift from the visible FAQ.
 * @example buildFaqJsonLd()['@type'] === 'FAQPage'
 */
export function buildFaqJsonLd(): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: FAQ.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block: characters that could close the script or start
 * markup are escaped, so no data can break out of it.
 * @example serializeJsonLd({ a: '</script>' }) === '{"a":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
