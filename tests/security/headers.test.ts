import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootScript, policiesWithoutBoot } from '../../scripts/boot-script.mjs';
import { headersFor, parseHeadersFile, stackedHeaders } from '../../scripts/headers-file.mjs';
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

  it('lets the inline boot script run by its current hash in every policy, and no other inline script', async () => {
    const boot = await bootScript();
    const text = readFileSync('public/_headers', 'utf8');
    expect(policiesWithoutBoot(text, boot.csp)).toEqual([]);
    for (const path of ['/', '/quiz/result', '/embed', '/embed/quiz', '/404.html']) {
      const csp = headersFor(rules, path)['Content-Security-Policy'] ?? '';
      expect(csp, path).toContain(`script-src 'self' ${boot.csp};`);
    }
    // What the build checks: a policy still naming the hash of an older boot.js is reported.
    const stale = text.replaceAll(boot.csp, "'sha256-AAAA'");
    expect(policiesWithoutBoot(stale, boot.csp)).toHaveLength(5);
  });

  it('caches hashed assets for a year and revalidates pages', () => {
    expect(headersFor(rules, '/assets/index-abc123.js')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const page of ['/', '/quiz', '/quiz/result', '/compare', '/salaries', '/sw.js']) {
      expect(headersFor(rules, page)['Cache-Control']).toBe('no-cache');
    }
  });

  it('lets only /embed/quiz be framed, by anyone; every other path keeps frame-ancestors none', () => {
    const site = headersFor(rules, '/')['Content-Security-Policy'] ?? '';
    const framable = site.replace("frame-ancestors 'none'", 'frame-ancestors *');
    for (const path of ['/embed/quiz', '/embed/quiz/', '/embed/quiz/index.html']) {
      const headers = headersFor(rules, path);
      // The same policy but for whom may frame it, and nothing else that refuses framing.
      expect(headers['Content-Security-Policy'], path).toBe(framable);
      expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain(
        'x-frame-options',
      );
      expect(headers['Strict-Transport-Security']).toBe(
        headersFor(rules, '/')['Strict-Transport-Security'],
      );
    }
    for (const path of [
      '/',
      '/quiz',
      '/quiz/',
      '/quiz/result/rust',
      '/compare',
      '/salaries',
      '/embed',
      '/embed/',
      '/embed/index.html',
      '/embed/quizzes',
      '/404.html',
      '/no-such-page',
    ]) {
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toMatch(
        /; frame-ancestors 'none'$/,
      );
    }
  });

  it('lets /embed frame its own origin for the live preview, and nothing else', () => {
    for (const path of ['/embed', '/embed/', '/embed/index.html']) {
      const csp = headersFor(rules, path)['Content-Security-Policy'] ?? '';
      expect(csp, path).toContain("frame-src 'self';");
      expect(csp.replace(" frame-src 'self';", '')).toBe(
        headersFor(rules, '/')['Content-Security-Policy'],
      );
    }
    for (const path of ['/', '/quiz', '/embed/quiz']) {
      expect(headersFor(rules, path)['Content-Security-Policy'], path).not.toContain('frame-src');
    }
  });

  it('lets other sites load /embed.js with <script src>, and nothing else', () => {
    expect(headersFor(rules, '/embed.js')['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(headersFor(rules, '/embed.js')['Cache-Control']).toBe('no-cache');
    for (const path of ['/', '/sw.js', '/embed/quiz', '/assets/index-abc123.js']) {
      expect(headersFor(rules, path)['Cross-Origin-Resource-Policy'], path).toBe('same-origin');
    }
  });

  it('never has two rules set one header for a path unless the later drops it first', () => {
    // Cloudflare Pages would send both values, joined: for a CSP, two policies, both enforced.
    for (const path of [
      '/',
      '/quiz/',
      '/assets/index-abc123.js',
      '/embed',
      '/embed/',
      '/embed/quiz',
      '/embed/quiz/',
      '/embed/quiz/index.html',
      '/embed.js',
      '/404.html',
    ]) {
      expect(stackedHeaders(rules, path), path).toEqual([]);
    }
  });

  it('scores A+ (at least 100) on the HTTP Observatory rules', () => {
    const result = scoreHeaders(headersFor(rules, '/'));
    expect(result.tests.filter((t) => t.modifier < 0)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(100);
    expect(result.grade).toBe('A+');
  });

  it('costs /embed/quiz Observatory points for being framable, and for nothing else', () => {
    // The rules mark down any page that everyone may frame; that is the point of this one.
    const framed = headersFor(rules, '/embed/quiz');
    const penalties = scoreHeaders(framed).tests.filter((t) => t.modifier < 0);
    expect(penalties.length).toBeGreaterThan(0);
    const csp = framed['Content-Security-Policy'] ?? '';
    const unframed = { ...framed, 'Content-Security-Policy': csp.replace(/\*$/, "'none'") };
    expect(scoreHeaders(unframed).score).toBeGreaterThanOrEqual(100);
  });
});

describe('parseHeadersFile and headersFor', () => {
  it('reads "! Name" as dropping a header the rules before set, whatever its casing', () => {
    const parsed = parseHeadersFile('/*\n  X-A: 1\n  X-B: 2\n/x/*\n  ! x-a\n  ! X-B\n  X-B: 3\n');
    expect(parsed[1]?.detach).toEqual(['x-a', 'X-B']);
    expect(headersFor(parsed, '/x/y')).toEqual({ 'X-B': '3' });
    expect(headersFor(parsed, '/y')).toEqual({ 'X-A': '1', 'X-B': '2' });
    expect(stackedHeaders(parsed, '/x/y')).toEqual([]);
    expect(stackedHeaders(parseHeadersFile('/*\n  X-A: 1\n/x\n  X-A: 2\n'), '/x')).toEqual(['x-a']);
  });

  it('refuses a detach line that names no header', () => {
    expect(() => parseHeadersFile('/*\n  ! \n')).toThrow('bad detach line');
  });
});
