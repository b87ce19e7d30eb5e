import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ChartLoader, ChartModule } from '../../../src/features/salaries/chart-loader';
import { SalariesPage } from '../../../src/features/salaries/salaries-page';
import { lazyModule } from '../../../src/lib/lazy-module';

const links = { compare: '/compare', quiz: '/quiz' };
const neverLoads = () => lazyModule(() => new Promise<ChartModule>(() => undefined));

function renderPage(loader: ChartLoader = neverLoads()) {
  return render(
    <MemoryRouter>
      <SalariesPage links={links} loader={loader} />
    </MemoryRouter>,
  );
}

/** What a reader sees in a section, whitespace folded. */
function textOf(name: RegExp): string {
  const heading = screen.getByRole('heading', { level: 2, name });
  return (heading.closest('section')?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('salaries page without the chart code', () => {
  it('renders every figure on the server, with no chart and no loading message', () => {
    const html = renderToString(
      <MemoryRouter>
        <SalariesPage links={links} loader={neverLoads()} />
      </MemoryRouter>,
    );
    for (const figure of [
      '477',
      '250',
      '101',
      '35',
      '$165,437',
      '$196,266',
      '$249,000',
      '$212k',
      '$250k',
      '$30,829',
      '+18.6%',
      '1.9×',
    ])
      expect(html).toContain(figure);
    expect(html).toContain('not reported');
    expect(html).not.toContain('recharts');
    expect(html).not.toContain('Loading the chart');
  });

  it('shows the key figures, sample sizes and the derived figures marked as derived', () => {
    renderPage();
    const glance = textOf(/At a glance/);
    expect(glance).toContain('Open Go roles477');
    expect(glance).toContain('Open Rust roles250');
    expect(glance).toContain('$165,437n = 101 postings');
    expect(glance).toContain('$196,266n = 35 postingssmall sample');
    expect(glance).toMatch(/Rust senior premium derived\$30,829 \(\+18\.6%\)/);
    expect(glance).toMatch(/Openings ratio derived1\.9×/);
    expect(glance).toContain('Derived by us from');
  });

  it('puts the ladder gaps in words and warns against comparing the manager and director figures', () => {
    renderPage();
    const ladder = textOf(/career ladder/);
    expect(ladder).toContain('Go not reported');
    expect(ladder).toContain('Rust not reported');
    expect(ladder).toContain('Not a like-for-like pair.');
    expect(ladder).toContain('does not say whether it is a median or a peak');
    expect(ladder).toContain('No figure reported for: Go lead, Rust manager, Go director.');
    expect(ladder).not.toMatch(/\$250k[^.]*median\b(?! or)/);
  });

  it('gives every chart a title, a description, a legend and a source with its date', () => {
    renderPage();
    for (const name of [/Open roles/, /Senior median pay/, /career ladder/]) {
      const section = screen.getByRole('heading', { level: 2, name }).closest('section');
      if (!section) throw new Error('no section');
      const q = within(section);
      expect(q.getByRole('list', { name: /legend/ })).toBeInTheDocument();
      expect(q.getByText(/as of/)).toHaveTextContent('as of 2 November 2026');
    }
  });
});

describe('show as table', () => {
  it('opens an accessible table with the same numbers, and closes it again', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage();
    const section = screen
      .getByRole('heading', { level: 2, name: 'Senior median pay' })
      .closest('section');
    if (!section) throw new Error('no section');
    const toggle = within(section).getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = within(section).getByRole('table', {
      name: 'Median senior pay and the postings behind it',
    });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'LanguageSenior medianPostingsSample',
      'Go$165,43710150 or more',
      'Rust$196,26635Small (under 50)',
    ]);
    await user.click(within(section).getByRole('button', { name: 'Hide table' }));
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the ladder with "not reported" cells, never a zero', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage();
    const section = screen
      .getByRole('heading', { level: 2, name: /career ladder/ })
      .closest('section');
    if (!section) throw new Error('no section');
    await user.click(within(section).getByRole('button', { name: 'Show as table' }));
    const table = within(section).getByRole('table', { name: /career level/ });
    const cells = within(table)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      '$165,437 mediann = 101 postings',
      '$196,266 mediann = 35 postings',
      'not reported',
      '$249,000 mediansample size not reported',
      '$212k peaksample size not reported',
      'not reported',
      'not reported',
      '$250k statistic not statedsample size not reported',
    ]);
    expect(table.textContent).not.toMatch(/\$0\b/);
  });
});

describe('when the chart code fails to load', () => {
  it('keeps the figures, says so, and retries on request', async () => {
    const user = userEvent.setup({ delay: null });
    const importer = vi
      .fn<() => Promise<ChartModule>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockReturnValue(new Promise<ChartModule>(() => undefined));
    renderPage(lazyModule(importer));
    // One download for the three charts, so one failure is told once, by the chart that asked.
    // The first render of the page is slow on a busy machine: give the failure time to show.
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 5000 });
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
    expect(screen.getAllByText(/The chart did not download/)).toHaveLength(1);
    expect(textOf(/Open roles/)).toContain('The chart did not download');
    expect(textOf(/Open roles/)).toContain('Go 477Rust 250');
    await user.click(retry);
    expect(importer).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull());
    expect(screen.getAllByText('Loading the chart…')).toHaveLength(3);
  });
});
