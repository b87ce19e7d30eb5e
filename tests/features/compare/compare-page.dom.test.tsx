import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COMPARISON } from '../../../src/data/comparison';
import { ComparePage } from '../../../src/features/compare/compare-page';
import type { PersonalData } from '../../../src/features/compare/compare-view';
import { renderRoutes } from '../../render-routes';
import type { TestRouter } from '../../render-routes';

/** Renders the grid at a URL, in a router whose history a test can step through. */
async function renderCompare(url = '/compare', personal: PersonalData = null) {
  let router: TestRouter | undefined;
  await act(async () => {
    router = renderRoutes(
      [{ path: '/compare', element: <ComparePage personal={personal} /> }],
      url,
    );
  });
  if (!router) throw new Error('not rendered');
  return { router, user: userEvent.setup({ delay: null }) };
}

function readBlob(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob ?? new Blob([]));
  });
}

const table = () => screen.getByRole('table');
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent?.replace('From your result', '') ?? '');

describe('comparison grid', () => {
  it('shows every category in a captioned table', async () => {
    await renderCompare();
    expect(table()).toHaveAccessibleName(/Go and Rust side by side in 19 categories/);
    expect(rowNames()).toEqual(COMPARISON.map((r) => r.category));
    expect(screen.getByText(/of 19 categories/)).toHaveTextContent('19 of 19 categories');
  });

  it('labels the edge as our reading and gives figures their source and date', async () => {
    await renderCompare();
    expect(screen.getByRole('columnheader', { name: 'Our reading' })).toBeInTheDocument();
    const salary = screen.getByRole('row', { name: /Senior salary/ });
    expect(within(salary).getByText('Edge to Rust')).toBeInTheDocument();
    expect(within(salary).getByText(/Source:/)).toHaveTextContent('as of 2 November 2026');
  });

  it('filters as you type, highlights matches and writes the filter to the URL', async () => {
    const { router, user } = await renderCompare();
    await user.type(screen.getByRole('searchbox', { name: 'Filter categories' }), 'Cárgo');
    expect(rowNames()).toEqual(['Ecosystem maturity', 'Package manager and tooling']);
    expect(screen.getByText(/of 19 categories/)).toHaveTextContent('2 of 19 categories');
    const marks = table().querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['Cargo', 'Cargo', 'Cargo']);
    await vi.waitFor(() =>
      expect(new URLSearchParams(router.location().search).get('q')).toBe('Cárgo'),
    );
  });

  it('does not let a delayed URL write undo a back navigation', async () => {
    const { router, user } = await renderCompare();
    await user.type(screen.getByRole('searchbox', { name: 'Filter categories' }), 'sa');
    await act(() => router.navigate(-1));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(router.location().search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Filter categories' })).toHaveValue('');
    expect(rowNames()).toHaveLength(19);
  });

  it('sorts by a column header and reverses on a second click', async () => {
    const { router, user } = await renderCompare();
    const header = () => screen.getByRole('columnheader', { name: 'Category' });
    expect(header()).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: 'Category' }));
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()[0]).toBe('Binary size');
    await user.click(screen.getByRole('button', { name: 'Category' }));
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()[0]).toBe('WebAssembly');
    expect(table().querySelectorAll('[aria-sort]')).toHaveLength(1);
    expect(router.location().search).toBe('?sort=category&dir=desc');
  });

  it('filters by facets with counts, and shows only rows where they differ', async () => {
    const { user } = await renderCompare();
    const safety = screen.getByRole('checkbox', { name: /Safety 2 rows/ });
    await user.click(safety);
    expect(rowNames()).toEqual(['Memory safety', 'Security-critical services']);
    await user.click(safety);
    await user.click(screen.getByRole('checkbox', { name: 'Only where they differ' }));
    expect(rowNames()).not.toContain('Most common work mode');
    expect(screen.getByRole('checkbox', { name: /Even 0 rows/ })).toBeInTheDocument();
  });

  it('shows an empty state whose button clears the filters', async () => {
    const { user } = await renderCompare();
    await user.type(screen.getByRole('searchbox', { name: 'Filter categories' }), 'cobol');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No category matches' })).toBeInTheDocument();
    const empty = screen.getByRole('heading', { name: 'No category matches' }).parentElement;
    await user.click(within(empty as HTMLElement).getByRole('button', { name: 'Clear filters' }));
    expect(rowNames()).toHaveLength(19);
    expect(screen.getByRole('searchbox', { name: 'Filter categories' })).toHaveValue('');
  });

  it('applies a pasted link and explains what it ignored', async () => {
    const { user } = await renderCompare('/compare?q=open&sort=category&dir=desc&colour=red');
    expect(rowNames()).toEqual(['Job availability (2026)', 'Growth outlook']);
    expect(screen.getByRole('searchbox', { name: 'Filter categories' })).toHaveValue('open');
    expect(screen.getByText(/unknown setting “colour”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/unknown setting/)).not.toBeInTheDocument();
  });

  it('restores the previous view on back and the next on forward', async () => {
    const { router, user } = await renderCompare();
    await user.click(screen.getByRole('checkbox', { name: /Career/ }));
    await user.click(screen.getByRole('button', { name: 'Group' }));
    expect(router.location().search).toBe('?group=career&sort=group');
    await act(() => router.navigate(-1));
    expect(screen.getByRole('columnheader', { name: 'Group' })).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('checkbox', { name: /Career/ })).toBeChecked();
    await act(() => router.navigate(-1));
    expect(screen.getByRole('checkbox', { name: /Career/ })).not.toBeChecked();
    expect(rowNames()).toHaveLength(19);
    await act(() => router.navigate(1));
    expect(screen.getByRole('checkbox', { name: /Career/ })).toBeChecked();
  });

  it('highlights and focuses the row linked from a quiz result', async () => {
    await renderCompare('/compare?row=memory-safety');
    const row = screen.getByRole('row', { name: /Memory safety/ });
    expect(within(row).getByText('From your result')).toBeInTheDocument();
    await vi.waitFor(() => expect(row).toHaveFocus());
    expect(screen.getByText(/Showing Memory safety, the row linked/)).toBeInTheDocument();
  });

  it('shows the reader’s points and sorts by them when the quiz has answers', async () => {
    const personal = {
      rows: { 'learning-curve': { points: 3 }, 'memory-safety': { points: -5 } },
      resultHref: '/quiz/result',
    };
    const { user } = await renderCompare('/compare', personal);
    expect(screen.getByRole('link', { name: 'Back to your result' })).toHaveAttribute(
      'href',
      '/quiz/result',
    );
    const learning = screen.getByRole('row', { name: /Learning curve/ });
    expect(within(learning).getByText(/towards Go/)).toHaveTextContent('3 points towards Go');
    await user.click(screen.getByRole('button', { name: 'For you' }));
    expect(screen.getByRole('columnheader', { name: 'For you' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(rowNames().slice(0, 2)).toEqual(['Memory safety', 'Learning curve']);
  });

  it('has no "For you" column without quiz answers', async () => {
    await renderCompare('/compare?sort=relevance');
    expect(screen.queryByRole('columnheader', { name: 'For you' })).not.toBeInTheDocument();
    expect(rowNames()).toEqual(COMPARISON.map((r) => r.category));
  });

  it('downloads the current view as CSV', async () => {
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:compare';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderCompare('/compare?edge=even');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const text = await readBlob(blobs[0]);
    const lines =
      text
        ?.replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n') ?? [];
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^"Most common work mode"/);
  });

  it('copies a link to the current view, without the personal row', async () => {
    const { user } = await renderCompare('/compare?row=tooling');
    await user.click(screen.getByRole('checkbox', { name: /^Safety/ }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/compare?group=safety');
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeInTheDocument();
  });

  it('says when the linked row is hidden by filters, and can show it', async () => {
    const { user } = await renderCompare('/compare?row=webassembly&group=career');
    expect(screen.getByText(/WebAssembly, is hidden by the current filters/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show it' }));
    expect(screen.getByRole('row', { name: /^WebAssembly/ })).toBeInTheDocument();
  });

  it('tells a row that cancelled out from one the quiz never touched', async () => {
    await renderCompare('/compare', {
      rows: { concurrency: { points: 0 }, tooling: { points: 2 } },
      resultHref: '/quiz/result',
    });
    const row = (name: RegExp) => screen.getByRole('row', { name });
    expect(within(row(/Concurrency/)).getByText('Evened out')).toBeInTheDocument();
    expect(within(row(/Binary size/)).getByText('Not counted')).toBeInTheDocument();
  });

  it('does not pull focus back to the linked row while the reader filters', async () => {
    const { user } = await renderCompare('/compare?row=webassembly');
    const row = () => screen.getByRole('row', { name: /^WebAssembly/ });
    await vi.waitFor(() => expect(row()).toHaveFocus());
    const box = screen.getByRole('searchbox', { name: 'Filter categories' });
    await user.type(box, 'x');
    await user.type(box, '{Backspace}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(row()).toBeInTheDocument();
    expect(box).toHaveFocus();
  });
});
