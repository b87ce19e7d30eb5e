// `npm run bench`: builds the app, serves it, and prints one table of performance figures
// (also written to bench/results.json). Lighthouse runs three times per page; expect several minutes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { BUDGETS, checkRoute } from './budgets.mjs';
import {
  ensureDir,
  findChartChunks,
  makeStaticTwin,
  measureRouteSizes,
  measureStackFloor,
  ROUTES,
  runLighthouseMedian,
  serve,
} from './measure.mjs';
import { sampleShareLink } from './sample-share-link.mjs';
import { CHROMIUM_PATH } from '../chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;

console.log('Building…');
execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
await ensureDir('bench');

const floor = await measureStackFloor();
const sizes = await measureRouteSizes('dist');
const chartChunks = await findChartChunks('dist');
const twinDir = await makeStaticTwin('dist');
const app = await serve('dist');
const twin = await serve(twinDir);
const resultPath = await sampleShareLink();

const rows = [];
for (const route of ROUTES) {
  const url = route === '/quiz/result' ? resultPath : route;
  console.log(`Lighthouse ×${RUNS}: ${url}`);
  const lighthouse = await runLighthouseMedian(`${app.url}${url}`, RUNS);
  const staticTwin = await runLighthouseMedian(`${twin.url}${route}`, RUNS);
  const problems = checkRoute(route, { sizes: sizes[route], floor, lighthouse });
  rows.push({ route, url, sizes: sizes[route], lighthouse, staticTwin, problems });
}
await app.close();
await twin.close();

const latency = {};
const latencyScripts = [
  ['quizNext', './quiz-latency.mjs', 'measureQuizLatency'],
  ['compareFilter', './compare-latency.mjs', 'measureCompareLatency'],
];
const interactive = await serve('dist');
for (const [key, file, fn] of latencyScripts) {
  if (!existsSync(new URL(file, import.meta.url))) continue;
  const mod = await import(file);
  console.log(`Interaction latency: ${key}`);
  const { median, p95 } = await mod[fn]({
    baseURL: interactive.url,
    executablePath: CHROMIUM_PATH,
  });
  latency[key] = { median, p95 };
}
await interactive.close();

const header = [
  'route',
  'perf',
  'a11y',
  'bp',
  'seo',
  'FCP',
  'LCP',
  'TBT',
  'CLS',
  'JS gz',
  'CSS gz',
  'HTML gz',
  'JS/floor',
  'LCP/twin',
  'budgets',
];
const table = rows.map(({ route, sizes: s, lighthouse: l, staticTwin: t, problems }) => [
  route,
  l.performance,
  l.accessibility,
  l.bestPractices,
  l.seo,
  ms(l.fcp),
  ms(l.lcp),
  ms(l.tbt),
  l.cls.toFixed(3),
  kb(s.js),
  kb(s.css),
  kb(s.html),
  (s.js / floor).toFixed(2),
  (l.lcp / t.lcp).toFixed(2),
  problems.length ? `MISSED: ${problems.join('; ')}` : 'met',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(`\nLighthouse ${RUNS}-run medians, mobile, Debian Chromium; sizes gzip level 9.`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
table.forEach((r) => console.log(line(r)));
console.log(
  `\nStack floor (react + react-dom + react-router data router + zustand): ${kb(floor)} JS gzip`,
);
console.log(
  `Static twins (scripts removed), LCP: ${rows.map((r) => `${r.route} ${ms(r.staticTwin.lcp)}`).join(', ')}`,
);
console.log(
  `Chart chunks (recharts): ${chartChunks.join(', ') || 'none'}; loaded at start by: ${
    rows
      .filter((r) => r.sizes.jsFiles.some((f) => chartChunks.includes(f)))
      .map((r) => r.route)
      .join(', ') || 'no route'
  }`,
);
for (const [key, { median, p95 }] of Object.entries(latency)) {
  console.log(`Interaction latency ${key} (CPU 4× slower): median ${ms(median)}, p95 ${ms(p95)}`);
}

await writeFile(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, floor, budgets: BUDGETS, rows, chartChunks, latency }, null, 2)}\n`,
);
console.log('\nWritten to bench/results.json');
