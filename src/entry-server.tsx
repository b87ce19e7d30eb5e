import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { renderHeadTags } from './app/head';
import { OUTCOME_PATHS, paths, SITE_NAME, UNLISTED_PATHS } from './app/paths';
import { getRouteMeta, OUTCOME_CARDS, ROUTE_META } from './app/route-meta';
import { AppRoutes, loadAllPages, ROUTE_MODULE_FILES } from './app/routes';
import { buildFaqJsonLd } from './app/structured-data';

/** OUTCOME_CARDS and SITE_NAME: what scripts/og-images.mjs draws on each outcome's preview image. */
export { OUTCOME_CARDS, ROUTE_MODULE_FILES, SITE_NAME };

/** The pages search engines are told about (sitemap.xml). */
export const SITEMAP_PATHS: readonly string[] = Object.values(paths).filter(
  // Pages a link with answers fills, and pages made to be framed, are left out.
  (path) => !UNLISTED_PATHS.includes(path) && !ROUTE_META[path].noindex,
);

/** Every URL written to static HTML at build time (the 404 page aside): the pages and the outcome pages. */
export const PRERENDER_PATHS: readonly string[] = [...Object.values(paths), ...OUTCOME_PATHS];
export const NOT_FOUND_PATH = '/__not-found__';

type RenderedPage = { appHtml: string; headHtml: string; status: number };

/** Renders one URL to HTML with react-router's StaticRouter; every page module is loaded first. */
export async function renderPage(pathname: string, origin: string): Promise<RenderedPage> {
  await loadAllPages();
  const appHtml = renderToString(
    <StrictMode>
      <StaticRouter location={pathname}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
  );
  const known = PRERENDER_PATHS.includes(pathname);
  const meta = getRouteMeta(pathname);
  const headHtml = renderHeadTags({
    meta,
    canonicalUrl: known && !meta.noindex ? new URL(pathname, origin).href : null,
    origin,
    jsonLd: pathname === paths.home ? buildFaqJsonLd() : undefined,
  });
  return { appHtml, headHtml, status: known ? 200 : 404 };
}
