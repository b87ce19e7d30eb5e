import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet } from '../../../src/features/embed/embed-snippet';

const INPUT = {
  origin: 'https://go-or-rust.example',
  framePath: '/embed/quiz',
  scriptPath: '/embed.js',
  title: 'Go or Rust? A quiz',
};

describe('buildEmbedSnippet', () => {
  it('gives the frame and the resizer line, both absolute to the site', () => {
    const [frame, script, ...rest] = buildEmbedSnippet(INPUT).split('\n');
    expect(rest).toEqual([]);
    expect(frame).toMatch(/^<iframe src="https:\/\/go-or-rust\.example\/embed\/quiz" /);
    expect(frame).toContain('title="Go or Rust? A quiz"');
    expect(frame).toMatch(/<\/iframe>$/);
    expect(script).toBe('<script src="https://go-or-rust.example/embed.js" async></script>');
  });

  it('follows the origin it is given, a local one included', () => {
    const snippet = buildEmbedSnippet({ ...INPUT, origin: 'http://localhost:4173' });
    expect(snippet).toContain('src="http://localhost:4173/embed/quiz"');
    expect(snippet).toContain('src="http://localhost:4173/embed.js"');
  });

  it('escapes what would break out of an attribute', () => {
    const snippet = buildEmbedSnippet({ ...INPUT, title: 'A "quoted" <b> & title' });
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;b> &amp; title"');
  });

  it('parses back to one titled iframe and one async script', () => {
    const doc = new DOMParserLike(buildEmbedSnippet(INPUT));
    expect(doc.tags).toEqual(['iframe', 'script']);
  });
});

/** Enough of a parser to count the top-level tags without a DOM. */
class DOMParserLike {
  tags: string[];
  constructor(html: string) {
    this.tags = [...html.matchAll(/<([a-z]+)\b/g)].map((m) => m[1] ?? '');
  }
}
