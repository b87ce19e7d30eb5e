import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';
import {
  generateNginxConfig,
  localNginxConfig,
  NGINX_PORT,
  NGINX_ROOT,
} from '../../scripts/nginx-config.mjs';

const HEADERS_FILE = readFileSync('public/_headers', 'utf8');

type Location = { kind: 'exact' | 'prefix'; path: string; headers: Record<string, string> };

/** Reads back each location of a generated config with the headers it adds. */
function readLocations(config: string): Location[] {
  const blocks = [...config.matchAll(/^ {4}location (= |\^~ )?(\S+) \{\n([\s\S]*?)^ {4}\}/gm)];
  return blocks.map(([, modifier, path, body]) => {
    const headers: Record<string, string> = {};
    for (const [, name, value] of (body ?? '').matchAll(
      /add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g,
    )) {
      headers[name ?? ''] = (value ?? '').replace(/\\(.)/g, '$1');
    }
    return { kind: modifier === '= ' ? 'exact' : 'prefix', path: path ?? '', headers };
  });
}

/** The location nginx picks for a path (exact match first, then the longest prefix; no regex ones). */
function nginxHeaders(locations: Location[], urlPath: string): Record<string, string> | undefined {
  const exact = locations.find((l) => l.kind === 'exact' && l.path === urlPath);
  if (exact) return exact.headers;
  return locations
    .filter((l) => l.kind === 'prefix' && urlPath.startsWith(l.path))
    .sort((a, b) => b.path.length - a.path.length)[0]?.headers;
}

/** What scripts/static-server.mjs sends for a file found at that path. */
function nodeHeaders(headersText: string, urlPath: string): Record<string, string> {
  return {
    'Cache-Control': urlPath.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    Vary: 'Accept-Encoding',
    ...headersFor(parseHeadersFile(headersText), urlPath),
  };
}

const sorted = (headers: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(headers ?? {}).sort(([a], [b]) => a.localeCompare(b)));

const SAMPLE_PATHS = [
  '/',
  '/index.html',
  '/quiz',
  '/quiz/',
  '/quiz/result',
  '/compare',
  '/compare/',
  '/salaries',
  '/404.html',
  '/sw.js',
  '/manifest.webmanifest',
  '/robots.txt',
  '/assets/index-abc123.js',
  '/assets/',
  '/assets',
  '/embed/quiz',
  '/embed/quiz/',
  '/embed/quiz/index.html',
  '/embed',
  '/embed/',
  '/embed/index.html',
  '/embed.js',
  '/no-such-page',
];

describe('deploy/nginx.conf', () => {
  it('is what scripts/nginx-config.mjs makes of public/_headers (run `npm run nginx-config` if not)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(generateNginxConfig(HEADERS_FILE));
  });

  it('adds every header with "always" and none at server level, where a location would drop them', () => {
    const config = generateNginxConfig(HEADERS_FILE);
    const addHeaders = config.split('\n').filter((line) => line.includes('add_header'));
    expect(addHeaders.length).toBeGreaterThan(0);
    for (const line of addHeaders) {
      expect(line).toMatch(/^ {8}add_header .* always;$/);
    }
  });
});

describe('generateNginxConfig', () => {
  it('gives every path the headers the Node server gives it', () => {
    const locations = readLocations(generateNginxConfig(HEADERS_FILE));
    for (const urlPath of SAMPLE_PATHS) {
      expect(sorted(nginxHeaders(locations, urlPath)), urlPath).toEqual(
        sorted(nodeHeaders(HEADERS_FILE, urlPath)),
      );
    }
  });

  it('lets /embed/quiz be framed while every other page keeps frame-ancestors none', () => {
    const locations = readLocations(generateNginxConfig(HEADERS_FILE));
    for (const framed of ['/embed/quiz', '/embed/quiz/', '/embed/quiz/index.html']) {
      const embed = nginxHeaders(locations, framed);
      expect(embed?.['Content-Security-Policy'], framed).toMatch(/; frame-ancestors \*$/);
      // The rule replaces one header; the rest of the security headers still come from /*.
      expect(embed?.['Strict-Transport-Security']).toContain('max-age=63072000');
      expect(embed?.['X-Content-Type-Options']).toBe('nosniff');
    }
    for (const other of ['/', '/quiz', '/embed', '/embed/', '/404.html', '/no-such-page']) {
      expect(nginxHeaders(locations, other)?.['Content-Security-Policy'], other).toContain(
        "frame-ancestors 'none'",
      );
    }
  });

  it('drops a header on a "! Name" line before the rule sets its own', () => {
    const text = '/*\n  X-A: 1\n  X-B: 2\n/x\n  ! x-a\n/y\n  ! X-B\n  X-B: 3\n';
    const locations = readLocations(generateNginxConfig(text));
    expect(nginxHeaders(locations, '/x')?.['X-A']).toBeUndefined();
    expect(nginxHeaders(locations, '/x')?.['X-B']).toBe('2');
    expect(nginxHeaders(locations, '/y')?.['X-B']).toBe('3');
    expect(nginxHeaders(locations, '/z')?.['X-A']).toBe('1');
  });

  it('serves clean URLs without redirects and the 404 page with status 404', () => {
    const config = generateNginxConfig(HEADERS_FILE);
    expect(config).toContain('error_page 404 /404.html;');
    const locations = config.match(/^ {4}location /gm) ?? [];
    const tryFiles = config.match(/^ {8}try_files \$uri \$uri\/index\.html =404;$/gm) ?? [];
    expect(tryFiles.length).toBe(locations.length - 1); // all but the one hiding _headers
    expect(config).not.toMatch(/\breturn 30\d|\brewrite\b|\$uri\/ /);
  });

  it('names .webmanifest and gzips text as the Node server does', () => {
    const config = generateNginxConfig(HEADERS_FILE);
    expect(config).toMatch(/^ {8}application\/manifest\+json webmanifest;$/m);
    expect(config).toMatch(/^ {4}gzip_types .*\bapplication\/manifest\+json\b/m);
    expect(config).toMatch(/^ {4}gzip_types .*\btext\/javascript\b/m);
    expect(config).not.toMatch(/^ {4}gzip_types .*image\/png/m);
  });

  it.each([
    ['/quiz/:step', 'placeholder'],
    ['/quiz/*/share', 'inner "*"'],
    ['https://example.org/*', 'path rules'],
  ])('refuses a pattern it cannot translate faithfully: %s', (pattern, message) => {
    expect(() => generateNginxConfig(`${pattern}\n  X-Test: 1\n`)).toThrow(message);
  });

  it('refuses a header nginx sets itself, and a "$" nginx would read as a variable', () => {
    expect(() => generateNginxConfig('/*\n  Content-Type: text/plain\n')).toThrow(
      'which nginx sets itself',
    );
    expect(() => generateNginxConfig('/*\n  X-Price: $5\n')).toThrow('literal "$"');
  });
});

describe('localNginxConfig', () => {
  const committed = generateNginxConfig(HEADERS_FILE);

  it('replaces only the port and the root', () => {
    const local = localNginxConfig(committed, { port: 4291, root: '/tmp/some build' });
    const changed = local.split('\n').filter((line, i) => line !== committed.split('\n')[i]);
    expect(changed).toEqual(['    listen 4291;', '    root "/tmp/some build";']);
    expect(committed).toContain(`    listen ${NGINX_PORT};`);
    expect(committed).toContain(`    root ${NGINX_ROOT};`);
  });

  it('fails loudly when the committed lines have changed shape', () => {
    expect(() =>
      localNginxConfig(committed.replace('listen 8080;', 'listen 80;'), { port: 1, root: '/x' }),
    ).toThrow('expected one "listen 8080;"');
    expect(() =>
      localNginxConfig(`${committed}    root ${NGINX_ROOT};\n`, { port: 1, root: '/x' }),
    ).toThrow(`expected one "root ${NGINX_ROOT};"`);
  });
});
