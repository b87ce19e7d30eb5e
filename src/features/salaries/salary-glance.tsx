import { SourceNote } from '../../components/source-note';
import { formatInteger, formatUsd } from '../../lib/format';
import { formatPointValue } from './chart-text';
import { isSmallSample } from './chart-data';
import type { SeniorPayRow } from './chart-data';
import { formatRatio, formatSignedPercent } from './derived-figures';
import type { OpeningsRatio, SeniorPremium } from './derived-figures';

type SalaryGlanceProps = {
  seniorPay: readonly SeniorPayRow[];
  premium: SeniorPremium;
  ratio: OpeningsRatio;
};

/** The figures a reader came for, as text, plus the two we derive from them (marked as ours). */
export function SalaryGlance({ seniorPay, premium, ratio }: SalaryGlanceProps) {
  const [goOpenings, rustOpenings] = ratio.inputs;
  const rustSenior = premium.inputs[1];
  return (
    <section className="section" aria-labelledby="glance-title">
      <h2 id="glance-title">At a glance</h2>
      <dl className="stat-grid salary-glance">
        <div className="stat stat--go">
          <dt>Open Go roles</dt>
          <dd>
            <span className="stat__value">{formatInteger(goOpenings.value)}</span>
            <span className="stat__n">counted on job boards</span>
          </dd>
        </div>
        <div className="stat stat--rust">
          <dt>Open Rust roles</dt>
          <dd>
            <span className="stat__value">{formatInteger(rustOpenings.value)}</span>
            <span className="stat__n">counted on job boards</span>
          </dd>
        </div>
        {seniorPay.map((row) => (
          <div key={row.language} className={`stat stat--${row.language}`}>
            <dt>{row.label} senior median pay</dt>
            <dd>
              <span className="stat__value">{formatPointValue(row, 'USD')}</span>
              <span className="stat__n">
                n = {row.n ?? 'not reported'} postings
                {row.smallSample && <span className="tag salary-tag--small">small sample</span>}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <SourceNote />
      <h3 className="salary-derived__title">Worked out from those figures</h3>
      <dl className="salary-derived">
        <div className="salary-derived__item">
          <dt>
            Rust senior premium <span className="tag">derived</span>
          </dt>
          <dd>
            <span className="salary-derived__value">
              {formatUsd(premium.difference)} ({formatSignedPercent(premium.share)})
            </span>
            <span className="salary-derived__how">
              Rust&rsquo;s senior median minus Go&rsquo;s, and that gap as a share of Go&rsquo;s.
              {isSmallSample(rustSenior.n ?? null) &&
                ` It leans on a small sample: ${rustSenior.n} Rust postings.`}
            </span>
          </dd>
        </div>
        <div className="salary-derived__item">
          <dt>
            Openings ratio <span className="tag">derived</span>
          </dt>
          <dd>
            <span className="salary-derived__value">{formatRatio(ratio.ratio)}</span>
            <span className="salary-derived__how">
              Go roles for every Rust role: {formatInteger(goOpenings.value)} ÷{' '}
              {formatInteger(rustOpenings.value)}.
            </span>
          </dd>
        </div>
      </dl>
      <SourceNote derived />
    </section>
  );
}
