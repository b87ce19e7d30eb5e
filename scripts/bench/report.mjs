// The bench's figures as Markdown tables (printed by `npm run bench` and the CI budget check).
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`);

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatReport({
  floor,
  declarativeFloor,
  floorReady,
  chartChunks,
  rows,
  interactions,
}) {
  const bytes = table(
    [
      'route',
      'JS named in HTML',
      'JS until idle',
      'over floor',
      'first visit JS (15 s, wire)',
      'HTML gz',
    ],
    rows.map(({ route, sizes, idle, wire }) => [
      route,
      kb(sizes.js),
      kb(idle.gzip),
      `${idle.gzip - floor >= 0 ? '+' : ''}${kb(idle.gzip - floor)}`,
      wire ? `${kb(wire.js)} (all bytes ${kb(wire.all)})` : '–',
      kb(sizes.html),
    ]),
  );
  const felt = table(
    [
      'route',
      'ready',
      'LCP',
      'twin LCP',
      'LCP/twin',
      'perf',
      'a11y/bp/seo',
      'FCP',
      'LH LCP',
      'TBT',
      'CLS',
      'budgets',
    ],
    rows.map(({ url, slow, lighthouse: l, problems }) => [
      url.length > 40 ? `${url.slice(0, 37)}…` : url,
      ms(slow.ready),
      ms(slow.lcp),
      ms(slow.twinLcp),
      slow.lcpRatio.toFixed(2),
      l ? l.performance : '–',
      l ? `${l.accessibility}/${l.bestPractices}/${l.seo}` : '–',
      l ? ms(l.fcp) : '–',
      l ? ms(l.lcp) : '–',
      l ? ms(l.tbt) : '–',
      l ? l.cls.toFixed(3) : '–',
      problems.length ? `MISSED: ${problems.join('; ')}` : 'met',
    ]),
  );
  const events = Object.entries(interactions)
    .map(
      ([name, v]) =>
        `- ${name}: median ${v.median} ms, p95 ${v.p95} ms (${v.samples.length} interactions)`,
    )
    .join('\n');
  return [
    `Stack floor (react + react-dom + react-router data router + zustand): ${kb(floor)} JS gzip;` +
      ` ready on the slow phone at ${ms(floorReady.ready)} (median of ${floorReady.samples.length}).`,
    `The same page with react-router in declarative mode, as the app uses it: ${kb(declarativeFloor)} JS gzip.`,
    `Chart chunks (recharts): ${chartChunks.join(', ') || 'none'}.`,
    '',
    'Bytes (gzip level 9 for files; on the wire as the server sent them):',
    bytes,
    '',
    'Slow phone (CPU 4×, 150 ms RTT, 1.6 Mbps; medians) and Lighthouse mobile:',
    felt,
    '',
    'Event Timing, slow phone CPU:',
    events,
  ].join('\n');
}
