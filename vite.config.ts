import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { compileHintPlugin } from './scripts/compile-hint.mjs';
import { reactRouterProductionAlias } from './scripts/react-router-production.mjs';
import { siteOrigin } from './scripts/site-origin.mjs';

export default defineConfig(({ command }) => ({
  // compileHintPlugin: V8 compiles every chunk's functions while it downloads (scripts/compile-hint.mjs).
  plugins: [react(), compileHintPlugin()],
  // Builds use react-router's production build; tests and the dev server keep its warnings.
  resolve: command === 'build' ? { alias: reactRouterProductionAlias() } : {},
  // The origin the build is for (scripts/site-origin.mjs checks it): /embed shows it in its snippet before
  // any script runs; once running, the page uses the origin it is served from.
  define: { 'import.meta.env.SITE_ORIGIN': JSON.stringify(siteOrigin(process.env.SITE_ORIGIN)) },
  build: {
    manifest: true,
    // Every browser we target supports <link rel=modulepreload>; the polyfill would cost every page bytes.
    modulePreload: { polyfill: false },
    target: 'es2022',
    // Keep the prerendered pages' CSS in files so a strict style-src 'self' CSP holds.
    cssCodeSplit: true,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    testTimeout: 15_000,
    // Files share a worker and its module cache instead of each starting afresh: on 2 cores that start-up was
    // two thirds of `npm test`. tests/setup.ts puts back after each test what a test can leave behind, and
    // `npx vitest run --sequence.shuffle` shows that no test leans on another's leftovers.
    isolate: false,
    projects: [
      // Most tests are pure; a test that needs a DOM is named *.dom.test.ts(x) and runs in jsdom.
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/**/*.dom.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['tests/**/*.dom.test.{ts,tsx}'] },
      },
    ],
  },
}));
