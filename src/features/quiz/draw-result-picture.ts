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

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new PictureError('The canvas gave no PNG.'));
    }, 'image/png');
  });
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
  const blob = await toPng(canvas);
  return {
    file: new File([blob], content.fileName, { type: 'image/png' }),
    title: content.shareTitle,
    text: content.shareText,
  };
}
