// react-router 7's package exports name only its development build, for every bundler and mode
// (remix-run/react-router#14102, open): a production bundle keeps its development warnings on. The package
// ships a production build beside it, the same code with ENABLE_DEV_WARNINGS false; builds use that one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The file of react-router's production build; throws if a new version moved it, so no build goes quietly. */
export function reactRouterProductionEntry() {
  const dir = path.dirname(require.resolve('react-router/package.json'));
  const entry = path.join(dir, 'dist', 'production', 'index.mjs');
  if (!existsSync(entry))
    throw new Error(
      `react-router has no production build at ${path.relative(process.cwd(), entry)}`,
    );
  return entry;
}

/** A Vite alias that resolves `react-router` to its production build (for `vite build` only). */
export function reactRouterProductionAlias() {
  return [{ find: /^react-router$/, replacement: reactRouterProductionEntry() }];
}
