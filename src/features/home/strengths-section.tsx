import { STRENGTHS } from '../../data/guide';
import type { Language } from '../../data/schema';

const NAMES: Record<Language, string> = { go: 'Go', rust: 'Rust' };

export function StrengthsSection() {
  return (
    <section className="section" aria-labelledby="strengths-title">
      <h2 id="strengths-title">Where each one shines</h2>
      <div className="two-col">
        {(['go', 'rust'] as const).map((language) => (
          <div key={language} className={`card card--${language}`}>
            <h3 className={`lang-${language}`}>{NAMES[language]} strengths</h3>
            <ul className="check-list">
              {STRENGTHS.filter((s) => s.language === language).map((s) => (
                <li key={s.id}>{s.text}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
