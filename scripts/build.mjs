// Production build: client bundle, server bundle, then every route prerendered to static HTML.
import { readFile, rm } from 'node:fs/promises';
import { build } from 'vite';
import { bootScript, policiesWithoutBoot } from './boot-script.mjs';
import { precompressAssets } from './precompress.mjs';
import { prerender } from './prerender.mjs';

// OUT_DIR lets parallel work build side by side (e.g. OUT_DIR=dist-quiz); the default is dist/.
const outDir = process.env.OUT_DIR ?? 'dist';
const ssrDir = `${outDir}-ssr`;

// boot.js is inlined into every page (scripts/boot-script.mjs), so the copy in public/ is not shipped. The CSP
// must allow the inline copy: a policy that does not would leave every page without its theme and early input.
const boot = await bootScript();
const stale = policiesWithoutBoot(await readFile('public/_headers', 'utf8'), boot.csp);
if (stale.length > 0) {
  throw new Error(
    `public/_headers: put ${boot.csp} in the script-src of all ${stale.length} policies that lack it ` +
      '(public/boot.js changed), then run npm run nginx-config.',
  );
}

await rm(outDir, { recursive: true, force: true });
await rm(ssrDir, { recursive: true, force: true });
await build({ logLevel: 'warn', build: { outDir } });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, manifest: false, emptyOutDir: true },
});
// public/ is copied as is, boot.js with it; the pages carry their own copy.
await rm(`${outDir}/boot.js`);

await prerender({ clientDir: outDir, serverEntry: `${ssrDir}/entry-server.js`, boot: boot.code });
await rm(ssrDir, { recursive: true, force: true });
console.log(`brotli copies: ${await precompressAssets(outDir)} assets`);
