import { act, screen } from '@testing-library/react';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useFocusOnNavigate } from '../../src/app/use-focus-on-navigate';
import { renderRoutes } from '../render-routes';

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
  return renderRoutes([{ path: '*', element: <Page /> }], path);
}

describe('useFocusOnNavigate', () => {
  it('moves focus to the main landmark when a new page opens', async () => {
    const router = renderAt('/a');
    const button = screen.getByRole('button', { name: 'Open another page' });
    button.focus();
    await act(() => router.navigate('/c'));
    expect(router.location().pathname).toBe('/c');
    expect(document.activeElement).toBe(screen.getByRole('main', { name: 'Main' }));
  });

  it('leaves focus where the person put it when the address is corrected in place', async () => {
    const router = renderAt('/a');
    const button = screen.getByRole('button', { name: 'Correct the address' });
    button.focus();
    await act(() => router.navigate('/b', { replace: true }));
    expect(router.location().pathname).toBe('/b');
    expect(document.activeElement).toBe(button);
  });

  it('leaves focus alone when only the query changes, even by a push (a grid filter)', async () => {
    const router = renderAt('/a');
    const button = screen.getByRole('button', { name: 'Open another page' });
    button.focus();
    await act(() => router.navigate('/a?q=r'));
    expect(router.location().search).toBe('?q=r');
    expect(document.activeElement).toBe(button);
  });
});
