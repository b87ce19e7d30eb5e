import { TRENDS } from '../../data/guide';
import { LANGUAGE_NAMES } from '../../data/languages';
import type { Trend } from '../../data/schema';

const WHO: Record<Trend['language'], string> = { ...LANGUAGE_NAMES, both: 'Both' };

export function TrendsSection() {
  return (
    <section className="section" aria-labelledby="trends-title">
      <h2 id="trends-title">Trends and forecasts</h2>
      <ul className="trend-list">
        {TRENDS.map((t) => (
          <li key={t.id} className={`trend trend--${t.language}`}>
            <span className="tag">
              {WHO[t.language]} ·{' '}
              {t.kind === 'forecast' ? `forecast${t.horizon ? ` to ${t.horizon}` : ''}` : 'trend'}
            </span>{' '}
            {t.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
