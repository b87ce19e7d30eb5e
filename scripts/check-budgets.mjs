// CI budget gate on an existing build (dist/): bytes until idle and on the wire, chart code only on
// /salaries, the slow phone's ready time and LCP, Event Timing, and Lighthouse mobile, each retried up to
// three times before a miss counts (see scripts/bench/measure-all.mjs).
import { CI_PERFORMANCE_TOLERANCE, CI_TIMING_TOLERANCE } from './bench/budgets.mjs';
import { measureAll } from './bench/measure-all.mjs';
import { formatReport } from './bench/report.mjs';

const result = await measureAll({
  distDir: process.env.DIST_DIR ?? 'dist',
  tolerance: { performance: CI_PERFORMANCE_TOLERANCE, timing: CI_TIMING_TOLERANCE },
  skipLighthouse: process.env.BUDGETS_SKIP_LIGHTHOUSE === '1',
});
console.log(formatReport(result));

if (result.failures.length) {
  console.error(`\nBudget check failed:\n- ${result.failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
