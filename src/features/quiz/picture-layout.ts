import type { ResultPicture } from '../../lib/result-picture';
import { wrapText } from '../../lib/wrap-text';

/** The picture's size in CSS pixels; it is drawn at twice this, so it stays sharp on a phone. */
export const PICTURE_WIDTH = 1200;
export const PICTURE_MIN_HEIGHT = 630;
const PAD = 72;
const CONTENT = PICTURE_WIDTH - 2 * PAD;

export type PictureColour =
  | 'bg'
  | 'surface'
  | 'surface-2'
  | 'text'
  | 'muted'
  | 'border'
  | 'go'
  | 'rust'
  | 'on-accent'
  | 'even';

/** One thing to draw; text is placed by the middle of its line. */
export type DrawOp =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r: number; fill: PictureColour }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      font: string;
      fill: PictureColour;
      align: 'left' | 'right' | 'center';
    };

/** A string's width in a CSS font ("700 30px system-ui"): a canvas's measureText. */
export type Measure = (text: string, font: string) => number;

type Layout = { width: number; height: number; ops: DrawOp[] };

/**
 * Lays the picture out: every line wrapped to fit, the height grown to hold it all (never below
 * PICTURE_MIN_HEIGHT), so no reason is cut off however long it is. Pure; the drawing replays the ops.
 * @example layoutPicture(content, 'system-ui', (text) => text.length * 10).height >= PICTURE_MIN_HEIGHT
 */
export function layoutPicture(content: ResultPicture, family: string, measure: Measure): Layout {
  const ops: DrawOp[] = [];
  const font = (weight: number, size: number) => `${weight} ${size}px ${family}`;
  const text = (
    x: number,
    y: number,
    value: string,
    f: string,
    fill: PictureColour,
    align: 'left' | 'right' | 'center' = 'left',
  ) => ops.push({ kind: 'text', x, y, text: value, font: f, fill, align });
  /** Wrapped lines from `top`; returns the height they take. */
  const paragraph = (
    top: number,
    x: number,
    width: number,
    value: string,
    f: string,
    lineHeight: number,
    fill: PictureColour,
  ) => {
    const lines = wrapText(value, width, (s) => measure(s, f));
    lines.forEach((line, i) => text(x, top + i * lineHeight + lineHeight / 2, line, f, fill));
    return lines.length * lineHeight;
  };

  // The band across the top: the outcome's colour, both for a close call, grey while it is open.
  const band: PictureColour[] = content.band.length > 0 ? content.band : ['even'];
  band.forEach((fill, i) => {
    const w = PICTURE_WIDTH / band.length;
    ops.push({ kind: 'rect', x: i * w, y: 0, w, h: 14, r: 0, fill });
  });

  let y = 62;
  const brandFont = font(800, 30);
  let x = PAD;
  for (const part of content.brand) {
    text(x, y + 19, part.text, brandFont, part.language ?? 'text');
    x += measure(part.text, brandFont);
  }
  const brandEnd = x;
  // The invitation shares the brand's line when there is room, else takes its own.
  const inviteFont = font(600, 22);
  const inviteW = measure(content.invitation, inviteFont);
  if (brandEnd + 32 + inviteW > PAD + CONTENT) y += 38;
  text(PAD + CONTENT, y + 19, content.invitation, inviteFont, 'muted', 'right');
  y += 38 + 28;

  // The headline as large as fits in two lines.
  const accent: PictureColour = content.accent ?? 'text';
  let size = 64;
  for (const candidate of [64, 54, 46]) {
    size = candidate;
    if (wrapText(content.headline, CONTENT, (s) => measure(s, font(800, candidate))).length <= 2) {
      break;
    }
  }
  y += paragraph(y, PAD, CONTENT, content.headline, font(800, size), size * 1.15, accent) + 32;

  y = scoreCard(y, content, font, measure, text, ops) + 36;

  text(PAD, y + 20, content.reasonsTitle, font(700, 26), 'text');
  y += 40 + 14;
  if (content.reasons.length === 0) {
    y += paragraph(y, PAD, CONTENT, content.noReasons, font(400, 22), 30, 'muted') + 22;
  }
  for (const reason of content.reasons) {
    const badgeFont = font(700, 22);
    const badgeW = Math.max(measure(reason.points, badgeFont) + 32, 112);
    ops.push({ kind: 'rect', x: PAD, y, w: badgeW, h: 40, r: 20, fill: reason.side });
    text(PAD + badgeW / 2, y + 20, reason.points, badgeFont, 'on-accent', 'center');
    let side = 40;
    if (reason.doubled) {
      text(PAD + badgeW / 2, y + 40 + 18, 'counts double', font(600, 17), 'muted', 'center');
      side += 32;
    }
    const bodyX = PAD + 152;
    const bodyW = CONTENT - 152;
    let body = paragraph(y + 2, bodyX, bodyW, reason.answer, font(700, 24), 32, 'text');
    body +=
      4 + paragraph(y + 2 + body + 4, bodyX, bodyW, reason.reason, font(400, 22), 30, 'muted');
    y += Math.max(side, body) + 24;
  }

  y += 6;
  ops.push({ kind: 'rect', x: PAD, y, w: CONTENT, h: 2, r: 0, fill: 'border' });
  y += 22;
  y += paragraph(y, PAD, CONTENT, content.source, font(400, 20), 28, 'muted');
  return { width: PICTURE_WIDTH, height: Math.max(PICTURE_MIN_HEIGHT, Math.ceil(y + 52)), ops };
}

/** Both scores as bars, with the margin, confidence and answered count beside them; returns its bottom. */
function scoreCard(
  top: number,
  content: ResultPicture,
  font: (weight: number, size: number) => string,
  measure: Measure,
  text: (
    x: number,
    y: number,
    value: string,
    f: string,
    fill: PictureColour,
    align?: 'left' | 'right' | 'center',
  ) => void,
  ops: DrawOp[],
): number {
  const inner = 32;
  const factsW = 300;
  const rowH = 56;
  const factH = 38;
  const height = inner * 2 + Math.max(content.scores.length * rowH, content.facts.length * factH);
  ops.push({ kind: 'rect', x: PAD, y: top, w: CONTENT, h: height, r: 16, fill: 'border' });
  ops.push({
    kind: 'rect',
    x: PAD + 2,
    y: top + 2,
    w: CONTENT - 4,
    h: height - 4,
    r: 14,
    fill: 'surface',
  });
  const left = PAD + inner;
  const factsX = PAD + CONTENT - inner - factsW;
  const valueRight = factsX - 48;
  const trackX = left + 96;
  const trackW = valueRight - 150 - trackX;
  content.scores.forEach((score, i) => {
    const mid = top + inner + i * rowH + rowH / 2;
    const fill: PictureColour = score.language;
    text(left, mid, score.name, font(700, 28), fill);
    ops.push({ kind: 'rect', x: trackX, y: mid - 9, w: trackW, h: 18, r: 9, fill: 'surface-2' });
    const filled = (trackW * score.score) / 100;
    if (filled > 0) {
      ops.push({
        kind: 'rect',
        x: trackX,
        y: mid - 9,
        w: filled,
        h: 18,
        r: Math.min(9, filled / 2),
        fill,
      });
    }
    text(valueRight - 66, mid, String(score.score), font(800, 32), 'text', 'right');
    text(valueRight, mid + 2, '/ 100', font(500, 20), 'muted', 'right');
  });
  const factsTop = top + (height - content.facts.length * factH) / 2;
  content.facts.forEach((fact, i) => {
    const mid = factsTop + i * factH + factH / 2;
    text(factsX, mid, fact.label, font(500, 20), 'muted');
    const valueFont = font(700, 24);
    // Room for the label; a longer value would be a new word in the scoring, so shrink rather than clip.
    const room = factsW - measure(fact.label, font(500, 20)) - 16;
    const wide = measure(fact.value, valueFont) > room;
    text(factsX + factsW, mid, fact.value, wide ? font(700, 18) : valueFont, 'text', 'right');
  });
  return top + height;
}
