// Scores a set of response headers with the published rules of the MDN HTTP Observatory (v2 scoring):
// start at 100, apply each test's modifier; bonuses count only when the penalties leave 90 or more.
// Tests that depend on the host rather than on headers (HTTP->HTTPS redirect, cookies, the HSTS preload list)
// are scored as a correctly configured HTTPS host scores them: 0.

const PRIVATE_REFERRER = [
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
];
const SIX_MONTHS = 15768000;

/** @param {string} csp */
function parseCsp(csp) {
  /** @type {Record<string, string[]>} */
  const directives = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = values;
  }
  return directives;
}

/**
 * @param {Record<string, string>} headers response headers (any case)
 * @returns {{ score: number, grade: string, tests: { name: string, result: string, modifier: number }[] }}
 */
export function scoreHeaders(headers) {
  const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  /** @type {{ name: string, result: string, modifier: number }[]} */
  const tests = [];
  const add = (name, result, modifier) => tests.push({ name, result, modifier });

  const csp = h['content-security-policy'];
  if (!csp) add('content-security-policy', 'csp-not-implemented', -25);
  else {
    const d = parseCsp(csp);
    const scriptSrc = d['script-src'] ?? d['default-src'] ?? [];
    const styleSrc = d['style-src'] ?? d['default-src'] ?? [];
    const all = Object.values(d).flat();
    if (scriptSrc.includes("'unsafe-inline'") || all.some((v) => v === 'http:' || v === '*'))
      add('content-security-policy', 'csp-implemented-with-unsafe-inline', -20);
    else if (scriptSrc.includes("'unsafe-eval'"))
      add('content-security-policy', 'csp-implemented-with-unsafe-eval', -10);
    else if (styleSrc.includes("'unsafe-inline'"))
      add('content-security-policy', 'csp-implemented-with-unsafe-inline-in-style-src-only', 0);
    else if ((d['default-src'] ?? []).join(' ') === "'none'")
      add('content-security-policy', 'csp-implemented-with-no-unsafe-default-src-none', 10);
    else add('content-security-policy', 'csp-implemented-with-no-unsafe', 5);
  }

  add('cookies', 'cookies-not-found', 0);
  add(
    'cross-origin-resource-sharing',
    h['access-control-allow-origin'] === '*'
      ? 'cors-implemented-with-public-access'
      : 'cors-not-implemented',
    0,
  );
  add('redirection', 'redirection-to-https (host)', 0);

  const referrer = h['referrer-policy']
    ?.split(',')
    .map((v) => v.trim().toLowerCase())
    .at(-1);
  if (!referrer) add('referrer-policy', 'referrer-policy-not-implemented', 0);
  else if (PRIVATE_REFERRER.includes(referrer))
    add('referrer-policy', 'referrer-policy-private', 5);
  else add('referrer-policy', 'referrer-policy-unsafe', -5);

  const hsts = h['strict-transport-security'];
  const maxAge = Number(hsts?.match(/max-age=(\d+)/i)?.[1] ?? NaN);
  if (!hsts) add('strict-transport-security', 'hsts-not-implemented', -20);
  else if (!(maxAge >= SIX_MONTHS))
    add('strict-transport-security', 'hsts-implemented-max-age-less-than-six-months', -10);
  else add('strict-transport-security', 'hsts-implemented-max-age-at-least-six-months', 0);

  add('subresource-integrity', 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0);

  if (h['x-content-type-options']?.toLowerCase() === 'nosniff')
    add('x-content-type-options', 'x-content-type-options-nosniff', 0);
  else add('x-content-type-options', 'x-content-type-options-not-implemented', -5);

  const frameAncestors = csp ? parseCsp(csp)['frame-ancestors'] : undefined;
  if (frameAncestors && frameAncestors.join(' ') !== '*')
    add('x-frame-options', 'x-frame-options-implemented-via-csp', 5);
  else if (/^(deny|sameorigin)$/i.test(h['x-frame-options'] ?? ''))
    add('x-frame-options', 'x-frame-options-sameorigin-or-deny', 0);
  else add('x-frame-options', 'x-frame-options-not-implemented', -20);

  const corp = h['cross-origin-resource-policy']?.toLowerCase();
  add(
    'cross-origin-resource-policy',
    corp ? `corp-implemented-with-${corp}` : 'corp-not-implemented',
    0,
  );

  const penalties = tests.filter((t) => t.modifier < 0).reduce((sum, t) => sum + t.modifier, 0);
  const bonuses = tests.filter((t) => t.modifier > 0).reduce((sum, t) => sum + t.modifier, 0);
  const base = 100 + penalties;
  const score = Math.max(0, base >= 90 ? base + bonuses : base);
  return { score, grade: gradeFor(score), tests };
}

/** @param {number} score */
export function gradeFor(score) {
  const grades = [
    [100, 'A+'],
    [90, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
  ];
  for (const [min, grade] of grades) if (score >= min) return grade;
  return 'F';
}
