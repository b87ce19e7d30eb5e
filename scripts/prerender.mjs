// Writes dist/<route>/index.html for every route, with head tags and the route chunk preloaded.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ORIGIN = process.env.SITE_ORIGIN ?? 'https://go-or-rust.example';

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

function preloadTags(manifest, moduleFile) {
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const entryChunks = collectChunk(manifest, entryKey);
  if (!moduleFile) return '';
  if (!manifest[moduleFile])
    throw new Error(`Route module ${moduleFile} is missing from the build manifest`);
  const { js, css } = collectChunk(manifest, moduleFile);
  const newJs = js.filter((f) => !entryChunks.js.includes(f));
  const newCss = css.filter((f) => !entryChunks.css.includes(f));
  return [
    ...newCss.map((f) => `<link rel="stylesheet" href="/${f}">`),
    ...newJs.map((f) => `<link rel="modulepreload" href="/${f}">`),
  ].join('\n    ');
}

export async function prerender({ clientDir, serverEntry }) {
  const server = await import(pathToFileURL(path.resolve(serverEntry)).href);
  const template = await readFile(path.join(clientDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(path.join(clientDir, '.vite/manifest.json'), 'utf8'));
  const targets = [...server.PRERENDER_PATHS, server.NOT_FOUND_PATH];
  for (const pathname of targets) {
    const { appHtml, headHtml, status } = await server.renderPage(pathname, ORIGIN);
    const preload = preloadTags(manifest, server.ROUTE_MODULE_FILES[pathname]);
    const html = template
      .replace('<!--app-head-->', [headHtml, preload].filter(Boolean).join('\n    '))
      .replace('<!--app-html-->', appHtml);
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
}
