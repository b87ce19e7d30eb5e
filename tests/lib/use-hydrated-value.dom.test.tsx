import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { useHydratedValue } from '../../src/lib/use-hydrated-value';

let renders: string[] = [];

function Shown({ value, serverValue }: { value: string; serverValue: string }) {
  const shown = useHydratedValue(value, serverValue);
  renders.push(shown);
  return <p>{shown}</p>;
}

/** Prerenders with the server's value, then hydrates in the browser with `value`. */
async function hydrate(value: string, serverValue: string) {
  const container = document.createElement('div');
  document.body.append(container);
  container.innerHTML = renderToString(<Shown value={serverValue} serverValue={serverValue} />);
  renders = [];
  await act(async () => {
    hydrateRoot(container, <Shown value={value} serverValue={serverValue} />);
  });
  return container;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('useHydratedValue', () => {
  it('hydrates with the server value, then shows the browser value', async () => {
    const container = await hydrate('group=safety', '');
    expect(container.textContent).toBe('group=safety');
    expect(renders).toEqual(['', 'group=safety']);
  });

  it('needs no second render when the browser value is the server value', async () => {
    const container = await hydrate('', '');
    expect(container.textContent).toBe('');
    expect(renders).toEqual(['']);
  });
});
