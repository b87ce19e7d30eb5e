// Production build: client bundle, server bundle, then every route prerendered to static HTML.
import { rm } from 'node:fs/promises';
import { build } from 'vite';
import { prerender } from './prerender.mjs';

await rm('dist', { recursive: true, force: true });
await rm('dist-ssr', { recursive: true, force: true });
await build({ logLevel: 'warn' });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: 'dist-ssr', manifest: false, emptyOutDir: true },
});
await prerender({ clientDir: 'dist', serverEntry: 'dist-ssr/entry-server.js' });
await rm('dist-ssr', { recursive: true, force: true });
