// Writes dist/<route>/index.html for every route, with head tags, the route's CSS, and the app's modules.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeOgImages } from './og-images.mjs';
import { siteOrigin } from './site-origin.mjs';
import { writeServiceWorker } from './write-service-worker.mjs';

// Checked when the build starts (build.mjs imports this module first), so a bad value costs no build.
let ORIGIN;
try {
  ORIGIN = siteOrigin(process.env.SITE_ORIGIN);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

function collectChunk(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return { js: [], css: [] };
  seen.add(key);
  const js = [entry.file];
  const css = [...(entry.css ?? [])];
  for (const imported of entry.imports ?? []) {
    const child = collectChunk(manifest, imported, seen);
    js.push(...child.js);
    css.push(...child.css);
  }
  return { js, css };
}

/** The route module's own JS chunks and CSS files, beyond what the entry already brings. */
function routeAssets(manifest, moduleFile) {
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const entryChunks = collectChunk(manifest, entryKey);
  if (!moduleFile) return { js: [], css: [] };
  if (!manifest[moduleFile])
    throw new Error(`Route module ${moduleFile} is missing from the build manifest`);
  const { js, css } = collectChunk(manifest, moduleFile);
  return {
    js: js.filter((f) => !entryChunks.js.includes(f)).map((f) => `/${f}`),
    css: css.filter((f) => !entryChunks.css.includes(f)).map((f) => `/${f}`),
  };
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const ENTRY_STYLESHEET = /\s*<link rel="stylesheet" crossorigin href="[^"]+">/g;
const BOOT = '<script src="/boot.js"></script>';

/**
 * Lists the app's modules as modulepreload links, which the browser's preload scanner fetches with the
 * page, and puts the boot script (public/boot.js, minified) inline with the entry's address: it runs the entry
 * once the page has painted. The entry's stylesheets are taken out of the template's end of <head>, to go
 * before the route's stylesheets and the code (see prerender).
 */
function loadEntry(template, extraPreloads, boot) {
  const entry = template.match(ENTRY_SCRIPT)?.[1];
  if (!entry) throw new Error('No module entry script found in the built index.html');
  if (!template.includes(BOOT)) throw new Error('index.html must load /boot.js');
  const preloads = [...template.matchAll(MODULE_PRELOAD)].map((m) => m[1]);
  const modules = [...new Set([entry, ...preloads, ...extraPreloads])];
  const styles = (template.match(ENTRY_STYLESHEET) ?? []).map((link) => link.trim());
  if (styles.length === 0) throw new Error('No entry stylesheet found in the built index.html');
  const html = template
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(ENTRY_STYLESHEET, '')
    // A function, so a "$" in the script is not read as a replacement pattern.
    .replace(BOOT, () => `<script data-entry="${entry}">${boot}</script>`);
  const links = modules.map(
    (href) => `<link rel="modulepreload" href="${href}" fetchpriority="low">`,
  );
  return { html, styles, links };
}

export async function prerender({ clientDir, serverEntry, boot }) {
  const server = await import(pathToFileURL(path.resolve(serverEntry)).href);
  const template = await readFile(path.join(clientDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(path.join(clientDir, '.vite/manifest.json'), 'utf8'));
  const targets = [...server.PRERENDER_PATHS, server.NOT_FOUND_PATH];
  for (const pathname of targets) {
    const { appHtml, headHtml, status } = await server.renderPage(pathname, ORIGIN);
    const assets = routeAssets(manifest, server.ROUTE_MODULE_FILES[pathname]);
    const styles = assets.css.map((href) => `<link rel="stylesheet" href="${href}">`);
    const entry = loadEntry(template, assets.js, boot);
    const html = entry.html
      // Functions, so a "$&" or "$'" in the page's text is not read as a replacement pattern.
      // Stylesheets first, the entry's (global) then the route's, as a client-side navigation appends them, and
      // then the code: the browser requests in document order and a slow link shares its bandwidth between
      // requests, so a stylesheet asked for after the code paints the page later.
      .replace('<!--app-head-->', () =>
        [headHtml, ...entry.styles, ...styles, ...entry.links].join('\n    '),
      )
      .replace('<!--app-html-->', () => appHtml);
    const file =
      pathname === server.NOT_FOUND_PATH
        ? path.join(clientDir, '404.html')
        : path.join(clientDir, pathname, 'index.html');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
    console.log(
      `prerendered ${pathname.padEnd(16)} ${status} ${(html.length / 1024).toFixed(1)} kB`,
    );
  }
  await writeSearchFiles(clientDir, server.SITEMAP_PATHS);
  await writeOgImages({
    outDir: clientDir,
    cards: server.OUTCOME_CARDS,
    siteName: server.SITE_NAME,
  });
  await writeServiceWorker(clientDir, server.PRERENDER_PATHS);
}

/** sitemap.xml and robots.txt, generated from the same route list as the pages. */
async function writeSearchFiles(clientDir, paths) {
  const today = new Date().toISOString().slice(0, 10);
  const urls = paths
    .map((p) => `  <url><loc>${new URL(p, ORIGIN).href}</loc><lastmod>${today}</lastmod></url>`)
    .join('\n');
  const sitemap = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  await writeFile(path.join(clientDir, 'sitemap.xml'), sitemap);
  const robots = `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', ORIGIN).href}\n`;
  await writeFile(path.join(clientDir, 'robots.txt'), robots);
}
