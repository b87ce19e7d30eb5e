import { LANGUAGE_NAMES, LANGUAGES } from '../../data/languages';
import type { Figure } from '../../data/schema';
import type { Language } from '../../data/languages';
import type { LanguagePair } from './chart-data';
import { formatPointValue, formatStatisticTag } from './chart-text';

type ChartSummaryProps = {
  rows: readonly (LanguagePair & { label: string })[];
  unit: Figure['unit'];
  /** Shown after a value, e.g. the sample size. */
  note?: (language: Language, row: LanguagePair) => string;
};

/**
 * The chart's figures as plain text, prerendered in the chart's reserved box: the page is useful
 * before the chart code arrives, without JavaScript, and if the chart cannot load.
 */
export function ChartSummary({ rows, unit, note }: ChartSummaryProps) {
  return (
    <dl className="chart-summary">
      {rows.map((row) => (
        <div key={row.label} className="chart-summary__row">
          <dt>{row.label}</dt>
          {LANGUAGES.map((language) => {
            const point = row[language];
            const tag = point ? formatStatisticTag(point.statistic) : '';
            const extra = point && note ? note(language, row) : '';
            return (
              <dd
                key={language}
                className={`chart-summary__value chart-summary__value--${language}`}
              >
                <span className={`lang-${language} chart-summary__lang`}>
                  {LANGUAGE_NAMES[language]}
                </span>{' '}
                {point ? (
                  <strong>{formatPointValue(point, unit)}</strong>
                ) : (
                  <span className="chart-summary__missing">not reported</span>
                )}
                {tag && <span className="chart-summary__tag"> ({tag})</span>}
                {extra && <span className="chart-summary__note"> · {extra}</span>}
              </dd>
            );
          })}
        </div>
      ))}
    </dl>
  );
}
