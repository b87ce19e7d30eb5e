import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from '../../src/app/routes';

function Hello() {
  return <h1>Hello</h1>;
}

describe('lazyPage', () => {
  it('renders a page loaded ahead in its very first render, as hydration needs', async () => {
    const page = lazyPage(() => Promise.resolve({ Component: Hello }));
    await page.load();
    // No waiting: a render that suspended here would leave the container empty.
    const { container } = render(<page.Page />);
    expect(container).toHaveTextContent('Hello');
  });

  it('downloads a page not loaded ahead on first render, and shows it once it arrives', async () => {
    let arrive: (module: { Component: typeof Hello }) => void = () => {};
    const page = lazyPage(() => new Promise((resolve) => (arrive = resolve)));
    const { container } = render(<page.Page />);
    expect(container).toBeEmptyDOMElement();
    await act(async () => arrive({ Component: Hello }));
    expect(await screen.findByRole('heading', { name: 'Hello' })).toBeInTheDocument();
  });
});
