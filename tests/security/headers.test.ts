import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';
import { scoreHeaders } from '../../scripts/observatory-score.mjs';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('public/_headers', () => {
  it('sets the strict CSP on every page', () => {
    const csp = headersFor(rules, '/quiz/result')['Content-Security-Policy'] ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe');
  });

  it('caches hashed assets for a year and revalidates pages', () => {
    expect(headersFor(rules, '/assets/index-abc123.js')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const page of ['/', '/quiz', '/quiz/result', '/compare', '/salaries', '/boot.js']) {
      expect(headersFor(rules, page)['Cache-Control']).toBe('no-cache');
    }
  });

  it('scores A+ (at least 100) on the HTTP Observatory rules', () => {
    const result = scoreHeaders(headersFor(rules, '/'));
    expect(result.tests.filter((t) => t.modifier < 0)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(100);
    expect(result.grade).toBe('A+');
  });
});
