// public/boot.js runs before the first paint on every page. The build inlines it, minified, into each prerendered
// page instead of linking it: a script in <head> that needs its own request holds back the browser's
// low-priority modulepreloads until it arrives, which delayed the app's code by a round trip on a slow phone.
// The CSP allows the inline copy by its hash, which public/_headers names in every script-src.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { minify } from 'vite';

/** The minified boot script and its CSP source expression ('sha256-…'). */
export async function bootScript(file = 'public/boot.js') {
  const source = await readFile(file, 'utf8');
  const { code } = await minify('boot.js', source, { compress: true, mangle: true });
  const inline = code.trim();
  if (/<\/script/i.test(inline)) throw new Error(`${file} must not contain "</script"`);
  const hash = createHash('sha256').update(inline).digest('base64');
  return { code: inline, csp: `'sha256-${hash}'` };
}

/** The Content-Security-Policy lines of a _headers file that do not allow the boot script. */
export function policiesWithoutBoot(headersText, csp) {
  return headersText
    .split('\n')
    .filter((line) => /^\s*Content-Security-Policy:/i.test(line))
    .filter((line) => !/script-src [^;]*/.exec(line)?.[0].split(' ').includes(csp));
}
