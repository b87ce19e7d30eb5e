/**
 * Fills the bars reference by id, defined once in the prerendered page. The stripes give Rust a
 * second cue besides colour; the pale fills mark figures that are not medians.
 */
export function ChartPatterns() {
  return (
    <svg className="chart-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id="salaries-rust-hatch"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="var(--rust)" />
          <rect width="3" height="8" fill="var(--surface)" opacity="0.4" />
        </pattern>
        <pattern
          id="salaries-rust-soft"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="var(--rust-soft)" />
          <rect width="2" height="8" fill="var(--rust)" opacity="0.5" />
        </pattern>
        <pattern id="salaries-go-soft" width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="var(--go-soft)" />
        </pattern>
      </defs>
    </svg>
  );
}
