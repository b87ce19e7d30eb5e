import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useQuizStore } from '../../../src/store/quiz-store';
import { renderQuiz, resetQuiz } from './render-quiz';
import { ALL_GO_ANSWERS } from '../../quiz-answer-sets';

beforeEach(() => resetQuiz());
const MINE = {
  build: 'backend',
  'jobs-or-pay': 'openings',
  'learning-curve': 'gentle',
  speed: 'critical',
  'memory-bugs': 'severe',
  team: 'not-sure',
  'ramp-up': 'not-sure',
  concurrency: 'not-sure',
  'systems-experience': 'not-sure',
  velocity: 'not-sure',
};

/** Clicks "Download as Markdown" and reads the file the page made. */
async function downloadRecord(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  const blobs: Blob[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'),
      revokeObjectURL: () => {},
    }),
  );
  // jsdom cannot follow a download link; the browser journey covers the real download.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await user.click(await screen.findByRole('button', { name: 'Download as Markdown' }));
  expect(
    await screen.findByText(/^Saved go-or-rust-decision-\d{4}-\d{2}-\d{2}\.md\.$/),
  ).toBeInTheDocument();
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blobs[0] as Blob);
  });
}

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
    const user = userEvent.setup({ delay: null });
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
    const user = userEvent.setup({ delay: null });
    resetQuiz({ answers: { build: 'wasm' } });
    renderQuiz('/quiz/result?a=1aa00000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Learn Go' })).toBeInTheDocument();
    expect(screen.getByText(/Your own saved answers are untouched/)).toBeInTheDocument();
    // The visitor did not give these answers: the summary speaks of the link's.
    expect(screen.getByText(/^Go fits these answers better\./)).toBeInTheDocument();
    expect(useQuizStore.getState().answers).toEqual({ build: 'wasm' });
    expect(screen.queryByRole('link', { name: /^Change/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Replace my answers with these' }));
    expect(useQuizStore.getState().answers).toMatchObject({
      build: 'backend',
      'jobs-or-pay': 'openings',
      velocity: 'not-sure',
    });
    expect(await screen.findByText('Your recommendation')).toBeInTheDocument();
    expect(screen.getByText(/^Go fits what you told us better\./)).toBeInTheDocument();
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
    expect(
      screen.getByRole('heading', { level: 1, name: 'Go leads so far, with 8 questions to go' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz yourself' })).toHaveAttribute(
      'href',
      '/quiz',
    );
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

  it('retakes from blank, keeping this result to compare, or reviews with the answers kept', async () => {
    const user = userEvent.setup({ delay: null });
    resetQuiz({ answers: MINE, important: ['speed'], step: 9 });
    renderQuiz('/quiz/result');
    await user.click(await screen.findByRole('button', { name: 'Retake the quiz' }));
    expect(useQuizStore.getState()).toMatchObject({
      answers: {},
      important: [],
      step: 0,
      previous: { answers: MINE, important: ['speed'] },
    });
    resetQuiz({ answers: MINE, step: 9 });
    renderQuiz('/quiz/result');
    await user.click(await screen.findByRole('button', { name: 'Review or change my answers' }));
    expect(useQuizStore.getState()).toMatchObject({
      answers: MINE,
      step: 0,
      previous: { answers: MINE, important: [] },
    });
  });

  it('offers a share link that copies, and carries the answers', async () => {
    const user = userEvent.setup({ delay: null });
    resetQuiz({ answers: MINE, important: ['speed'] });
    renderQuiz('/quiz/result');
    const field = await screen.findByRole('textbox', { name: 'Share link' });
    expect(field).toHaveValue(
      `${window.location.origin}/quiz/result/close-call-rust?a=2aa0bA0a000y`,
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe((field as HTMLInputElement).value);
  });

  it('downloads the decision record as Markdown', async () => {
    const user = userEvent.setup({ delay: null });
    resetQuiz({ answers: MINE });
    renderQuiz('/quiz/result');
    const text = await downloadRecord(user);
    expect(text).toContain('## Close call: learn both, starting with Go');
    expect(text).toContain('- Go: 57 / 100');
    expect(text).not.toContain('Since your last result');
  });

  it('writes the record in the page’s words, with “Since your last result” when the page shows it', async () => {
    const user = userEvent.setup({ delay: null });
    resetQuiz({
      answers: { ...ALL_GO_ANSWERS },
      previous: { answers: MINE, important: ['speed'] },
    });
    renderQuiz('/quiz/result');
    const since = await screen.findByRole('region', { name: 'Since your last result' });
    const change = screen.getByRole('heading', { name: 'What would change this' })
      .parentElement as HTMLElement;
    // The case the record used to word differently: no single change would hand over the lead.
    expect(within(change).getByText(/^No single change would put Rust ahead/)).toBeInTheDocument();
    const text = (await downloadRecord(user)).replace(/\*\*/g, '');
    const paragraph = (section: HTMLElement) => section.querySelector('p')?.textContent ?? '';
    expect(text).toContain(`## What would change this\n\n${paragraph(change)}\n`);
    expect(text).toContain(`## Since your last result\n\n${paragraph(since)}\n`);
    const items = within(since).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(text).toContain(`\n- ${item.textContent}\n`);
  });
});

describe('an unfinished quiz', () => {
  it('with one answer of ten, heads with the lean so far, not a recommendation', async () => {
    resetQuiz({ answers: { build: 'backend' } });
    renderQuiz('/quiz/result');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Go leads so far, with 9 questions to go',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Learn (Go|Rust)/)).not.toBeInTheDocument();
    expect(screen.getByText(/could put Rust ahead, so this is not a recommendation yet/));
    expect(screen.getByText('not settled')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Answer the remaining 9 questions' })).toHaveAttribute(
      'href',
      '/quiz?q=jobs-or-pay',
    );
  });

  it('names a language once the questions left could not change the lead', async () => {
    const nine = Object.fromEntries(Object.entries(MINE).filter(([id]) => id !== 'velocity'));
    resetQuiz({ answers: { ...nine, build: 'systems', 'jobs-or-pay': 'top-pay' } });
    renderQuiz('/quiz/result');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Learn Rust' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 of 10 questions are still unanswered/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Answer the rest' })).toHaveAttribute(
      'href',
      '/quiz?q=velocity',
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

describe('outcome addresses', () => {
  it('corrects an outcome path that disagrees with the answers: the answers decide', async () => {
    const router = renderQuiz('/quiz/result/rust?a=1aaaaaaaaaa');
    expect(await screen.findByRole('heading', { level: 1, name: 'Learn Go' })).toBeInTheDocument();
    await vi.waitFor(() => expect(router.location().pathname).toBe('/quiz/result/go'));
    expect(router.location().search).toBe('?a=1aaaaaaaaaa');
  });

  it('keeps a shared result that is not settled yet at the plain address: it has no outcome to name', async () => {
    const router = renderQuiz('/quiz/result/go?a=1aa--------');
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Go leads so far/ }),
    ).toBeInTheDocument();
    await vi.waitFor(() => expect(router.location().pathname).toBe('/quiz/result'));
  });

  it('moves a link shared before outcome paths existed to its outcome’s address', async () => {
    const router = renderQuiz('/quiz/result?a=1aaaaaaaaaa');
    expect(await screen.findByRole('heading', { level: 1, name: 'Learn Go' })).toBeInTheDocument();
    await vi.waitFor(() => expect(router.location().pathname).toBe('/quiz/result/go'));
  });

  it('keeps one’s own result at the plain address', async () => {
    resetQuiz({ answers: MINE });
    const router = renderQuiz('/quiz/result/rust');
    expect(await screen.findByText('Your recommendation')).toBeInTheDocument();
    await vi.waitFor(() => expect(router.location().pathname).toBe('/quiz/result'));
  });
});
