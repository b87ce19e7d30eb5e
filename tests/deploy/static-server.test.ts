import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressAssets } from '../../scripts/precompress.mjs';
import { createStaticServer } from '../../scripts/static-server.mjs';

const SCRIPT = `export const words = ${JSON.stringify('Go or Rust? '.repeat(200))};\n`;
const PAGE = '<!doctype html><title>Quiz</title><p>Which fits you?</p>';

let dir = '';
let base = '';
let close: () => Promise<void> = async () => {};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'static-server-'));
  await mkdir(path.join(dir, 'assets'));
  await mkdir(path.join(dir, 'quiz'));
  await writeFile(path.join(dir, 'assets', 'app-abc123.js'), SCRIPT);
  await writeFile(path.join(dir, 'quiz', 'index.html'), PAGE);
  await writeFile(path.join(dir, '404.html'), '<p>Page not found</p>');
  expect(await precompressAssets(dir)).toBe(1);
  const server = createStaticServer({ root: dir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close();
  await rm(dir, { recursive: true, force: true });
});

/** Fetches a path without letting fetch decode it, so the bytes and encoding are what the server sent. */
function get(urlPath: string, acceptEncoding: string) {
  return new Promise<{ status: number; encoding: string | undefined; body: Buffer }>(
    (resolve, reject) => {
      request(`${base}${urlPath}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            encoding: res.headers['content-encoding'],
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('the static server', () => {
  it("sends a hashed script's brotli copy to a browser that accepts br, smaller than gzip", async () => {
    const br = await get('/assets/app-abc123.js', 'gzip, deflate, br');
    const gz = await get('/assets/app-abc123.js', 'gzip, deflate');
    expect(br.encoding).toBe('br');
    expect(gz.encoding).toBe('gzip');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(gz.body.length);
  });

  it('gzips a page, which has no brotli copy, even when br is accepted', async () => {
    const page = await get('/quiz', 'gzip, deflate, br');
    expect(page.status).toBe(200);
    expect(page.encoding).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toBe(PAGE);
  });

  it('answers a script deleted from the build with the 404 page, not its leftover brotli copy', async () => {
    await rm(path.join(dir, 'assets', 'app-abc123.js'));
    const gone = await get('/assets/app-abc123.js', 'br');
    expect(gone.status).toBe(404);
    expect(gone.encoding).toBeUndefined();
    expect(gone.body.toString()).toContain('Page not found');
  });
});
