// `npm run bench`: builds the app and prints every figure the budgets speak of, as medians
// (Lighthouse and the slow phone five runs each by default; BENCH_RUNS overrides), and writes them to
// bench/results.json. Expect a quarter of an hour on two cores.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { BUDGETS } from './budgets.mjs';
import { ensureDir } from './measure.mjs';
import { measureAll } from './measure-all.mjs';
import { formatReport } from './report.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

console.log('Building…');
execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
await ensureDir('bench');
const result = await measureAll({ lighthouseRuns: RUNS, slowRuns: RUNS, attempts: 1 });
console.log(`\n${formatReport(result)}`);
if (result.failures.length) console.log(`\nMissed:\n- ${result.failures.join('\n- ')}`);
await writeFile(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, budgets: BUDGETS, ...result }, null, 2)}\n`,
);
console.log('\nWritten to bench/results.json');
