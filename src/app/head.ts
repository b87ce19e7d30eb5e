import type { RouteMeta } from './paths';
import { SITE_NAME } from './paths';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type HeadInput = { meta: RouteMeta; canonicalUrl: string | null };

/**
 * The head tags of one prerendered page, as an HTML string for the template's <head>.
 * @example renderHeadTags({ meta, canonicalUrl: 'https://example.org/quiz' })
 */
export function renderHeadTags({ meta, canonicalUrl }: HeadInput): string {
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
  ];
  if (canonicalUrl) {
    const url = escapeHtml(canonicalUrl);
    tags.push(`<link rel="canonical" href="${url}">`, `<meta property="og:url" content="${url}">`);
  } else {
    tags.push('<meta name="robots" content="noindex">');
  }
  return tags.join('\n    ');
}
