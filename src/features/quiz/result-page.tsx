import { useEffect, useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { outcomeSlug, parseOutcomeSlug } from '../../scoring/outcome-slug';
import { scoreAnswers } from '../../scoring/score-answers';
import type { OutcomeSlug } from '../../scoring/outcome-slug';
import { useQuizHydration } from './use-quiz-hydration';
import { ResultView } from './result-view';
import type { PendingResult, ResultLinks } from './result-view';
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
  return <ResultContent links={links} pending={hydrated ? null : { slug }} />;
}

/**
 * Until the stored answers are in (`pending`), the first render that matches the prerender. It goes
 * through ResultView like the full result, so React keeps the prerendered heading instead of drawing it
 * again (which would paint the page's largest text a second time, late).
 */
function ResultContent({ links, pending }: { links: ResultLinks; pending: PendingResult | null }) {
  const { source, setImportant, adoptShared } = useResultSource();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  // A shared result lives at its outcome's address (the plain one while it is not settled) and one's own
  // at the plain one. A link whose path says otherwise (or an older link) is corrected in place: the
  // answers decide.
  const address = useMemo(() => {
    if (pending) return null;
    if (source.kind === 'own') return links.result;
    if (source.link.status === 'invalid') return null;
    const result = scoreAnswers(source.input, QUIZ_QUESTIONS);
    return result.settled ? links.outcome(outcomeSlug(result)) : links.result;
  }, [pending, source, links]);
  useEffect(() => {
    if (address && address !== pathname)
      void navigate({ pathname: address, search }, { replace: true });
  }, [address, pathname, search, navigate]);
  if (pending) {
    return (
      <ResultView
        source={source}
        links={links}
        pending={pending}
        onImportant={setImportant}
        onAdopt={adoptShared}
      />
    );
  }
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
