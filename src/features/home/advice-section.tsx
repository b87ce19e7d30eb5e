import { Link } from 'react-router';
import { ADVICE } from '../../data/guide';
import { LANGUAGE_NAMES } from '../../data/languages';

export function AdviceSection({ quizHref }: { quizHref: string }) {
  return (
    <section className="section" aria-labelledby="advice-title">
      <h2 id="advice-title">When to choose which</h2>
      <div className="two-col">
        {ADVICE.map((advice) => (
          <div key={advice.language} className={`card card--${advice.language}`}>
            <h3 className={`lang-${advice.language}`}>
              Choose {LANGUAGE_NAMES[advice.language]} if…
            </h3>
            <p>{advice.summary}</p>
            <ul>
              {advice.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p>
        Not sure which list sounds like you? <Link to={quizHref}>The quiz weighs it for you</Link>.
      </p>
    </section>
  );
}
