import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../../src/data/quiz-questions';
import { decodeShareLink } from '../../../src/lib/share-link';
import { renderQuiz, resetQuiz } from './render-quiz';

// Learn Go (81 to 19) and Learn Rust (28 to 72); they part on 9 of the 10 questions.
const GO = '2aaabaa0000K';
const RUST = '2cbbbbbbbbbC';
const answersOf = (code: string) => decodeShareLink(code, QUIZ_QUESTIONS).input;

beforeEach(() => resetQuiz());

const card = (name: string) => screen.getByRole('region', { name });

describe('compare with someone, from the result page', () => {
  it('keeps the result and the typed text, and says what is wrong, when the link is garbled', async () => {
    resetQuiz(answersOf(GO));
    const user = userEvent.setup({ delay: null });
    renderQuiz('/quiz/result');
    const field = await screen.findByRole('textbox', { name: 'The other person’s link' });
    await user.type(field, 'https://go-or-rust.example/quiz/result/rust?a=2cbbbbbbbbbX');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That link was changed on its way here',
    );
    expect(field).toHaveValue('https://go-or-rust.example/quiz/result/rust?a=2cbbbbbbbbbX');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Learn Go');

    await user.clear(field);
    await user.type(field, GO);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'That link holds the same answers and marks as this result',
    );
  });

  it('opens both results side by side with every differing question and its points', async () => {
    resetQuiz(answersOf(GO));
    const user = userEvent.setup({ delay: null });
    const router = renderQuiz('/quiz/result');
    await user.type(
      await screen.findByRole('textbox', { name: 'The other person’s link' }),
      `https://someone.example/quiz/result/rust?a=${RUST}`,
    );
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two quiz results, side by side' }),
    ).toBeInTheDocument();
    expect(router.location().search).toBe(`?a=${GO}&b=${RUST}`);
    expect(within(card('You')).getByText('Learn Go')).toBeInTheDocument();
    expect(within(card('The other person')).getByText('Learn Rust')).toBeInTheDocument();
    expect(within(card('You')).getByRole('list', { name: 'Scores for You' })).toHaveTextContent(
      /Go81.*Rust19/,
    );
    expect(screen.getByText(/9 of 10 questions were answered differently/)).toBeInTheDocument();
    const differences = within(
      screen.getByRole('region', { name: 'Where the answers differ' }),
    ).getAllByRole('listitem');
    expect(differences).toHaveLength(9);
    const build = differences[0] as HTMLElement;
    expect(within(build).getByRole('heading', { level: 3 })).toHaveTextContent(
      'What you want to build',
    );
    expect(build).toHaveTextContent(
      'YouBackend APIs and microservices+3 GoThe other personSystems software and embedded devices+3 Rust',
    );
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      `${window.location.origin}/quiz/side-by-side?a=${GO}&b=${RUST}`,
    );
  });
});

describe('the side-by-side page', () => {
  it('marks the other person’s side as “You” when they open the link sent back', async () => {
    resetQuiz(answersOf(RUST));
    renderQuiz(`/quiz/side-by-side?a=${GO}&b=${RUST}`);
    expect(await screen.findByRole('region', { name: 'You' })).toHaveTextContent('Learn Rust');
    expect(card('The other person')).toHaveTextContent('Learn Go');
  });

  it('names the sides plainly for someone whose answers are in neither, and offers the quiz', async () => {
    renderQuiz(`/quiz/side-by-side?a=${GO}&b=1b---------`);
    expect(await screen.findByRole('region', { name: 'First result' })).toHaveTextContent(
      'Learn Go',
    );
    // A link with one answer is a lean so far, never a recommendation.
    expect(card('Second result')).toHaveTextContent('Go leads so far, with 9 questions to go');
    expect(screen.getByText(/Both lean towards Go, one more firmly/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz yourself' })).toHaveAttribute(
      'href',
      '/quiz',
    );
    expect(screen.getByRole('link', { name: 'See every reason for First result' })).toHaveAttribute(
      'href',
      `/quiz/result/go?a=${GO}`,
    );
  });

  it('says which set of answers is damaged and offers the one that could be read', async () => {
    renderQuiz(`/quiz/side-by-side?a=${GO}&b=2cbbbbbbbbbX`);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'This side-by-side link could not be opened',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'The second set of answers was changed on its way here',
    );
    expect(screen.getByRole('link', { name: 'Open the first result on its own' })).toHaveAttribute(
      'href',
      `/quiz/result/go?a=${GO}`,
    );
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz');
  });

  it('explains itself when the link holds neither result', async () => {
    resetQuiz(answersOf(GO));
    renderQuiz('/quiz/side-by-side');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nothing to put side by side yet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See my own result' })).toHaveAttribute(
      'href',
      '/quiz/result',
    );
  });
});

describe('a shared result, for someone with answers of their own', () => {
  it('offers to put it next to their own result in one click', async () => {
    resetQuiz(answersOf(GO));
    renderQuiz(`/quiz/result/rust?a=${RUST}`);
    expect(
      await screen.findByRole('link', { name: 'Put this next to my own result' }),
    ).toHaveAttribute('href', `/quiz/side-by-side?a=${GO}&b=${RUST}`);
  });
});
