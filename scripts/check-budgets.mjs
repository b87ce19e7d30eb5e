// CI budget gate on an existing build (dist/): sizes against the stack floor, no charts outside /salaries,
// and one Lighthouse mobile run per route (retried up to twice before a miss counts, so only a clear regression fails).
import { BUDGETS, checkRoute, CI_PERFORMANCE_TOLERANCE } from './bench/budgets.mjs';
import {
  findChartChunks,
  measureRouteSizes,
  measureStackFloor,
  ROUTES,
  runLighthouse,
  serve,
} from './bench/measure.mjs';

const distDir = process.env.DIST_DIR ?? 'dist';
const skipLighthouse = process.env.BUDGETS_SKIP_LIGHTHOUSE === '1';
const failures = [];

const floor = await measureStackFloor();
const sizes = await measureRouteSizes(distDir);
const chartChunks = await findChartChunks(distDir);
for (const route of ROUTES) {
  if (route === BUDGETS.chartsOnlyOn) continue;
  const leaked = sizes[route].jsFiles.filter((f) => chartChunks.includes(f));
  if (leaked.length) failures.push(`${route}: loads chart code at start (${leaked.join(', ')})`);
}
const salariesStart = sizes[BUDGETS.chartsOnlyOn]?.jsFiles ?? [];
const eagerCharts = salariesStart.filter((f) => chartChunks.includes(f));
if (eagerCharts.length)
  failures.push(
    `${BUDGETS.chartsOnlyOn}: chart code is in the first load (${eagerCharts.join(', ')})`,
  );

const server = skipLighthouse ? null : await serve(distDir);
console.log(`stack floor: ${floor} B gzip; chart chunks: ${chartChunks.length}`);
for (const route of ROUTES) {
  let lighthouse = null;
  const check = (measured) =>
    checkRoute(route, {
      sizes: sizes[route],
      floor,
      lighthouse: measured,
      performanceTolerance: CI_PERFORMANCE_TOLERANCE,
    });
  let problems = check(lighthouse);
  if (server) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      lighthouse = await runLighthouse(`${server.url}${route}`);
      problems = check(lighthouse);
      if (problems.length === 0) break;
      console.log(`  ${route}: attempt ${attempt} missed (${problems.join('; ')})`);
    }
  }
  const lh = lighthouse
    ? `perf ${lighthouse.performance} a11y ${lighthouse.accessibility} bp ${lighthouse.bestPractices} seo ${lighthouse.seo} CLS ${lighthouse.cls.toFixed(3)}`
    : 'lighthouse skipped';
  console.log(
    `${route.padEnd(13)} JS ${sizes[route].js} B, CSS ${sizes[route].css} B, HTML ${sizes[route].html} B; ${lh}`,
  );
  failures.push(...problems.map((p) => `${route}: ${p}`));
}
await server?.close();

if (failures.length) {
  console.error(`\nBudget check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
