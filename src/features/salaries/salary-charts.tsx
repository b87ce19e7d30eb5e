import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';
import { LANGUAGE_NAMES, LANGUAGES } from '../../data/languages';
import type { Figure } from '../../data/schema';
import { formatInteger, formatUsd } from '../../lib/format';
import { computeAxisMax, collectPairValues } from './chart-data';
import type { LadderRow, LanguagePair, OpeningsRow, SeniorPayRow } from './chart-data';
import { describePoint, describeSample } from './chart-text';
import {
  activeRow,
  ArrowKeyFrame,
  AXIS_TICK,
  LanguageBar,
  MissingMarkers,
  TooltipBox,
} from './chart-parts';

/** A fixed size for tests; without it the chart fills its box, whose height CSS reserves. */
export type ChartSize = { width: number; height: number };

type ChartProps<Row> = {
  data: readonly Row[];
  title: string;
  description: string;
  reducedMotion: boolean;
  size?: ChartSize;
};

const CATEGORY_GAP = 0.18;
const BAR_GAP = 4;

function sizeProps(size: ChartSize | undefined) {
  return size
    ? { width: size.width, height: size.height }
    : { responsive: true, width: '100%' as const, height: '100%' as const };
}

function ticksUpTo(max: number, step: number): number[] {
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

const compactUsd = (value: number) => (value === 0 ? '$0' : `${formatUsd(value / 1000)}k`);

type BarFrameProps<Row> = ChartProps<Row> & {
  /** The value axis: its end, the step between labelled ticks and how a tick reads. */
  max: number;
  tickStep: number;
  tickFormatter: (value: number) => string;
  /** The category axis: its width and how its labels look. */
  categoryWidth: number;
  categoryTick: { fill: string; fontSize: number; fontWeight?: number };
  barCategoryGap: string;
  barGap?: number;
  tooltip: (tip: TooltipContentProps) => ReactNode;
  children: ReactNode;
};

/** What every salary chart shares: horizontal bars, grid, both axes, tooltip and arrow-key frame. */
function BarFrame<Row>(props: BarFrameProps<Row>) {
  const { max, reducedMotion } = props;
  return (
    <ArrowKeyFrame>
      <BarChart
        {...sizeProps(props.size)}
        layout="vertical"
        data={[...props.data]}
        margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
        barCategoryGap={props.barCategoryGap}
        barGap={props.barGap}
        title={props.title}
        desc={props.description}
        className="salary-chart"
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis
          type="number"
          domain={[0, max]}
          ticks={ticksUpTo(max, props.tickStep)}
          tickFormatter={props.tickFormatter}
          tick={AXIS_TICK}
          stroke="var(--border)"
        />
        <YAxis
          type="category"
          dataKey="label"
          width={props.categoryWidth}
          tick={props.categoryTick}
          stroke="var(--border)"
        />
        <Tooltip
          content={props.tooltip}
          cursor={{ fill: 'var(--surface-2)' }}
          isAnimationActive={!reducedMotion}
        />
        {props.children}
      </BarChart>
    </ArrowKeyFrame>
  );
}

function PairTooltip(props: TooltipContentProps & { unit: Figure['unit'] }) {
  const row = activeRow<LanguagePair & { label: string }>(props);
  if (!row) return null;
  return (
    <TooltipBox title={row.label}>
      {LANGUAGES.map((language) => (
        <li key={language} className={`salary-tooltip__item salary-tooltip__item--${language}`}>
          <strong>{LANGUAGE_NAMES[language]}:</strong> {describePoint(row[language], props.unit)}
          {props.unit === 'USD' && row[language] && <span> · {describeSample(row[language])}</span>}
        </li>
      ))}
    </TooltipBox>
  );
}

type PairChartProps<Row extends LanguagePair & { label: string }> = ChartProps<Row> & {
  unit: Figure['unit'];
  step: number;
  categoryWidth: number;
  /** Room past the longest bar for its label, as a multiple of the largest value. */
  headroom: number;
};

/** Horizontal grouped bars, Go above Rust in every category; shared by openings and the ladder. */
function PairChart<Row extends LanguagePair & { label: string }>(props: PairChartProps<Row>) {
  const { data, unit, step, reducedMotion } = props;
  const max = computeAxisMax(collectPairValues(data), step, props.headroom);
  return (
    <BarFrame
      {...props}
      max={max}
      tickStep={step * 2}
      tickFormatter={unit === 'USD' ? compactUsd : formatInteger}
      categoryTick={{ ...AXIS_TICK, fill: 'var(--text)' }}
      barCategoryGap={`${CATEGORY_GAP * 100}%`}
      barGap={BAR_GAP}
      tooltip={(tip) => <PairTooltip {...tip} unit={unit} />}
    >
      {LANGUAGES.map((language) => (
        <Bar
          key={language}
          name={LANGUAGE_NAMES[language]}
          dataKey={(row: Row) => row[language]?.value ?? null}
          isAnimationActive={!reducedMotion}
          shape={(shape) => (
            <LanguageBar
              shape={shape}
              language={language}
              point={(shape.payload as Row)[language]}
              unit={unit}
            />
          )}
        />
      ))}
      <MissingMarkers rows={data} categoryGap={CATEGORY_GAP} barGap={BAR_GAP} />
    </BarFrame>
  );
}

/** Open roles and senior postings per language. */
export function OpeningsChart(props: ChartProps<OpeningsRow>) {
  return <PairChart {...props} unit="openings" step={100} categoryWidth={96} headroom={1.5} />;
}

/** Every career level for both languages; gaps say "not reported". */
export function LadderChart(props: ChartProps<LadderRow>) {
  return <PairChart {...props} unit="USD" step={50_000} categoryWidth={72} headroom={1.6} />;
}

function SeniorTooltip(props: TooltipContentProps) {
  const row = activeRow<SeniorPayRow>(props);
  if (!row) return null;
  return (
    <TooltipBox title={`${row.label}, senior`}>
      <li className={`salary-tooltip__item salary-tooltip__item--${row.language}`}>
        <strong>{describePoint(row, 'USD')}</strong>
      </li>
      <li>
        {describeSample(row)}
        {row.smallSample && ' · small sample'}
      </li>
    </TooltipBox>
  );
}

/** The two senior medians, one bar each, with n beside the value. */
export function SeniorPayChart(props: ChartProps<SeniorPayRow>) {
  const { data, reducedMotion } = props;
  const max = computeAxisMax(
    data.map((row) => row.value),
    50_000,
    1.7,
  );
  return (
    <BarFrame
      {...props}
      max={max}
      tickStep={100_000}
      tickFormatter={compactUsd}
      categoryWidth={48}
      categoryTick={{ ...AXIS_TICK, fill: 'var(--text)', fontSize: 14, fontWeight: 700 }}
      barCategoryGap="28%"
      tooltip={(tip) => <SeniorTooltip {...tip} />}
    >
      <Bar
        name="Senior median"
        dataKey="value"
        isAnimationActive={!reducedMotion}
        shape={(shape) => {
          const row = shape.payload as SeniorPayRow;
          return (
            <g>
              <LanguageBar shape={shape} language={row.language} point={row} unit="USD" />
              <text
                x={shape.x + 6}
                y={shape.y + shape.height + 14}
                className={
                  row.smallSample ? 'salary-chart__n salary-chart__n--small' : 'salary-chart__n'
                }
              >
                {describeSample(row)}
                {row.smallSample && ' · small sample'}
              </text>
            </g>
          );
        }}
      />
    </BarFrame>
  );
}
