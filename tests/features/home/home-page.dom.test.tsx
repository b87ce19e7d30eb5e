import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { HomePage } from '../../../src/features/home/home-page';

function renderHome() {
  render(
    <MemoryRouter>
      <HomePage links={{ quiz: '/quiz', compare: '/compare', salaries: '/salaries' }} />
    </MemoryRouter>,
  );
}

describe('home page', () => {
  it('answers the question and offers the three tools', () => {
    renderHome();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Go or Rust?');
    expect(screen.getByRole('link', { name: 'Take the 2-minute quiz' })).toHaveAttribute(
      'href',
      '/quiz',
    );
    expect(screen.getByRole('link', { name: 'Compare every category' })).toHaveAttribute(
      'href',
      '/compare',
    );
    expect(screen.getByRole('link', { name: 'See salaries and jobs' })).toHaveAttribute(
      'href',
      '/salaries',
    );
  });

  it('shows the job figures with their sample sizes and source', () => {
    renderHome();
    expect(screen.getByText('477')).toBeInTheDocument();
    expect(screen.getByText('250')).toBeInTheDocument();
    expect(screen.getByText('$165,437')).toBeInTheDocument();
    expect(screen.getByText('$196,266')).toBeInTheDocument();
    expect(screen.getByText('n = 101 postings')).toBeInTheDocument();
    expect(screen.getByText('n = 35 postings')).toBeInTheDocument();
    expect(screen.getAllByText(/Source:/)[0]).toHaveTextContent('2 November 2026');
  });

  it('lists five strengths for each language', () => {
    renderHome();
    const goList = screen.getByRole('heading', { name: 'Go strengths' }).nextElementSibling;
    const rustList = screen.getByRole('heading', { name: 'Rust strengths' }).nextElementSibling;
    expect(goList?.querySelectorAll('li')).toHaveLength(5);
    expect(rustList?.querySelectorAll('li')).toHaveLength(5);
  });

  it('opens an FAQ answer as a native disclosure', async () => {
    renderHome();
    const summary = screen.getByText('Which is faster, Go or Rust?');
    const details = summary.closest('details');
    expect(details).not.toHaveAttribute('open');
    await userEvent.click(summary);
    expect(details).toHaveAttribute('open');
  });
});
