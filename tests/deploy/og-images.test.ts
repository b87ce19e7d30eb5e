import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SITE_NAME } from '../../src/app/paths';
import { OUTCOME_CARDS } from '../../src/app/route-meta';
import { readThemeTokens, writeOgImages } from '../../scripts/og-images.mjs';

/** Width and height from a PNG's IHDR chunk, which always comes first after the 8-byte signature. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('link-preview images (scripts/og-images.mjs)', () => {
  let outDir = '';
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('draws one 1200×630 PNG per outcome, each different', async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'og-images-'));
    const files = await writeOgImages({ outDir, cards: OUTCOME_CARDS, siteName: SITE_NAME });
    expect(files.map((f: string) => path.relative(outDir, f)).sort()).toEqual([
      path.join('og', 'close-call-go.png'),
      path.join('og', 'close-call-rust.png'),
      path.join('og', 'go.png'),
      path.join('og', 'rust.png'),
    ]);
    const hashes = new Set<string>();
    for (const file of files) {
      const png = await readFile(file);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      hashes.add(createHash('sha256').update(png).digest('hex'));
    }
    expect(hashes.size).toBe(4);
  }, 60_000);

  it('takes its colours from the light-dark() tokens of the stylesheet', async () => {
    const tokens = readThemeTokens(await readFile('src/styles/global.css', 'utf8'));
    expect(tokens.go?.dark).toMatch(/^#[0-9a-f]{6}$/i);
    expect(tokens.rust?.dark).not.toBe(tokens.go?.dark);
    expect(() => readThemeTokens(':root { --go: light-dark(#000, #fff); }')).toThrow(/--bg/);
  });
});
