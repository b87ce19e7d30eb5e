// Reads a Netlify / Cloudflare Pages `_headers` file and answers which headers apply to a URL path.

/**
 * @typedef {{ pattern: string, headers: Record<string, string>, detach: string[] }} HeaderRule
 * `detach` lists the headers a `! Name` line removes from the rules before it (Cloudflare Pages syntax;
 * Netlify skips such a line, and there the later rule's value replaces the earlier one anyway).
 */

/**
 * @param {string} text the file's contents
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: {}, detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const line = raw.trim();
    if (rule && line.startsWith('!')) {
      const name = line.slice(1).trim();
      if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`_headers: bad detach line: ${raw}`);
      rule.detach.push(name);
      continue;
    }
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: header line outside a rule: ${raw}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** @param {string} pattern */
export function patternToRegExp(pattern) {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/**
 * One rule applied to a header set: its `! Name` lines first, then its values (a later rule wins, whatever
 * the casing of the name, and the header keeps its place).
 * @param {Record<string, string>} headers
 * @param {Pick<HeaderRule, 'headers'> & Partial<Pick<HeaderRule, 'detach'>>} rule
 * @returns {Record<string, string>} a new set
 */
export function applyRule(headers, rule) {
  const detached = new Set((rule.detach ?? []).map((name) => name.toLowerCase()));
  const result = Object.fromEntries(
    Object.entries(headers).filter(([name]) => !detached.has(name.toLowerCase())),
  );
  for (const [name, value] of Object.entries(rule.headers)) {
    const existing = Object.keys(result).find((key) => key.toLowerCase() === name.toLowerCase());
    result[existing ?? name] = value;
  }
  return result;
}

/**
 * Headers for a URL path: every matching rule applies in file order, later rules win for the same name.
 * @param {HeaderRule[]} rules
 * @param {string} urlPath
 * @returns {Record<string, string>}
 */
export function headersFor(rules, urlPath) {
  return rules
    .filter((rule) => patternToRegExp(rule.pattern).test(urlPath))
    .reduce(
      (headers, rule) => applyRule(headers, rule),
      /** @type {Record<string, string>} */ ({}),
    );
}

/**
 * Headers that two matching rules both set for a URL path with no `! Name` in the later one. Cloudflare
 * Pages sends such a header twice (joined by a comma): for a CSP, two policies, both enforced.
 * @param {HeaderRule[]} rules
 * @param {string} urlPath
 * @returns {string[]} lower-case names
 */
export function stackedHeaders(rules, urlPath) {
  const set = new Set();
  const stacked = new Set();
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(urlPath)) continue;
    for (const name of rule.detach) set.delete(name.toLowerCase());
    for (const name of Object.keys(rule.headers)) {
      if (set.has(name.toLowerCase())) stacked.add(name.toLowerCase());
      set.add(name.toLowerCase());
    }
  }
  return [...stacked];
}
