import { render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, isChunkLoadError } from '../../src/app/route-error';

function Boom(): never {
  throw new Error('kaboom');
}

describe('route errors', () => {
  it('shows a friendly message with a retry when a page throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MemoryRouter>
        <ErrorBoundary where="route">
          <Boom />
        </ErrorBoundary>
      </MemoryRouter>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Something went wrong on this page' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('explains a chunk that failed to download differently from a bug', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Missing = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
    );
    render(
      <MemoryRouter>
        <ErrorBoundary where="route">
          <Missing />
        </ErrorBoundary>
      </MemoryRouter>,
    );
    expect(
      await screen.findByRole('heading', { name: 'This page could not load' }),
    ).toBeInTheDocument();
  });

  it.each([
    ['Failed to fetch dynamically imported module: /a.js', true],
    ['Importing a module script failed.', true],
    ['Cannot read properties of undefined', false],
  ])('classifies "%s" as a chunk error: %s', (message, expected) => {
    expect(isChunkLoadError(new Error(message))).toBe(expected);
  });
});
