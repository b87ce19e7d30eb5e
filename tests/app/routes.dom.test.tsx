import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/routes';

/** Shows the router's path, standing in for the address bar. */
function AddressBar() {
  return <output aria-label="Address">{useLocation().pathname}</output>;
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]} useTransitions={false}>
      <AppRoutes />
      <AddressBar />
    </MemoryRouter>,
  );
}

describe('routes', () => {
  it.each([
    // Whole headings: '/' and '/quiz' both start with "Go or Rust?".
    ['/', /^Go or Rust ?\?$/],
    ['/quiz', 'Go or Rust? Find out which fits you'],
    ['/quiz/result', 'No recommendation yet'],
    ['/quiz/side-by-side', 'Nothing to put side by side yet'],
    ['/compare', 'Go and Rust, category by category'],
    ['/salaries', 'Go and Rust salaries and jobs'],
    ['/embed', 'Put the quiz on your site'],
  ])('renders %s with its heading inside the layout', async (path, heading) => {
    renderAt(path);
    expect(
      await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 10000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/Dataset version \d+\.\d+\.\d+/);
  });

  it("renders /embed/quiz bare, for another site's frame: the quiz, no site nav, a credit in a new tab", async () => {
    renderAt('/embed/quiz');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Go or Rust? Find out which fits you' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument();
    expect(screen.getByRole('main', { name: 'Go or Rust? quiz' })).toBeInTheDocument();
    const credit = screen.getByRole('link', { name: /^Go or Rust\?/ });
    expect(credit).toHaveAttribute('target', '_blank');
    expect(credit).toHaveAttribute('href', '/');
  });

  it('shows a 404 page with links back for an unknown path', async () => {
    renderAt('/does-not-exist');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz');
  });

  it('marks the current page in the nav and moves with it', async () => {
    renderAt('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Guide' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await userEvent.click(within(nav).getByRole('link', { name: 'Salaries' }));
    await screen.findByRole('heading', { level: 1, name: /salar/i }, { timeout: 10000 });
    expect(screen.getByRole('status', { name: 'Address' })).toHaveTextContent(/^\/salaries$/);
    expect(within(nav).getByRole('link', { name: 'Salaries' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Guide' })).not.toHaveAttribute('aria-current');
    expect(document.title).toMatch(/salary/i);
  });
});
