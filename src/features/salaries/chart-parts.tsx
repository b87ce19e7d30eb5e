import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { usePlotArea, useYAxisScale } from 'recharts';
import type { BarShapeProps, TooltipContentProps } from 'recharts';
import { LANGUAGE_NAMES, LANGUAGES } from '../../data/languages';
import type { Figure } from '../../data/schema';
import type { Language } from '../../data/languages';
import type { ChartPoint, LanguagePair } from './chart-data';
import { formatPointValue, formatStatisticTag } from './chart-text';

/** Fills defined once on the page by ChartPatterns; Rust is hatched so greyscale still tells them apart. */
const FILLS: Record<Language, { solid: string; soft: string }> = {
  go: { solid: 'var(--go)', soft: 'url(#salaries-go-soft)' },
  rust: { solid: 'url(#salaries-rust-hatch)', soft: 'url(#salaries-rust-soft)' },
};

export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 } as const;

type LanguageBarProps = {
  shape: BarShapeProps;
  language: Language;
  point: ChartPoint | null;
  unit: Figure['unit'];
};

/**
 * One bar with its value at the end. A median or count is filled; a peak or a figure of unknown
 * kind is outlined and dashed, so it never reads as the same sort of number. No figure: words, no bar.
 */
export function LanguageBar({ shape, language, point, unit }: LanguageBarProps) {
  const midY = shape.y + shape.height / 2;
  // recharts draws no bar for a null value; MissingMarkers writes "not reported" in its place.
  if (!point) return <g />;
  const plain = point.statistic === 'median' || point.statistic === 'count';
  const tag = formatStatisticTag(point.statistic, 'short');
  const labelX = shape.x + Math.max(0, shape.width) + 6;
  return (
    <g className={`salary-chart__bar salary-chart__bar--${language}`}>
      <rect
        x={shape.x}
        y={shape.y}
        width={Math.max(0, shape.width)}
        height={shape.height}
        rx={3}
        fill={plain ? FILLS[language].solid : FILLS[language].soft}
        stroke={plain ? 'none' : `var(--${language})`}
        strokeWidth={plain ? 0 : 2}
        strokeDasharray={plain ? undefined : '6 3'}
      />
      <text x={labelX} y={midY} dominantBaseline="central" className="salary-chart__value">
        {tag ? (
          <>
            <tspan x={labelX} dy="-0.6em">
              {formatPointValue(point, unit)}
            </tspan>
            <tspan x={labelX} dy="1.2em" className="salary-chart__tag">
              {tag}
            </tspan>
          </>
        ) : (
          formatPointValue(point, unit)
        )}
      </text>
    </g>
  );
}

type TooltipBoxProps = { title: string; children: ReactNode };

/** The tooltip frame; its content is the same wording the tables use. */
export function TooltipBox({ title, children }: TooltipBoxProps) {
  return (
    <div className="salary-tooltip">
      <p className="salary-tooltip__title">{title}</p>
      <ul className="salary-tooltip__list">{children}</ul>
    </div>
  );
}

/** The row behind the active tooltip, whatever the chart. */
export function activeRow<Row>(props: TooltipContentProps): Row | undefined {
  if (!props.active) return undefined;
  const entry = props.payload[0];
  return entry?.payload as Row | undefined;
}

type MissingMarkersProps = {
  rows: readonly (LanguagePair & { label: string })[];
  /** The chart's barCategoryGap as a share of the band, and its barGap in pixels. */
  categoryGap: number;
  barGap: number;
};

/**
 * Writes "not reported" where a language's bar would stand, using the same band split recharts
 * uses for two bars, so a gap in the data is visible and never drawn as zero.
 */
export function MissingMarkers({ rows, categoryGap, barGap }: MissingMarkersProps) {
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!yScale || !plot) return null;
  return (
    <g className="salary-chart__missing-layer">
      {rows.flatMap((row) => {
        const start = yScale(row.label, { position: 'start' });
        const end = yScale(row.label, { position: 'end' });
        if (start === undefined || end === undefined) return [];
        const band = end - start;
        const gap = band * categoryGap;
        const bar = (band - 2 * gap - barGap) / 2;
        return LANGUAGES.flatMap((language, i) => {
          if (row[language]) return [];
          const y = start + gap + i * (bar + barGap) + bar / 2;
          return [
            <text
              key={`${row.label}-${language}`}
              x={plot.x + 6}
              y={y}
              dominantBaseline="central"
              className="salary-chart__missing"
            >
              {LANGUAGE_NAMES[language]}: not reported
            </text>,
          ];
        });
      })}
    </g>
  );
}

// recharts steps a vertical-layout chart backwards on ArrowRight (its "top-to-bottom" direction
// flips the key), so we translate: Down/Right move to the next bar, Up/Left to the previous one.
const KEY_MAP: Readonly<Record<string, string>> = {
  ArrowDown: 'ArrowLeft',
  ArrowRight: 'ArrowLeft',
  ArrowUp: 'ArrowRight',
  ArrowLeft: 'ArrowRight',
};
const translated = new WeakSet<Event>();

/** Wraps a horizontal-bar chart so the arrow keys move through the bars in reading order. */
export function ArrowKeyFrame({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const mapped = KEY_MAP[event.key];
      if (!mapped || translated.has(event) || !event.target) return;
      event.preventDefault();
      event.stopPropagation();
      const replacement = new KeyboardEvent('keydown', { key: mapped, bubbles: true });
      translated.add(replacement);
      event.target.dispatchEvent(replacement);
    };
    frame.addEventListener('keydown', onKeyDown, true);
    return () => frame.removeEventListener('keydown', onKeyDown, true);
  }, []);
  return (
    <div ref={ref} className="salary-chart-frame">
      {children}
    </div>
  );
}
