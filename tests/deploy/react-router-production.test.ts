import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reactRouterProductionEntry } from '../../scripts/react-router-production.mjs';

describe('react-router production build (what vite build bundles)', () => {
  it('offers every name the package exports, so the build alias cannot break an import', async () => {
    const production: Record<string, unknown> = await import(
      /* @vite-ignore */ pathToFileURL(reactRouterProductionEntry()).href
    );
    const development: Record<string, unknown> = await import('react-router');
    expect(Object.keys(production).sort()).toEqual(Object.keys(development).sort());
    for (const name of [
      'BrowserRouter',
      'Routes',
      'Route',
      'Link',
      'matchRoutes',
      'useSearchParams',
    ])
      expect(typeof production[name]).toBe(typeof development[name]);
  });
});
