type LegendItem = {
  /** Swatch style: a language's solid or hatched fill, outlined for a peak or unstated figure. */
  swatch: 'go' | 'rust' | 'go-outline' | 'rust-outline';
  label: string;
};

/** An HTML legend, prerendered with the page, using the same fills as the bars. */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.label} className="chart-legend__item">
          <span
            className={`chart-legend__swatch chart-legend__swatch--${item.swatch}`}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export const LANGUAGE_LEGEND: readonly LegendItem[] = [
  { swatch: 'go', label: 'Go (solid)' },
  { swatch: 'rust', label: 'Rust (striped)' },
];
