// The performance budgets CI enforces (scripts/check-budgets.mjs) and the bench reports against.
export const BUDGETS = {
  /** First-load JS may exceed the stack floor by at most this much (gzip) on these routes. */
  jsOverFloor: { bytes: 12 * 1024, routes: ['/', '/quiz', '/compare'] },
  /** Each prerendered HTML page, gzip. */
  htmlMax: 15 * 1024,
  /** Lighthouse mobile performance score, per route. */
  performance: { '/': 100, '/quiz': 100, '/quiz/result': 95, '/compare': 100, '/salaries': 95 },
  /** Accessibility, Best Practices and SEO on every route. */
  otherCategories: 100,
  clsMax: 0.02,
  /** recharts may only appear in chunks that /salaries loads after the page. */
  chartsOnlyOn: '/salaries',
};

/**
 * A single CI run of Lighthouse moves a point or two on a busy two-core machine, so the CI gate fails on a
 * clear regression: a performance score more than this many points under its budget (after retries).
 * The bench's three-run medians are held to the exact budgets.
 */
export const CI_PERFORMANCE_TOLERANCE = 2;

/** Lists every budget a route's measurements break; an empty list means the route is within budget. */
export function checkRoute(route, { sizes, floor, lighthouse, performanceTolerance = 0 }) {
  const problems = [];
  const allowance = BUDGETS.jsOverFloor.bytes;
  if (BUDGETS.jsOverFloor.routes.includes(route) && sizes.js > floor + allowance) {
    problems.push(`first-load JS ${sizes.js} B > floor ${floor} B + ${allowance} B`);
  }
  if (sizes.html > BUDGETS.htmlMax)
    problems.push(`HTML ${sizes.html} B gzip > ${BUDGETS.htmlMax} B`);
  if (lighthouse) {
    const perf = (BUDGETS.performance[route] ?? 95) - performanceTolerance;
    if (lighthouse.performance < perf)
      problems.push(`performance ${lighthouse.performance} < ${perf}`);
    for (const key of ['accessibility', 'bestPractices', 'seo']) {
      if (lighthouse[key] < BUDGETS.otherCategories)
        problems.push(`${key} ${lighthouse[key]} < ${BUDGETS.otherCategories}`);
    }
    if (lighthouse.cls > BUDGETS.clsMax)
      problems.push(`CLS ${lighthouse.cls.toFixed(3)} > ${BUDGETS.clsMax}`);
  }
  return problems;
}
