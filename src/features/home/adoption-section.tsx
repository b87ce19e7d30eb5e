import { ADOPTION } from '../../data/guide';
import { LANGUAGE_NAMES } from '../../data/languages';

export function AdoptionSection() {
  return (
    <section className="section" aria-labelledby="adoption-title">
      <h2 id="adoption-title">Who uses them</h2>
      <div className="two-col">
        {ADOPTION.map((a) => (
          <div key={a.language} className={`card card--${a.language}`}>
            <h3 className={`lang-${a.language}`}>{LANGUAGE_NAMES[a.language]} in industry</h3>
            <p>{a.summary}</p>
            <dl className="facts">
              <dt>Companies</dt>
              <dd>{a.companies.join(', ')}</dd>
              {a.projects.length > 0 && (
                <>
                  <dt>Projects</dt>
                  <dd>{a.projects.join(', ')}</dd>
                </>
              )}
              <dt>Sectors</dt>
              <dd>{a.sectors.join(', ')}</dd>
            </dl>
          </div>
        ))}
      </div>
    </section>
  );
}
