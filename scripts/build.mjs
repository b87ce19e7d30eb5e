// Production build: client bundle, server bundle, then every route prerendered to static HTML.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { build, minify } from 'vite';
import { prerender } from './prerender.mjs';

// OUT_DIR lets parallel work build side by side (e.g. OUT_DIR=dist-quiz); the default is dist/.
const outDir = process.env.OUT_DIR ?? 'dist';
const ssrDir = `${outDir}-ssr`;

await rm(outDir, { recursive: true, force: true });
await rm(ssrDir, { recursive: true, force: true });
await build({ logLevel: 'warn', build: { outDir } });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, manifest: false, emptyOutDir: true },
});
// public/ is copied as is; boot.js runs on every page, so it ships minified.
const bootFile = `${outDir}/boot.js`;
const { code } = await minify('boot.js', await readFile(bootFile, 'utf8'), {
  compress: true,
  mangle: true,
});
await writeFile(bootFile, code);

await prerender({ clientDir: outDir, serverEntry: `${ssrDir}/entry-server.js` });
await rm(ssrDir, { recursive: true, force: true });
