import { Link } from 'react-router';
import { SMALL_SAMPLE_THRESHOLD } from '../../data/figures';
import { ARTICLE } from '../../data/source';
import { formatDate } from '../../lib/format-date';
import { ChartLegend, LANGUAGE_LEGEND } from './chart-legend';
import { salaryChartLoader } from './chart-loader';
import type { ChartLoader } from './chart-loader';
import { ChartPatterns } from './chart-patterns';
import { ChartSection } from './chart-section';
import { ChartSummary } from './chart-summary';
import { describeSample } from './chart-text';
import { LadderNote, SmallSampleNote } from './salary-notes';
import { SalaryGlance } from './salary-glance';
import { LadderTable, OpeningsTable, SeniorPayTable } from './salary-tables';
import {
  LADDER_ROWS,
  OPENINGS_RATIO,
  OPENINGS_ROWS,
  SENIOR_PAY_ROWS,
  SENIOR_PREMIUM,
} from './salary-view-data';
import './salaries.css';

export type SalariesLinks = { compare: string; quiz: string };

const OPENINGS_TEXT =
  'How many Go and Rust postings the article counted on job boards, and how many senior postings stand behind each pay median.';
const SENIOR_TEXT =
  'The middle salary of the senior postings for each language, with the number of postings (n) behind it.';
const LADDER_TEXT =
  'Every level from senior to director for both languages. Where the article gives no figure the chart says "not reported": nothing is estimated or filled in.';

const SENIOR_AS_PAIR = [
  {
    label: 'Senior median',
    go: SENIOR_PAY_ROWS.find((row) => row.language === 'go') ?? null,
    rust: SENIOR_PAY_ROWS.find((row) => row.language === 'rust') ?? null,
  },
];

type SalariesPageProps = { links: SalariesLinks; loader?: ChartLoader };

export function SalariesPage({ links, loader = salaryChartLoader }: SalariesPageProps) {
  return (
    <div className="page salaries">
      <header className="salaries__intro">
        <p className="eyebrow">Jobs and pay, {formatDate(ARTICLE.updated)}</p>
        <h1 id="page-title">Go and Rust salaries and jobs</h1>
        <p className="salaries__lede">
          Every number here is one the article reports, counted from job-board postings. Each pay
          figure shows how many postings stand behind it, medians under {SMALL_SAMPLE_THRESHOLD}{' '}
          postings are flagged, and levels the article leaves out say &ldquo;not reported&rdquo;.
        </p>
        <p className="salaries__hint">
          Every chart also opens as a table. With a keyboard, Tab to a chart and use the arrow keys
          to step through its bars.
        </p>
      </header>
      <ChartPatterns />
      <SalaryGlance seniorPay={SENIOR_PAY_ROWS} premium={SENIOR_PREMIUM} ratio={OPENINGS_RATIO} />
      <ChartSection
        id="openings"
        title="Open roles"
        description={<p>{OPENINGS_TEXT}</p>}
        legend={<ChartLegend label="Open roles legend" items={LANGUAGE_LEGEND} />}
        summary={<ChartSummary rows={OPENINGS_ROWS} unit="openings" />}
        table={<OpeningsTable rows={OPENINGS_ROWS} />}
        size="short"
        loader={loader}
        renderChart={(charts, { reducedMotion }) => (
          <charts.OpeningsChart
            data={OPENINGS_ROWS}
            title="Open roles"
            description={OPENINGS_TEXT}
            reducedMotion={reducedMotion}
          />
        )}
      />
      <ChartSection
        id="senior-pay"
        title="Senior median pay"
        description={<p>{SENIOR_TEXT}</p>}
        legend={<ChartLegend label="Senior median pay legend" items={LANGUAGE_LEGEND} />}
        summary={
          <ChartSummary
            rows={SENIOR_AS_PAIR}
            unit="USD"
            note={(language, row) => describeSample(row[language])}
          />
        }
        table={<SeniorPayTable rows={SENIOR_PAY_ROWS} />}
        size="short"
        loader={loader}
        renderChart={(charts, { reducedMotion }) => (
          <charts.SeniorPayChart
            data={SENIOR_PAY_ROWS}
            title="Senior median pay"
            description={SENIOR_TEXT}
            reducedMotion={reducedMotion}
          />
        )}
      >
        <SmallSampleNote rows={SENIOR_PAY_ROWS} />
      </ChartSection>
      <ChartSection
        id="ladder"
        title="Pay up the career ladder"
        description={<p>{LADDER_TEXT}</p>}
        legend={
          <ChartLegend
            label="Career ladder legend"
            items={[
              { swatch: 'go', label: 'Go median' },
              { swatch: 'rust', label: 'Rust median' },
              { swatch: 'go-outline', label: 'Go peak (outlined)' },
              {
                swatch: 'rust-outline',
                label: 'Rust, unstated: median or peak not said (outlined)',
              },
            ]}
          />
        }
        summary={<ChartSummary rows={LADDER_ROWS} unit="USD" />}
        table={<LadderTable rows={LADDER_ROWS} />}
        size="tall"
        loader={loader}
        renderChart={(charts, { reducedMotion }) => (
          <charts.LadderChart
            data={LADDER_ROWS}
            title="Pay up the career ladder"
            description={LADDER_TEXT}
            reducedMotion={reducedMotion}
          />
        )}
      >
        <LadderNote rows={LADDER_ROWS} />
      </ChartSection>
      <GapsSection />
      <p className="button-row">
        <Link className="button button--primary" to={links.quiz}>
          Take the quiz
        </Link>
        <Link className="button" to={links.compare}>
          Compare beyond pay
        </Link>
      </p>
    </div>
  );
}

function GapsSection() {
  return (
    <section className="section" aria-labelledby="gaps-title">
      <h2 id="gaps-title">What these figures do not tell you</h2>
      <ul className="salary-gaps">
        <li>There are no junior or mid-level pay figures for either language.</li>
        <li>
          Only the two senior medians come with a sample size; the lead, manager and director
          figures come with none.
        </li>
        <li>
          The article does not name the job boards or the region, and gives one date for all of it:{' '}
          {formatDate(ARTICLE.updated)}.
        </li>
        <li>
          There are no ranges, averages or percentiles, so how widely pay spreads around each figure
          is unknown.
        </li>
        <li>The manager and director figures are rounded to the nearest thousand dollars.</li>
      </ul>
    </section>
  );
}
