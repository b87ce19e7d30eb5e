import type { RouteMeta } from './route-meta';
import { SOCIAL_IMAGE } from './route-meta';
import { SITE_NAME } from './paths';
import { serializeJsonLd } from './structured-data';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type HeadInput = {
  meta: RouteMeta;
  /** Absolute URL of the page, or null for pages that must not be indexed (the 404). */
  canonicalUrl: string | null;
  origin: string;
  jsonLd?: unknown;
};

/**
 * The head tags of one prerendered page, as an HTML string for the template's <head>.
 * @example renderHeadTags({ meta, canonicalUrl: 'https://example.org/quiz', origin: 'https://example.org' })
 */
export function renderHeadTags({ meta, canonicalUrl, origin, jsonLd }: HeadInput): string {
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const picture = meta.image ?? SOCIAL_IMAGE;
  const image = escapeHtml(new URL(picture.path, origin).href);
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:image" content="${image}">`,
    `<meta property="og:image:width" content="${picture.width}">`,
    `<meta property="og:image:height" content="${picture.height}">`,
    `<meta property="og:image:alt" content="${escapeHtml(picture.alt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:title" content="${title}">`,
    `<meta name="twitter:description" content="${description}">`,
    `<meta name="twitter:image" content="${image}">`,
    `<meta name="twitter:image:alt" content="${escapeHtml(picture.alt)}">`,
  ];
  if (canonicalUrl) {
    const url = escapeHtml(canonicalUrl);
    tags.push(`<link rel="canonical" href="${url}">`, `<meta property="og:url" content="${url}">`);
  } else {
    tags.push('<meta name="robots" content="noindex">');
  }
  if (jsonLd !== undefined) {
    tags.push(`<script type="application/ld+json">${serializeJsonLd(jsonLd)}</script>`);
  }
  return tags.join('\n    ');
}
