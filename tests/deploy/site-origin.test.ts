import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ORIGIN, siteOrigin } from '../../scripts/site-origin.mjs';

describe('siteOrigin', () => {
  it.each([
    ['https://go-or-rust.dev', 'https://go-or-rust.dev'],
    ['https://go-or-rust.dev/', 'https://go-or-rust.dev'],
    ['https://www.example.org:8443', 'https://www.example.org:8443'],
    ['http://localhost:4173', 'http://localhost:4173'],
    ['http://localhost', 'http://localhost'],
  ])('accepts %s as %s', (value, origin) => {
    expect(siteOrigin(value)).toBe(origin);
  });

  it('uses the placeholder origin when SITE_ORIGIN is not set', () => {
    expect(siteOrigin(undefined)).toBe(DEFAULT_SITE_ORIGIN);
  });

  it.each([
    ['', 'is not an absolute URL'],
    ['go-or-rust.dev', 'is not an absolute URL'],
    ['//go-or-rust.dev', 'is not an absolute URL'],
    ['http://go-or-rust.dev', 'must start with https://'],
    ['http://127.0.0.1:4173', 'must start with https://'],
    ['ftp://go-or-rust.dev', 'must start with https://'],
    ['https://go-or-rust.dev/app', 'no path, query or fragment'],
    ['https://go-or-rust.dev/?utm=x', 'no path, query or fragment'],
    ['https://go-or-rust.dev/#top', 'no path, query or fragment'],
    ['https://user:secret@go-or-rust.dev', 'user name or password'],
  ])('refuses %j: %s', (value, reason) => {
    expect(() => siteOrigin(value)).toThrow(reason);
    expect(() => siteOrigin(value)).toThrow('such as https://go-or-rust.example');
  });
});

describe('npm run build with a bad SITE_ORIGIN', () => {
  it('stops before building anything and says why', () => {
    const outDir = 'dist-site-origin-check';
    const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, SITE_ORIGIN: 'http://go-or-rust.dev', OUT_DIR: outDir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SITE_ORIGIN="http://go-or-rust.dev" must start with https://');
    expect(existsSync(outDir)).toBe(false);
  });
});
