import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { siteOrigin } from './scripts/site-origin.mjs';

export default defineConfig({
  plugins: [react()],
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
    // Most tests are pure; a file that needs a DOM says so with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
