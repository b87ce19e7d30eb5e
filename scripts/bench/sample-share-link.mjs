// A /quiz/result URL holding a fixed set of answers, made with the app's own share-link codec
// (loaded through Vite so the TypeScript source is used as is). Falls back to the bare page.
import { existsSync } from 'node:fs';
import { createServer } from 'vite';

export async function sampleShareLink() {
  if (!existsSync('scripts/bench/sample-share-link.ts')) return '/quiz/result';
  const vite = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const mod = await vite.ssrLoadModule('/scripts/bench/sample-share-link.ts');
    return mod.buildSampleResultPath();
  } finally {
    await vite.close();
  }
}
