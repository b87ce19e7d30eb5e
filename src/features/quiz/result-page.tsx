import { useEffect, useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { outcomeSlug, parseOutcomeSlug } from '../../scoring/outcome-slug';
import { scoreAnswers } from '../../scoring/score-answers';
import type { OutcomeSlug } from '../../scoring/outcome-slug';
import { OutcomeHero } from './outcome-hero';
import { useQuizHydration } from './use-quiz-hydration';
import { ResultView } from './result-view';
import type { ResultLinks } from './result-view';
import { SharedBanner } from './shared-banner';
import { useResultSource } from './use-result-source';
import './quiz.css';

export type { ResultLinks } from './result-view';

/**
 * /quiz/result and the outcome pages /quiz/result/<outcome>: a first render that matches the prerender
 * (on an outcome page, that outcome's heading), then the result once answers load.
 */
export function ResultPage({ links }: { links: ResultLinks }) {
  const hydrated = useQuizHydration();
  const { outcome } = useParams();
  const slug = parseOutcomeSlug(outcome) ? (outcome as OutcomeSlug) : null;
  if (!hydrated && slug) {
    return (
      <div className="page quiz-result">
        <OutcomeHero slug={slug} />
      </div>
    );
  }
  if (!hydrated) {
    return (
      <div className="page quiz-result">
        <header>
          <p className="eyebrow">Decision quiz</p>
          <h1 id="page-title">Your recommendation</h1>
          <p>Loading your answers…</p>
          <noscript>
            <p>
              Your result is worked out in the browser from your answers or from a shared link, so
              it needs JavaScript. The comparison grid and the salary figures work without it.
            </p>
          </noscript>
        </header>
      </div>
    );
  }
  return <ResultContent links={links} />;
}

function ResultContent({ links }: { links: ResultLinks }) {
  const { source, setImportant, adoptShared } = useResultSource();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  // A shared result lives at its outcome's address and one's own at the plain one. A link whose path
  // says otherwise (or an older link without an outcome) is corrected in place: the answers decide.
  const address = useMemo(() => {
    if (source.kind === 'own') return links.result;
    if (source.link.status === 'invalid') return null;
    return links.outcome(outcomeSlug(scoreAnswers(source.input, QUIZ_QUESTIONS)));
  }, [source, links]);
  useEffect(() => {
    if (address && address !== pathname)
      void navigate({ pathname: address, search }, { replace: true });
  }, [address, pathname, search, navigate]);
  if (source.kind === 'shared' && source.link.status === 'invalid') {
    return (
      <div className="page quiz-result">
        <header>
          <p className="eyebrow">Shared result</p>
          <h1 id="page-title">This shared result could not be opened</h1>
        </header>
        <SharedBanner
          link={source.link}
          total={QUIZ_QUESTIONS.length}
          hasOwn={source.hasOwn}
          matchesOwn={false}
          onAdopt={adoptShared}
        />
        <p>Ask for a fresh link, or answer the questions yourself: it takes about two minutes.</p>
        <div className="button-row">
          <Link className="button button--primary" to={links.quiz}>
            Take the quiz
          </Link>
          {source.hasOwn && (
            <Link className="button" to={links.result}>
              See my own result
            </Link>
          )}
        </div>
      </div>
    );
  }
  if (source.kind === 'own' && Object.keys(source.input.answers).length === 0) {
    return (
      <div className="page quiz-result">
        <header>
          <p className="eyebrow">Decision quiz</p>
          <h1 id="page-title">No recommendation yet</h1>
          <p>
            Your result is built from your answers, and there are none on this device yet. Ten short
            questions, about two minutes, and you will see which language fits, by how much, and
            what would change it.
          </p>
        </header>
        <div className="button-row">
          <Link className="button button--primary" to={links.quiz}>
            Take the quiz
          </Link>
        </div>
      </div>
    );
  }
  return (
    <ResultView source={source} links={links} onImportant={setImportant} onAdopt={adoptShared} />
  );
}
