import { STRENGTHS } from '../../data/guide';
import { LANGUAGE_NAMES, LANGUAGES } from '../../data/languages';

export function StrengthsSection() {
  return (
    <section className="section" aria-labelledby="strengths-title">
      <h2 id="strengths-title">Where each one shines</h2>
      <div className="two-col">
        {LANGUAGES.map((language) => (
          <div key={language} className={`card card--${language}`}>
            <h3 className={`lang-${language}`}>{LANGUAGE_NAMES[language]} strengths</h3>
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
