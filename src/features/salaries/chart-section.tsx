import { startTransition, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { SourceNote } from '../../components/source-note';
import type { ChartLoader, ChartModule } from './chart-loader';
import {
  useChartLoadState,
  useNearViewport,
  usePrefersReducedMotion,
  whenIdle,
} from './use-charts';

type ChartSectionProps = {
  id: string;
  title: string;
  description: ReactNode;
  legend: ReactNode;
  /** The figures in words, inside the chart box: shown before, without or instead of the chart. */
  summary: ReactNode;
  table: ReactNode;
  /** Modifier that fixes the box height in CSS, so nothing moves when the chart arrives. */
  size: 'short' | 'tall';
  loader: ChartLoader;
  renderChart: (charts: ChartModule, options: { reducedMotion: boolean }) => ReactNode;
  children?: ReactNode;
};

/** One chart with its title, legend, reserved box, table toggle, notes and source. */
export function ChartSection(props: ChartSectionProps) {
  const { id, loader } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(boxRef);
  const { status, module: loaded, by } = useChartLoadState(loader);
  const [charts, setCharts] = useState<ChartModule | null>(null);
  const reducedMotion = usePrefersReducedMotion();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();

  useEffect(() => {
    // After a failure a chart scrolled to later waits for Retry: the chart that asked first keeps
    // the one message. A failure is shown from the loader's state, not from this promise.
    if (near && loader.getState().status !== 'error') loader.load(id).catch(() => undefined);
  }, [near, loader, id]);

  // Each chart draws in its own idle moment, as a transition, so no single task grows long.
  useEffect(() => {
    if (!near || !loaded) return;
    return whenIdle(() => startTransition(() => setCharts(loaded)));
  }, [near, loaded]);

  const retry = () => {
    // Keeps the focus in the chart's box when the button goes away.
    boxRef.current?.focus();
    loader.load(id).catch(() => undefined);
  };
  const drawn = charts !== null;
  // The charts share one download: only the chart that started it tells of its failure, once.
  const failed = near && status === 'error' && by === id;

  return (
    <section className="section chart-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div className="chart-section__description">{props.description}</div>
      {props.legend}
      <div
        ref={boxRef}
        tabIndex={-1}
        className={`chart-box chart-box--${props.size}`}
        data-chart-state={drawn ? 'ready' : near ? status : 'waiting'}
      >
        {drawn ? (
          props.renderChart(charts, { reducedMotion })
        ) : (
          <div className="chart-box__fallback">
            {props.summary}
            <div className="chart-box__status" role="status">
              {/* Shown, not announced: the figures are already here, only a failure is news. */}
              {near && status === 'loading' && <p aria-hidden="true">Loading the chart…</p>}
              {failed && (
                <div className="chart-box__error">
                  <p>
                    The chart did not download (offline, or the site was just updated). The figures
                    above are complete.
                  </p>
                  <button type="button" className="button" onClick={retry}>
                    Retry
                  </button>
                </div>
              )}
            </div>
          </div>
        )}
      </div>
      <button
        type="button"
        className="button chart-section__toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? 'Hide table' : 'Show as table'}
      </button>
      <div id={tableId} className="chart-section__table" hidden={!showTable}>
        {showTable && props.table}
      </div>
      {props.children}
      <SourceNote />
    </section>
  );
}
