import type * as SalaryCharts from './salary-charts';

export type ChartModule = typeof SalaryCharts;
export type ChartLoadState =
  { status: 'idle' | 'loading' | 'error'; charts: null } | { status: 'ready'; charts: ChartModule };

export type ChartLoader = {
  /** Starts the import unless it is under way or done; after a failure it tries again. */
  request: () => void;
  subscribe: (listener: () => void) => () => void;
  getState: () => ChartLoadState;
};

export const IDLE_STATE: ChartLoadState = { status: 'idle', charts: null };

/**
 * A tiny store around one dynamic import, so three charts share a single download and a retry.
 * @example const loader = createChartLoader(() => import('./salary-charts')); loader.request();
 */
export function createChartLoader(importer: () => Promise<ChartModule>): ChartLoader {
  let state: ChartLoadState = IDLE_STATE;
  const listeners = new Set<() => void>();
  const set = (next: ChartLoadState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  return {
    request() {
      if (state.status === 'loading' || state.status === 'ready') return;
      set({ status: 'loading', charts: null });
      importer().then(
        (charts) => set({ status: 'ready', charts }),
        () => set({ status: 'error', charts: null }),
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
  };
}

// The only reference to the chart module: a dynamic import, so recharts stays in its own chunk.
export const salaryChartLoader = createChartLoader(() => import('./salary-charts'));
