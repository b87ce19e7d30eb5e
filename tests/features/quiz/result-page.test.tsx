// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useQuizStore } from '../../../src/store/quiz-store';
import { renderQuiz, resetQuiz } from './render-quiz';

beforeEach(() => resetQuiz());
afterEach(() => vi.unstubAllGlobals());

const MINE = {
  build: 'backend',
  'jobs-or-pay': 'openings',
  'learning-curve': 'gentle',
  speed: 'critical',
  'memory-bugs': 'severe',
  team: 'not-sure',
};

const scores = () =>
  within(screen.getByRole('list', { name: 'Scores out of 100' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('the result page', () => {
  it('explains and offers the quiz when there are no answers', async () => {
    renderQuiz('/quiz/result');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No recommendation yet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz');
  });

  it('heads the page with the recommendation and shows scores, margin and confidence', async () => {
    resetQuiz({ answers: MINE });
    renderQuiz('/quiz/result');
    // Go 8 against Rust 6: 57–43, inside the close-call band.
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Close call: learn both, starting with Go',
      }),
    ).toBeInTheDocument();
    expect(scores()).toEqual(['Go57 out of 100 / 100', 'Rust43 out of 100 / 100']);
    expect(screen.getByText('14 points')).toBeInTheDocument();
    expect(screen.getByText('close call')).toBeInTheDocument();
    expect(screen.getByText(/5 of 10/)).toBeInTheDocument();
  });

  it('lists each reason with its points and a link to its grid row or the salaries page', async () => {
    resetQuiz({ answers: { ...MINE, 'jobs-or-pay': 'top-pay' } });
    renderQuiz('/quiz/result');
    const reasons = await screen.findByRole('heading', { name: /Why: each answer/ });
    const list = within(reasons.closest('section') as HTMLElement);
    expect(list.getByRole('link', { name: 'Compare: Main use cases' })).toHaveAttribute(
      'href',
      '/compare?row=use-cases',
    );
    expect(list.getByRole('link', { name: 'See salaries and jobs' })).toHaveAttribute(
      'href',
      '/salaries',
    );
    expect(list.getAllByText('+3 Go').length).toBeGreaterThan(0);
  });

  it('re-scores at once when a question is marked as mattering a lot', async () => {
    const user = userEvent.setup();
    resetQuiz({ answers: MINE });
    renderQuiz('/quiz/result');
    await screen.findByRole('heading', { level: 1, name: /Close call/ });
    await user.click(
      screen.getByRole('checkbox', { name: /Matters a lot to me: Cost of a memory bug/ }),
    );
    // Go 8 against Rust 9 with the memory question doubled.
    expect(
      screen.getByRole('heading', { level: 1, name: 'Close call: learn both, starting with Rust' }),
    ).toBeInTheDocument();
    expect(useQuizStore.getState().important).toEqual(['memory-bugs']);
  });

  it('says what would change the result', async () => {
    resetQuiz({ answers: MINE });
    renderQuiz('/quiz/result');
    const heading = await screen.findByRole('heading', { name: 'What would change this' });
    const section = within(heading.closest('section') as HTMLElement);
    expect(section.getByText(/Any one of these changes would put Rust ahead/)).toBeInTheDocument();
    expect(section.getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('shows a shared result without touching the visitor’s own answers, until they choose to', async () => {
    const user = userEvent.setup();
    resetQuiz({ answers: { build: 'wasm' } });
    renderQuiz('/quiz/result?a=1aa--------');
    expect(await screen.findByRole('heading', { level: 1, name: 'Learn Go' })).toBeInTheDocument();
    expect(screen.getByText(/Your own saved answers are untouched/)).toBeInTheDocument();
    expect(useQuizStore.getState().answers).toEqual({ build: 'wasm' });
    expect(screen.queryByRole('link', { name: /^Change/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Replace my answers with these' }));
    expect(useQuizStore.getState().answers).toEqual({
      build: 'backend',
      'jobs-or-pay': 'openings',
    });
    expect(await screen.findByText('Your recommendation')).toBeInTheDocument();
  });

  it('explains a garbled link and offers the quiz instead of failing', async () => {
    renderQuiz('/quiz/result?a=%%%garbage');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'This shared result could not be opened',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/made by a different version of the quiz/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toBeInTheDocument();
  });

  it('keeps what it can from a link cut short, and says so', async () => {
    renderQuiz('/quiz/result?a=1Ab');
    expect(await screen.findByText(/2 of 10 answers could be read/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Learn Go' })).toBeInTheDocument();
  });

  it('after a retake, shows what changed since the last result and why', async () => {
    resetQuiz({
      answers: { ...MINE, build: 'systems' },
      previous: { answers: MINE, important: [] },
    });
    renderQuiz('/quiz/result');
    const heading = await screen.findByRole('heading', { name: 'Since your last result' });
    const section = within(heading.closest('section') as HTMLElement);
    expect(section.getByText(/Go went from 57 to 36/)).toBeInTheDocument();
    expect(
      section.getByText(
        /“Backend APIs and microservices” became “Systems software and embedded devices”/,
      ),
    ).toBeInTheDocument();
  });

  it('offers a share link that copies, and carries the answers', async () => {
    const user = userEvent.setup();
    resetQuiz({ answers: MINE, important: ['speed'] });
    renderQuiz('/quiz/result');
    const field = await screen.findByRole('textbox', { name: 'Share link' });
    expect(field).toHaveValue(`${window.location.origin}/quiz/result?a=1aa-bA-a0--`);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe((field as HTMLInputElement).value);
  });

  it('downloads the decision record as Markdown', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'),
        revokeObjectURL: () => {},
      }),
    );
    // jsdom cannot follow a download link; the browser journey covers the real download.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    resetQuiz({ answers: MINE });
    renderQuiz('/quiz/result');
    await user.click(await screen.findByRole('button', { name: 'Download as Markdown' }));
    expect(
      await screen.findByText(/^Saved go-or-rust-decision-\d{4}-\d{2}-\d{2}\.md\.$/),
    ).toBeInTheDocument();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0] as Blob);
    });
    expect(text).toContain('## Close call: learn both, starting with Go');
    expect(text).toContain('- Go: 57 / 100');
  });
});

describe('an unfinished quiz', () => {
  it('shows the result so far and links to the first unanswered question', async () => {
    resetQuiz({ answers: { build: 'backend' } });
    renderQuiz('/quiz/result');
    expect(await screen.findByText(/9 of 10 questions are still unanswered/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Answer the rest' })).toHaveAttribute(
      'href',
      '/quiz?q=jobs-or-pay',
    );
  });
});

describe('the score explanation', () => {
  it('states the close-call and clear thresholds', async () => {
    resetQuiz({ answers: MINE });
    renderQuiz('/quiz/result');
    expect(
      await screen.findByText(
        /under 15 points is a close call; a result is clear from 40 points with at least 7 of 10/,
      ),
    ).toBeInTheDocument();
  });
});
