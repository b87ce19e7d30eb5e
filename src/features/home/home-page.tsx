import { Link } from 'react-router';
import { AdoptionSection } from './adoption-section';
import { AdviceSection } from './advice-section';
import { FaqSection } from './faq-section';
import { KeyFigures } from './key-figures';
import { StrengthsSection } from './strengths-section';
import { TrendsSection } from './trends-section';

export type HomeLinks = { quiz: string; compare: string; salaries: string };

export function HomePage({ links }: { links: HomeLinks }) {
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="page-title">
        <p className="eyebrow">A guide for 2026</p>
        <h1 id="page-title">
          <span className="lang-go">Go</span> or <span className="lang-rust">Rust</span>?
        </h1>
        <p className="hero__answer">
          Learn <strong className="lang-go">Go</strong> to be productive on backend and cloud work
          within weeks, with more jobs to choose from. Learn{' '}
          <strong className="lang-rust">Rust</strong> if you want compile-time safety, top speed and
          higher pay, and can invest months in the learning curve.
        </p>
        <div className="button-row">
          <Link className="button button--primary" to={links.quiz}>
            Take the 2-minute quiz
          </Link>
          <Link className="button" to={links.compare}>
            Compare every category
          </Link>
          <Link className="button" to={links.salaries}>
            See salaries and jobs
          </Link>
        </div>
      </section>
      <KeyFigures salariesHref={links.salaries} />
      <StrengthsSection />
      <AdviceSection quizHref={links.quiz} />
      <AdoptionSection />
      <TrendsSection />
      <FaqSection />
    </div>
  );
}
