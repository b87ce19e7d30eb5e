import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/data/figures';
import {
  buildLadderData,
  buildOpeningsData,
  buildSeniorPayData,
} from '../../../src/features/salaries/chart-data';
import {
  LadderChart,
  OpeningsChart,
  SeniorPayChart,
} from '../../../src/features/salaries/salary-charts';

const size = { width: 640, height: 360 };

beforeAll(() => {
  // recharts observes its container; jsdom has no ResizeObserver.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

function renderChart(ui: React.ReactElement) {
  const { container } = render(ui);
  const svg = container.querySelector('svg.recharts-surface');
  if (!svg) throw new Error('recharts drew no svg');
  return { container, svg };
}

describe('OpeningsChart', () => {
  it('draws four bars with their counts', () => {
    const { container, svg } = renderChart(
      <OpeningsChart
        data={buildOpeningsData(FIGURES)}
        title="Open roles"
        description="Open roles by language"
        reducedMotion
        size={size}
      />,
    );
    expect(container.querySelectorAll('.recharts-bar-rectangle rect')).toHaveLength(4);
    for (const value of ['477', '250', '101', '35'])
      expect(within(svg as HTMLElement).getByText(value)).toBeInTheDocument();
    expect(svg.querySelector('title')).toHaveTextContent('Open roles');
  });
});

describe('SeniorPayChart', () => {
  it('draws both medians with n beside each and the small-sample label on Rust', () => {
    const { container, svg } = renderChart(
      <SeniorPayChart
        data={buildSeniorPayData(FIGURES)}
        title="Senior median pay"
        description="Senior medians"
        reducedMotion
        size={size}
      />,
    );
    const q = within(svg as HTMLElement);
    expect(container.querySelectorAll('.recharts-bar-rectangle rect')).toHaveLength(2);
    expect(q.getByText('$165,437')).toBeInTheDocument();
    expect(q.getByText('$196,266')).toBeInTheDocument();
    expect(q.getByText('n = 101 postings')).toBeInTheDocument();
    expect(q.getByText('n = 35 postings · small sample')).toBeInTheDocument();
  });

  it('shows the values in a tooltip when the chart gets keyboard focus, and arrows move it', async () => {
    const user = userEvent.setup({ delay: null });
    const { svg } = renderChart(
      <SeniorPayChart
        data={buildSeniorPayData(FIGURES)}
        title="Senior median pay"
        description="Senior medians"
        reducedMotion
        size={size}
      />,
    );
    expect(svg).toHaveAttribute('tabindex', '0');
    await user.tab();
    expect(svg).toHaveFocus();
    expect(await screen.findByText('$165,437 median')).toBeInTheDocument();
    expect(screen.getByText('n = 101 postings', { selector: 'li' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByText('$196,266 median')).toBeInTheDocument();
    expect(
      screen.getByText('n = 35 postings · small sample', { selector: 'li' }),
    ).toBeInTheDocument();
  });
});

describe('LadderChart', () => {
  it('draws the five reported levels and writes "not reported" for the three gaps', () => {
    const { container, svg } = renderChart(
      <LadderChart
        data={buildLadderData(FIGURES)}
        title="Career ladder"
        description="Pay by level"
        reducedMotion
        size={size}
      />,
    );
    const q = within(svg as HTMLElement);
    expect(container.querySelectorAll('.recharts-bar-rectangle rect')).toHaveLength(5);
    expect(q.getAllByText('Go: not reported')).toHaveLength(2);
    expect(q.getAllByText('Rust: not reported')).toHaveLength(1);
    expect(q.getByText('$249,000')).toBeInTheDocument();
    expect(q.getByText('$212k')).toBeInTheDocument();
    expect(q.getByText('peak')).toBeInTheDocument();
    expect(q.getByText('unstated')).toBeInTheDocument();
  });

  it('draws the peak and the unstated figure outlined, unlike the medians', () => {
    const { container } = renderChart(
      <LadderChart
        data={buildLadderData(FIGURES)}
        title="Career ladder"
        description="Pay by level"
        reducedMotion
        size={size}
      />,
    );
    const rects = [...container.querySelectorAll('.recharts-bar-rectangle rect')];
    const dashed = rects.filter((r) => r.getAttribute('stroke-dasharray'));
    expect(dashed).toHaveLength(2);
    expect(rects.filter((r) => r.getAttribute('fill') === 'var(--go)')).toHaveLength(1);
    expect(
      rects.filter((r) => r.getAttribute('fill') === 'url(#salaries-rust-hatch)'),
    ).toHaveLength(2);
  });
});
