/**
 * Runs for the hostile-input property tests: fast-check's default in `npm test`, 10,000 in
 * `npm run test:fuzz` (which sets FUZZ_RUNS), so the quick suite stays quick.
 */
export const FUZZ_RUNS: { numRuns?: number } = process.env.FUZZ_RUNS
  ? { numRuns: Number(process.env.FUZZ_RUNS) }
  : {};
