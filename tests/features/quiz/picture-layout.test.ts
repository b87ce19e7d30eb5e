import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../../src/data/quiz-questions';
import { ARTICLE } from '../../../src/data/source';
import {
  layoutPicture,
  PICTURE_MIN_HEIGHT,
  PICTURE_WIDTH,
} from '../../../src/features/quiz/picture-layout';
import type { DrawOp } from '../../../src/features/quiz/picture-layout';
import { describeResultPicture } from '../../../src/lib/result-picture';
import type { ResultPicture } from '../../../src/lib/result-picture';
import { scoreAnswers } from '../../../src/scoring/score-answers';

// A measure as wide as a bold sans-serif at its size: every character counts 0.62 of the font size.
const measure = (text: string, font: string) =>
  Array.from(text).length * 0.62 * Number(/(\d+)px/.exec(font)?.[1] ?? 16);

const content = describeResultPicture({
  result: scoreAnswers(
    { answers: { build: 'systems', speed: 'critical', 'memory-bugs': 'severe' }, important: [] },
    QUIZ_QUESTIONS,
  ),
  questions: QUIZ_QUESTIONS,
  source: ARTICLE,
  quizAddress: 'go-or-rust.example/quiz',
});

function texts(ops: DrawOp[]) {
  return ops.flatMap((op) => (op.kind === 'text' ? [op] : []));
}

/** Every line of text lies inside the picture, left, right and bottom. */
function expectInside(picture: ResultPicture) {
  const layout = layoutPicture(picture, 'sans-serif', measure);
  for (const op of texts(layout.ops)) {
    const width = measure(op.text, op.font);
    const left =
      op.align === 'left' ? op.x : op.align === 'right' ? op.x - width : op.x - width / 2;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + width).toBeLessThanOrEqual(layout.width);
    expect(op.y).toBeLessThan(layout.height);
  }
  return layout;
}

describe('the picture layout', () => {
  it('draws every word of the content at 1200 px wide and at least 630 high', () => {
    const layout = expectInside(content);
    expect(layout.width).toBe(PICTURE_WIDTH);
    expect(layout.height).toBeGreaterThanOrEqual(PICTURE_MIN_HEIGHT);
    const drawn = texts(layout.ops)
      .map((op) => op.text)
      .join(' ');
    const words = [
      content.headline,
      content.invitation,
      content.reasonsTitle,
      content.source,
      ...content.reasons.flatMap((r) => [r.points, r.answer, r.reason]),
      ...content.facts.flatMap((f) => [f.label, f.value]),
      ...content.scores.flatMap((s) => [s.name, String(s.score)]),
    ].flatMap((text) => text.split(' '));
    for (const word of words) expect(drawn).toContain(word);
  });

  it('wraps a reason of any length whole, and grows taller instead of cutting it off', () => {
    const squash = (text: string) => text.replace(/\s/g, '');
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 400 }), { minLength: 3, maxLength: 3 }),
        (reasons) => {
          const picture = {
            ...content,
            reasons: content.reasons.map((r, i) => ({ ...r, reason: reasons[i] ?? '' })),
          };
          const drawn = squash(
            texts(expectInside(picture).ops)
              .map((op) => op.text)
              .join(''),
          );
          for (const reason of reasons) expect(drawn).toContain(squash(reason));
        },
      ),
      { numRuns: 50 },
    );
    const long = {
      ...content,
      reasons: content.reasons.map((r) => ({ ...r, reason: `${r.reason} `.repeat(6) })),
    };
    expect(expectInside(long).height).toBeGreaterThan(expectInside(content).height + 300);
  });

  it('keeps a headline to two lines at a smaller size when it is long', () => {
    const open = { ...content, headline: 'Even so far, with 10 questions to go', accent: null };
    const layout = expectInside(open);
    const headline = texts(layout.ops).filter((op) => /so far|questions to go/.test(op.text));
    expect(headline.length).toBeGreaterThanOrEqual(1);
    expect(headline.length).toBeLessThanOrEqual(2);
    expect(headline.every((op) => op.fill === 'text')).toBe(true);
  });
});
