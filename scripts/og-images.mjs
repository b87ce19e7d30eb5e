// Draws each outcome page's link-preview image (dist/og/<slug>.png) at build time. The words come from the
// cards the server bundle exports (the page's own headline and meaning), the colours from the design tokens
// in src/styles/global.css; satori lays the card out as SVG, resvg turns it into a PNG.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const TOKENS_FILE = 'src/styles/global.css';
// satori reads TrueType, OpenType and WOFF, not WOFF2.
const FONT_FILES = { 400: 'inter-latin-400-normal.woff', 700: 'inter-latin-700-normal.woff' };
const NEEDED_TOKENS = ['bg', 'text', 'go', 'go-soft', 'rust', 'rust-soft'];

/**
 * Every `--name: light-dark(light, dark)` token of a stylesheet, as { name: { light, dark } }.
 * Throws when a colour the images need is missing, so a renamed token stops the build.
 * @param {string} css
 * @returns {Record<string, { light: string, dark: string }>}
 */
export function readThemeTokens(css) {
  /** @type {Record<string, { light: string, dark: string }>} */
  const tokens = {};
  const pattern = /--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)/gi;
  for (const [, name, light, dark] of css.matchAll(pattern)) tokens[name] = { light, dark };
  const missing = NEEDED_TOKENS.filter((name) => !tokens[name]);
  if (missing.length) {
    const names = missing.map((name) => `--${name}`).join(', ');
    throw new Error(`The design tokens have no light-dark() value for ${names}`);
  }
  return tokens;
}

/** A satori element: the same shape as a React element, without React. */
const el = (type, style, children) => ({ type, props: { style, children } });

/** The site name with each language in its own colour, as the app's header shows it. */
function brand(siteName, colour) {
  const words = siteName.split(/(Go|Rust)/).filter(Boolean);
  return el(
    'div',
    { display: 'flex', fontSize: 40, fontWeight: 700, color: colour.text },
    words.map((word) =>
      el(
        'span',
        {
          color: word === 'Go' ? colour.go : word === 'Rust' ? colour.rust : colour.text,
          whiteSpace: 'pre',
        },
        word,
      ),
    ),
  );
}

/** One outcome's card, in the dark theme's colours (as the site's own og-image.png) with its language's accent. */
function card({ headline, meaning, accent, outcome, width, height }, siteName, colour) {
  const other = accent === 'go' ? 'rust' : 'go';
  // A close call shows both languages in the band, the one to start with first.
  const band =
    outcome === 'close-call'
      ? [
          el('div', { flex: 1, background: colour[accent] }),
          el('div', { flex: 1, background: colour[other] }),
        ]
      : [el('div', { flex: 1, background: colour[accent] })];
  const long = headline.length > 24;
  return el(
    'div',
    {
      width,
      height,
      display: 'flex',
      flexDirection: 'column',
      background: colour.bg,
      color: colour.text,
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', height: 16 }, band),
      el(
        'div',
        {
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          gap: 40,
          padding: '0 80px 16px',
        },
        [
          brand(siteName, colour),
          el(
            'div',
            {
              display: 'flex',
              flexDirection: 'column',
              background: colour[`${accent}-soft`],
              borderLeft: `12px solid ${colour[accent]}`,
              borderRadius: 12,
              padding: '40px 56px 44px',
            },
            [
              el(
                'div',
                {
                  fontSize: long ? 72 : 120,
                  fontWeight: 700,
                  lineHeight: 1.1,
                  letterSpacing: long ? -1.5 : -3,
                  color: colour[accent],
                },
                headline,
              ),
              el(
                'div',
                { fontSize: 40, lineHeight: 1.3, marginTop: 24, textWrap: 'balance' },
                meaning,
              ),
            ],
          ),
        ],
      ),
    ],
  );
}

async function loadFonts() {
  return Promise.all(
    Object.entries(FONT_FILES).map(async ([weight, file]) => ({
      name: 'Inter',
      weight: Number(weight),
      style: 'normal',
      data: await readFile(require.resolve(`@fontsource/inter/files/${file}`)),
    })),
  );
}

/**
 * Writes one PNG per card under outDir (card.path, e.g. /og/rust.png) and returns the files written.
 * @example await writeOgImages({ outDir: 'dist', cards: server.OUTCOME_CARDS, siteName: server.SITE_NAME })
 */
export async function writeOgImages({ outDir, cards, siteName, tokensFile = TOKENS_FILE }) {
  const started = performance.now();
  const tokens = readThemeTokens(await readFile(tokensFile, 'utf8'));
  const colour = Object.fromEntries(Object.entries(tokens).map(([name, v]) => [name, v.dark]));
  const fonts = await loadFonts();
  // satori is plain JavaScript, one card at a time; resvg rasterises on libuv's threads, all at once.
  const svgs = [];
  for (const item of cards) {
    svgs.push(
      await satori(card(item, siteName, colour), { width: item.width, height: item.height, fonts }),
    );
  }
  const files = await Promise.all(
    cards.map(async (item, index) => {
      const image = await renderAsync(svgs[index], { fitTo: { mode: 'original' } });
      const file = path.join(outDir, item.path);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, image.asPng());
      return file;
    }),
  );
  const ms = Math.round(performance.now() - started);
  console.log(`link-preview images: ${files.length} in ${ms} ms`);
  return files;
}
