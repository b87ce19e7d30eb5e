import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIZ_QUESTIONS } from '../../../src/data/quiz-questions';
import { SaveImage } from '../../../src/features/quiz/save-image';
import { scoreAnswers } from '../../../src/scoring/score-answers';

const draw = vi.hoisted(() => ({ fail: false, calls: 0 }));

// jsdom has no canvas: the drawing module is replaced by one that makes a tiny file, or fails.
vi.mock('../../../src/features/quiz/draw-result-picture', () => ({
  makeResultPicture: () => {
    draw.calls += 1;
    if (draw.fail) return Promise.reject(new Error('no canvas'));
    return Promise.resolve({
      file: new File(['png'], 'go-or-rust-result.png', { type: 'image/png' }),
      title: 'Go or Rust? Learn Go',
      text: 'Learn Go',
    });
  },
}));

const result = scoreAnswers({ answers: { build: 'backend' }, important: [] }, QUIZ_QUESTIONS);
let downloaded: string[];

beforeEach(() => {
  draw.fail = false;
  draw.calls = 0;
  downloaded = [];
  URL.createObjectURL = vi.fn(() => 'blob:picture');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloaded.push(this.download);
  });
});

describe('Save as image', () => {
  it('downloads the picture and says where it went', async () => {
    render(<SaveImage result={result} quizPath="/quiz" />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    await userEvent.click(screen.getByRole('button', { name: 'Save as image' }));
    expect(await screen.findByText('Image saved as go-or-rust-result.png.')).toBe(status);
    expect(downloaded).toEqual(['go-or-rust-result.png']);
  });

  it('says so when the picture cannot be drawn, and Retry tries again with the focus kept', async () => {
    draw.fail = true;
    render(<SaveImage result={result} quizPath="/quiz" />);
    await userEvent.click(screen.getByRole('button', { name: 'Save as image' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/this browser would not draw it/);
    expect(downloaded).toEqual([]);

    draw.fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Image saved as go-or-rust-result.png.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save as image' })).toHaveFocus();
    expect(draw.calls).toBe(2);
  });

  it('says so when the made picture cannot be saved, and offers Retry', async () => {
    URL.createObjectURL = vi.fn(() => {
      throw new Error('no blob URLs here');
    });
    render(<SaveImage result={result} quizPath="/quiz" />);
    await userEvent.click(screen.getByRole('button', { name: 'Save as image' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The picture was made, but this browser would not save or share it.',
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
