import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { createMemoryRouter, RouterProvider, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useFocusOnNavigate } from '../../src/app/use-focus-on-navigate';

function Page() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  const navigate = useNavigate();
  return (
    <main ref={main} tabIndex={-1} aria-label="Main">
      <button type="button" onClick={() => void navigate('/b', { replace: true })}>
        Correct the address
      </button>
      <button type="button" onClick={() => void navigate('/c')}>
        Open another page
      </button>
    </main>
  );
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '*', Component: Page }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('useFocusOnNavigate', () => {
  it('moves focus to the main landmark when a new page opens', async () => {
    const router = renderAt('/a');
    const button = screen.getByRole('button', { name: 'Open another page' });
    button.focus();
    await act(() => router.navigate('/c'));
    expect(router.state.location.pathname).toBe('/c');
    expect(document.activeElement).toBe(screen.getByRole('main', { name: 'Main' }));
  });

  it('leaves focus where the person put it when the address is corrected in place', async () => {
    const router = renderAt('/a');
    const button = screen.getByRole('button', { name: 'Correct the address' });
    button.focus();
    await act(() => router.navigate('/b', { replace: true }));
    expect(router.state.location.pathname).toBe('/b');
    expect(document.activeElement).toBe(button);
  });

  it('leaves focus alone when only the query changes, even by a push (a grid filter)', async () => {
    const router = renderAt('/a');
    const button = screen.getByRole('button', { name: 'Open another page' });
    button.focus();
    await act(() => router.navigate('/a?q=r'));
    expect(router.state.location.search).toBe('?q=r');
    expect(document.activeElement).toBe(button);
  });
});
