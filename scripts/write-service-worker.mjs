// Writes dist/sw.js: the template with this build's version and the list of files to keep for offline use.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

async function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(`/${path.relative(base, full).split(path.sep).join('/')}`);
  }
  return out;
}

/** Chart code (recharts): fetched only by /salaries, and cached by the worker once it has been drawn. */
export const isChartCode = (text) => /recharts/i.test(text);

/**
 * Code a visitor fetches only when asking for it, kept by the worker once fetched (as the charts are) rather
 * than downloaded in the background of every first visit: the picture of a result (on "Save as image") and
 * the embed pages with their resizer, which are made for other sites' posts. Named by source, so a renamed
 * chunk cannot slip back into the install.
 */
export const ON_DEMAND_SOURCES = [
  'src/features/quiz/draw-result-picture.ts',
  'src/app/routes/embed-route.tsx',
  'src/app/routes/embed-quiz-route.tsx',
];
export const ON_DEMAND_FILES = ['/embed.js'];

async function onDemandFiles(clientDir) {
  const manifest = JSON.parse(await readFile(path.join(clientDir, '.vite/manifest.json'), 'utf8'));
  return new Set([
    ...ON_DEMAND_FILES,
    ...ON_DEMAND_SOURCES.map((source) => {
      if (!manifest[source]) throw new Error(`${source} is missing from the build manifest`);
      return `/${manifest[source].file}`;
    }),
  ]);
}

// Link-preview images (og-image.png, og/*.png) are for other sites' crawlers, never for the offline app; the
// brotli copies (*.br) are the same files in another encoding, which the worker gets from the server as needed.
const SKIP =
  /^\/(\.vite\/|_headers$|sw\.js$|og-image\.png$|og\/|icon-512\.png$)|\/index\.html$|^\/404\.html$|\.br$/;

export async function writeServiceWorker(clientDir, pagePaths) {
  const files = await listFiles(clientDir);
  const onDemand = await onDemandFiles(clientDir);
  const assets = [];
  for (const file of files.filter((f) => !SKIP.test(f) && !onDemand.has(f)).sort()) {
    // A first visit elsewhere must not download the charts in the background.
    if (file.endsWith('.js') && isChartCode(await readFile(path.join(clientDir, file), 'utf8')))
      continue;
    assets.push(file);
  }
  // Pages are cached under their own URLs ('/quiz'), which the static host serves from quiz/index.html.
  const pages = Object.fromEntries([...pagePaths.map((p) => [p, p]), ['/404', '/404.html']]);
  const template = await readFile('scripts/service-worker.template.js', 'utf8');
  // The worker's own code is part of the version too, so a change to it alone gets a fresh cache.
  const hash = createHash('sha256').update(template);
  for (const file of [...files].sort()) {
    if (file === '/sw.js') continue;
    hash.update(file).update(await readFile(path.join(clientDir, file)));
  }
  const version = hash.digest('hex').slice(0, 12);
  const sw = template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('/* pages */ {}', JSON.stringify(pages))
    .replace('/* assets */ []', JSON.stringify(assets))
    .replace('/* on demand */ []', JSON.stringify(ON_DEMAND_FILES));
  await writeFile(path.join(clientDir, 'sw.js'), sw);
  console.log(
    `service worker ${version}: ${Object.keys(pages).length} pages, ${assets.length} files`,
  );
}
