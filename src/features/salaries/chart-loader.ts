import type { LazyModule } from '../../lib/lazy-module';
import { lazyModule } from '../../lib/lazy-module';
import type * as SalaryCharts from './salary-charts';

export type ChartModule = typeof SalaryCharts;

/** One download shared by every chart on the page, with one state and one retry. */
export type ChartLoader = LazyModule<ChartModule>;

// The only reference to the chart module: a dynamic import, so recharts stays in its own chunk.
export const salaryChartLoader: ChartLoader = lazyModule(() => import('./salary-charts'));
