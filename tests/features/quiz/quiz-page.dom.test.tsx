import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../../src/data/quiz-questions';
import { useQuizStore } from '../../../src/store/quiz-store';
import { renderQuiz, resetQuiz } from './render-quiz';

beforeEach(() => resetQuiz());

const question = (name: RegExp | string) => screen.findByRole('group', { name });

describe('the quiz page', () => {
  it('shows the first question as a fieldset with native radios and a not-sure choice', async () => {
    renderQuiz('/quiz');
    const group = await question('What do you most want to build?');
    expect(within(group).getAllByRole('radio')).toHaveLength(8);
    expect(
      within(group).getByRole('radio', { name: 'Not sure / no preference' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 10')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute(
      'value',
      '1',
    );
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
  });

  it('asks for an answer instead of moving on without one', async () => {
    const user = userEvent.setup({ delay: null });
    renderQuiz('/quiz');
    await question('What do you most want to build?');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/Choose an answer to go on/)).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 10')).toBeInTheDocument();
  });

  it('moves on with Next, focuses the new question and titles the page with the step', async () => {
    const user = userEvent.setup({ delay: null });
    renderQuiz('/quiz');
    await question('What do you most want to build?');
    await user.click(screen.getByRole('radio', { name: 'WebAssembly for the browser' }));
    await user.click(screen.getByRole('checkbox', { name: /This matters a lot to me/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await question('Which matters more to you in a job search?');
    expect(screen.getByText('Question 2 of 10')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Which matters more to you in a job search?' }),
    ).toHaveFocus();
    await waitFor(() => expect(document.title).toBe('Question 2 of 10 | Go or Rust?'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('radio', { name: 'WebAssembly for the browser' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /This matters a lot to me/ })).toBeChecked();
  });

  it('can be answered with the keyboard alone', async () => {
    const user = userEvent.setup({ delay: null });
    renderQuiz('/quiz');
    await question('What do you most want to build?');
    screen.getByRole('radio', { name: 'Backend APIs and microservices' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Cloud-native and DevOps tooling' })).toBeChecked();
    await user.keyboard('{Enter}');
    await question('Which matters more to you in a job search?');
    expect(useQuizStore.getState().answers).toEqual({ build: 'cloud' });
  });

  it('jumps to any question from the review list', async () => {
    const user = userEvent.setup({ delay: null });
    renderQuiz('/quiz');
    await question('What do you most want to build?');
    await user.click(screen.getByText(/Review your answers/));
    await user.click(screen.getByRole('button', { name: /7\. Cost of a memory bug/ }));
    expect(
      await question('How costly would a memory bug be in what you build?'),
    ).toBeInTheDocument();
    expect(screen.getByText('Question 7 of 10')).toBeInTheDocument();
  });

  it('asks before starting over, and clears only when confirmed', async () => {
    const user = userEvent.setup({ delay: null });
    resetQuiz({ answers: { build: 'backend', 'jobs-or-pay': 'openings' }, step: 2 });
    renderQuiz('/quiz');
    await question('How soon do you need to be productive?');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(useQuizStore.getState().answers).toEqual({
      build: 'backend',
      'jobs-or-pay': 'openings',
    });
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(await question('What do you most want to build?')).toBeInTheDocument();
    expect(useQuizStore.getState().answers).toEqual({});
  });

  it('resumes a stored visit on the same question with the same answers', async () => {
    resetQuiz({
      answers: { build: 'systems', 'jobs-or-pay': 'top-pay', 'ramp-up': 'weeks' },
      important: ['ramp-up'],
      step: 2,
    });
    renderQuiz('/quiz');
    expect(await question('How soon do you need to be productive?')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Within a few weeks' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /This matters a lot to me/ })).toBeChecked();
  });

  it('says quietly when saved answers could not be read', async () => {
    window.localStorage.setItem('go-or-rust:quiz', '{broken');
    renderQuiz('/quiz');
    expect(
      await screen.findByText(/could not be read, so the quiz has started fresh/),
    ).toBeInTheDocument();
    expect(await question('What do you most want to build?')).toBeInTheDocument();
  });

  it('opens the question a result page "Change" link asks for', async () => {
    resetQuiz({ answers: { build: 'systems' }, step: 0 });
    renderQuiz('/quiz?q=velocity');
    expect(await question('Which would you rather have day to day?')).toBeInTheDocument();
  });

  it('ends with "See my result", which opens the result', async () => {
    const user = userEvent.setup({ delay: null });
    renderQuiz('/quiz');
    for (const q of QUIZ_QUESTIONS) {
      await question(q.prompt);
      const first = q.options[0];
      if (!first) throw new Error('no option');
      await user.click(screen.getByRole('radio', { name: first.label }));
      if (q.id !== QUIZ_QUESTIONS.at(-1)?.id)
        await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Learn|Close call/ }),
    ).toBeInTheDocument();
  });
});
