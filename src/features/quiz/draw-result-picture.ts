import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { ARTICLE } from '../../data/source';
import { describeResultPicture } from '../../lib/result-picture';
import type { QuizResult } from '../../scoring/score-answers';
import { layoutPicture } from './picture-layout';
import type { DrawOp, PictureColour } from './picture-layout';

// Loaded on the first "Save as image" press (save-image.tsx), so no page's first load carries it.

const SCALE = 2;
const COLOURS: readonly PictureColour[] = [
  'bg',
  'surface',
  'surface-2',
  'text',
  'muted',
  'border',
  'go',
  'rust',
  'on-accent',
  'even',
];

/** The canvas could not be drawn or read back: the page says so instead of saving nothing quietly. */
export class PictureError extends Error {
  override name = 'PictureError';
}

/**
 * The design tokens as the page shows them now (light or dark), resolved to colours a canvas takes:
 * a probe element's computed `color` turns `var(--go)` into rgb().
 */
function readColours(): Record<PictureColour, string> {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  try {
    const read = (name: PictureColour) => {
      probe.style.color = `var(--${name})`;
      return getComputedStyle(probe).color;
    };
    return Object.fromEntries(COLOURS.map((name) => [name, read(name)])) as Record<
      PictureColour,
      string
    >;
  } finally {
    probe.remove();
  }
}

function drawOp(
  context: CanvasRenderingContext2D,
  op: DrawOp,
  colours: Record<PictureColour, string>,
) {
  context.fillStyle = colours[op.fill];
  if (op.kind === 'rect') {
    context.beginPath();
    if (op.r > 0 && typeof context.roundRect === 'function') {
      context.roundRect(op.x, op.y, op.w, op.h, op.r);
    } else {
      context.rect(op.x, op.y, op.w, op.h);
    }
    context.fill();
    return;
  }
  context.font = op.font;
  context.textAlign = op.align;
  context.fillText(op.text, op.x, op.y);
}

/**
 * The canvas as PNG bytes, encoded now. Not toBlob: Chromium runs that encode in idle time, and after a second
 * press of the button it often found none and encoded at its own deadline, 1 s or 6.7 s later (measured in the
 * save-image journey; the first press took 40 ms). toDataURL takes a predictable few tens of milliseconds.
 */
function toPng(canvas: HTMLCanvasElement): Blob {
  const url = canvas.toDataURL('image/png');
  const comma = url.indexOf(',');
  if (!url.startsWith('data:image/png') || comma < 0) {
    throw new PictureError('The canvas gave no PNG.');
  }
  const text = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}

/** Resolves after the next frame is painted, so "Making the picture…" shows before the drawing holds the page. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Draws the result as a PNG file in the page's current theme, with the words the share sheet needs.
 * Throws PictureError where the browser has no usable canvas.
 */
export async function makeResultPicture(
  result: QuizResult,
  quizAddress: string,
): Promise<{ file: File; title: string; text: string }> {
  const content = describeResultPicture({
    result,
    questions: QUIZ_QUESTIONS,
    source: ARTICLE,
    quizAddress,
  });
  await afterPaint();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new PictureError('This browser gave no 2D canvas.');
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const layout = layoutPicture(content, family, (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  });
  // Resizing clears the canvas and its settings, so the size is set before anything is drawn.
  canvas.width = layout.width * SCALE;
  canvas.height = layout.height * SCALE;
  context.scale(SCALE, SCALE);
  context.textBaseline = 'middle';
  const colours = readColours();
  context.fillStyle = colours.bg;
  context.fillRect(0, 0, layout.width, layout.height);
  for (const op of layout.ops) drawOp(context, op, colours);
  const blob = toPng(canvas);
  return {
    file: new File([blob], content.fileName, { type: 'image/png' }),
    title: content.shareTitle,
    text: content.shareText,
  };
}
