// Reads a Netlify / Cloudflare Pages `_headers` file and answers which headers apply to a URL path.

/**
 * @param {string} text the file's contents
 * @returns {{ pattern: string, headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: Record<string, string> }[]} */
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: header line outside a rule: ${raw}`);
    rule.headers[raw.slice(0, colon).trim()] = raw.slice(colon + 1).trim();
  }
  return rules;
}

/** @param {string} pattern */
function patternToRegExp(pattern) {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/**
 * Headers for a URL path: every matching rule applies, later rules win for the same name.
 * @param {{ pattern: string, headers: Record<string, string> }[]} rules
 * @param {string} urlPath
 * @returns {Record<string, string>}
 */
export function headersFor(rules, urlPath) {
  /** @type {Record<string, string>} */
  const result = {};
  for (const rule of rules) {
    if (patternToRegExp(rule.pattern).test(urlPath)) Object.assign(result, rule.headers);
  }
  return result;
}
