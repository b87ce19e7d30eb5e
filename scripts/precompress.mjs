// Brotli copies of the hashed assets, written at build time: the Node server sends them to browsers that accept
// br, as Netlify and Cloudflare Pages (the hosts public/_headers is written for) compress on their own.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const compress = promisify(brotliCompress);

/** What gets a `.br` copy: scripts and stylesheets under /assets/, whose names change with their content. */
const PRECOMPRESSED = /\.(js|css)$/;

/** Writes `<file>.br` (quality 11) beside every script and stylesheet in `<dir>/assets`; returns how many. */
export async function precompressAssets(dir) {
  const assets = path.join(dir, 'assets');
  const names = (await readdir(assets)).filter((name) => PRECOMPRESSED.test(name));
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(assets, name);
      const data = await readFile(file);
      const params = {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      };
      await writeFile(`${file}.br`, await compress(data, { params }));
    }),
  );
  return names.length;
}
