// Writes deploy/nginx.conf from public/_headers, so nginx sends what `npm run serve` sends.
// `npm run nginx-config` regenerates it; tests/deploy/nginx-config.test.ts fails when the two drift apart.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyRule, parseHeadersFile } from './headers-file.mjs';
import { COMPRESSIBLE, TYPES } from './static-server.mjs';

export const NGINX_PORT = 8080;
export const NGINX_ROOT = '/usr/share/nginx/html';

/**
 * What scripts/static-server.mjs sends before the _headers rules apply: it revalidates everything but the
 * hashed files under /assets/, and always names Accept-Encoding in Vary (it gzips by content type).
 */
const SERVER_DEFAULTS = [
  { pattern: '/*', headers: { 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' } },
  { pattern: '/assets/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
];

/** Headers nginx sets itself; a rule naming one would send it twice or contradict the server. */
const RESERVED = ['content-type', 'content-length', 'content-encoding', 'date', 'server'];

/**
 * The nginx location for a _headers pattern: "/x" is exact, "/x*" (a splat at the very end only) is a
 * prefix. Placeholders and inner splats would need regex locations, which rank differently; refuse them.
 * @param {string} pattern
 * @returns {{ kind: 'exact' | 'prefix', path: string }}
 */
export function patternToLocation(pattern) {
  if (!pattern.startsWith('/')) {
    throw new Error(`_headers: the nginx generator only handles path rules, not "${pattern}"`);
  }
  const splat = pattern.indexOf('*');
  if (/:[a-z]/i.test(pattern) || (splat >= 0 && splat !== pattern.length - 1)) {
    throw new Error(
      `_headers: "${pattern}" uses a placeholder or an inner "*"; scripts/nginx-config.mjs only translates ` +
        'exact paths and a trailing "*"',
    );
  }
  return splat < 0
    ? { kind: 'exact', path: pattern }
    : { kind: 'prefix', path: pattern.slice(0, -1) };
}

/** Whether every URL path a location receives also matches the rule's pattern. */
function covers(rulePattern, location) {
  const rule = patternToLocation(rulePattern);
  if (rule.kind === 'exact') return location.kind === 'exact' && location.path === rule.path;
  return location.path.startsWith(rule.path);
}

/** A double-quoted nginx string; "$" would start a variable, so a value may not contain one. */
function quote(value) {
  if (value.includes('$')) throw new Error(`_headers: nginx cannot send a literal "$" in ${value}`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function locationLine(location) {
  if (location.kind === 'exact') return `location = ${location.path}`;
  // "/" is the catch-all; longer prefixes use ^~ so that no regex location could ever take them over.
  return location.path === '/' ? 'location /' : `location ^~ ${location.path}`;
}

/**
 * One location per distinct pattern. nginx picks exactly one location per request and a location that
 * adds any header inherits none from the server, so each location carries the full merged set: every rule
 * covering it, in file order, later rules winning, as headersFor() merges them for the Node server.
 * @param {{ pattern: string, headers: Record<string, string> }[]} fileRules
 */
function locations(fileRules) {
  const rules = [...SERVER_DEFAULTS, ...fileRules];
  for (const rule of fileRules) {
    const reserved = Object.keys(rule.headers).find((name) =>
      RESERVED.includes(name.toLowerCase()),
    );
    if (reserved) {
      throw new Error(`_headers: "${rule.pattern}" sets ${reserved}, which nginx sets itself`);
    }
  }
  const byKey = new Map();
  for (const rule of rules) {
    const location = patternToLocation(rule.pattern);
    byKey.set(`${location.kind} ${location.path}`, location);
  }
  const all = [...byKey.values()]
    .sort((a, b) => a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind))
    .map((location) => ({ location, headers: mergedHeaders(rules, location) }));
  // A location that sends exactly what the prefix around it sends adds nothing: leave its paths to that one.
  return all.filter(({ location, headers }) => {
    const parent = all
      .filter((other) => other.location.kind === 'prefix' && other.location !== location)
      .filter((other) => location.path.startsWith(other.location.path))
      .sort((a, b) => b.location.path.length - a.location.path.length)[0];
    return !parent || !sameHeaders(parent.headers, headers);
  });
}

/**
 * Every rule covering the location, in file order: its `! Name` lines drop a header set before, and a later
 * rule replaces a value, whatever its casing.
 */
function mergedHeaders(rules, location) {
  return rules
    .filter((rule) => covers(rule.pattern, location))
    .reduce(
      (headers, rule) => applyRule(headers, rule),
      /** @type {Record<string, string>} */ ({}),
    );
}

function sameHeaders(a, b) {
  const entries = (h) => JSON.stringify(Object.entries(h).sort(([x], [y]) => x.localeCompare(y)));
  return entries(a) === entries(b);
}

/** The server's MIME table, from the Node server's, so the two name every file alike. */
function typesBlock() {
  const byType = new Map();
  for (const [ext, type] of Object.entries(TYPES)) {
    const base = type.split(';')[0].trim();
    byType.set(base, [...(byType.get(base) ?? []), ext.slice(1)]);
  }
  return [...byType].map(([type, exts]) => `        ${type} ${exts.join(' ')};`).join('\n');
}

/** Base types the Node server labels "; charset=utf-8" (nginx always adds it to text/html). */
function charsetTypes() {
  const types = Object.values(TYPES).filter((t) => /;\s*charset=utf-8$/i.test(t));
  return [...new Set(types.map((t) => t.split(';')[0].trim()))].filter((t) => t !== 'text/html');
}

/** Base types the Node server gzips (nginx always gzips text/html). */
function gzipTypes() {
  const types = Object.values(TYPES).filter((t) => COMPRESSIBLE.test(t));
  return [...new Set(types.map((t) => t.split(';')[0].trim()))].filter((t) => t !== 'text/html');
}

/**
 * The nginx `server` block for the official image (conf.d/default.conf).
 * @param {string} headersText the contents of public/_headers
 * @returns {string}
 */
export function generateNginxConfig(headersText) {
  const blocks = locations(parseHeadersFile(headersText)).map(({ location, headers }) => {
    const lines = Object.entries(headers).map(
      ([name, value]) => `        add_header ${name} ${quote(value)} always;`,
    );
    return [
      `    ${locationLine(location)} {`,
      ...lines,
      '        try_files $uri $uri/index.html =404;',
      '    }',
    ].join('\n');
  });
  return `# Generated from public/_headers by scripts/nginx-config.mjs: do not edit, run \`npm run nginx-config\`.
# The server block for the official nginx image (copy it to /etc/nginx/conf.d/default.conf).
server {
    listen ${NGINX_PORT};
    server_name _;
    root ${NGINX_ROOT};
    server_tokens off;

    # The same MIME table as scripts/static-server.mjs; anything else is application/octet-stream.
    types {
${typesBlock()}
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types ${charsetTypes().join(' ')};

    # Text is gzipped whatever its size; Vary comes from the headers below, on every response.
    gzip on;
    gzip_min_length 0;
    gzip_vary off;
    gzip_types ${gzipTypes().join(' ')};

    # Clean URLs: /quiz and /quiz/ both serve quiz/index.html; a directory alone is never listed or
    # redirected to, and anything else is the 404 page with status 404.
    error_page 404 /404.html;

    # The rules file configures the host; it is not content.
    location = /_headers {
        return 404;
    }

    # One location per _headers pattern that changes anything, each with the full merged set of headers:
    # a location that adds one header inherits none from the server. "always" keeps them on the 404 page.
${blocks.join('\n\n')}
}
`;
}

/**
 * The committed config with another port and root, for running nginx from a test. Only the two lines
 * the official image fixes are replaced; each must be there exactly once.
 * @param {string} config
 * @param {{ port: number, root: string }} local
 */
export function localNginxConfig(config, { port, root }) {
  const swaps = [
    [`    listen ${NGINX_PORT};\n`, `    listen ${port};\n`],
    [`    root ${NGINX_ROOT};\n`, `    root ${quote(root)};\n`],
  ];
  return swaps.reduce((text, [from, to]) => {
    if (text.split(from).length !== 2)
      throw new Error(`nginx config: expected one "${from.trim()}"`);
    return text.replace(from, to);
  }, config);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  writeFileSync('deploy/nginx.conf', generateNginxConfig(readFileSync('public/_headers', 'utf8')));
  console.log('wrote deploy/nginx.conf from public/_headers');
}
