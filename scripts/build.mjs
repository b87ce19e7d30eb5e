// Production build: client bundle, server bundle, then every route prerendered to static HTML.
import { rm } from 'node:fs/promises';
import { build } from 'vite';
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
await prerender({ clientDir: outDir, serverEntry: `${ssrDir}/entry-server.js` });
await rm(ssrDir, { recursive: true, force: true });
