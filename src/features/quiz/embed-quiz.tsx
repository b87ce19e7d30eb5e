import { useEffect, useMemo, useRef, useState } from 'react';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { headlineFor, summaryFor } from '../../scoring/describe';
import type { OutcomeSlug } from '../../scoring/outcome-slug';
import { scoreAnswers } from '../../scoring/score-answers';
import { useQuizStore } from '../../store/quiz-store';
import { QuizPage } from './quiz-page';
import { ScoreBars } from './score-bars';
import { shareUrlFor } from './share-url';
import './embed-quiz.css';

export type EmbedQuizLinks = {
  result: string;
  /** The address of a shared result with this outcome. */
  outcome: (slug: OutcomeSlug) => string;
};

type EmbedQuizProps = { links: EmbedQuizLinks; siteName: string; storageKey: string };

/** Said once, above the questions, when the browser refuses storage in the frame. */
const UNAVAILABLE_NOTE =
  'Your browser does not let this quiz save anything here, so your answers last only while this page is open. The link to the full result carries them with it.';

/**
 * The quiz inside another site's frame: the same steps as /quiz, then the result in place (a frame does
 * not navigate to the site's pages), with a link that opens the full result in a new tab.
 */
export function EmbedQuiz({ links, siteName, storageKey }: EmbedQuizProps) {
  const [showResult, setShowResult] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // After switching between the steps and the result, the keyboard starts at the new heading.
  useEffect(() => {
    if (!moved.current) return;
    rootRef.current
      ?.querySelector<HTMLElement>('[data-frame-focus], .quiz-question__prompt')
      ?.focus();
  }, [showResult]);
  const show = (result: boolean) => {
    moved.current = true;
    setShowResult(result);
  };
  return (
    <div ref={rootRef}>
      {showResult ? (
        <EmbedResult
          links={links}
          siteName={siteName}
          onChange={() => {
            useQuizStore.getState().review();
            show(false);
          }}
          onRetake={() => {
            useQuizStore.getState().startOver();
            show(false);
          }}
        />
      ) : (
        <QuizPage
          links={{ result: links.result }}
          siteName={siteName}
          frame={{ storageKey, onFinish: () => show(true), unavailableNote: UNAVAILABLE_NOTE }}
        />
      )}
    </div>
  );
}

type EmbedResultProps = {
  links: EmbedQuizLinks;
  siteName: string;
  onChange: () => void;
  onRetake: () => void;
};

/** The recommendation and both scores; everything else is one click away on the full result. */
function EmbedResult({ links, siteName, onChange, onRetake }: EmbedResultProps) {
  const answers = useQuizStore((s) => s.answers);
  const important = useQuizStore((s) => s.important);
  const input = useMemo(() => ({ answers, important }), [answers, important]);
  const result = useMemo(() => scoreAnswers(input, QUIZ_QUESTIONS), [input]);
  const lead = result.outcome === 'close-call' ? result.startWith : result.outcome;
  const fullUrl = shareUrlFor(input, result, links, window.location.origin);
  const headline = headlineFor(result);
  useEffect(() => {
    document.title = `${headline} | ${siteName}`;
  }, [headline, siteName]);
  return (
    <div className="page embed-result">
      <header className={`result-hero result-hero--${lead}`}>
        <p className="eyebrow">Your recommendation</p>
        <h1 id="page-title" tabIndex={-1} data-frame-focus="">
          {headline}
        </h1>
        <p className="result-hero__summary">{summaryFor(result)}</p>
      </header>
      <ScoreBars result={result} />
      <div className="button-row">
        <a className="button button--primary" href={fullUrl} target="_blank" rel="noopener">
          See the full result<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        <button type="button" className="button" onClick={onChange}>
          Change my answers
        </button>
        <button type="button" className="button" onClick={onRetake}>
          Start again
        </button>
      </div>
      <p className="quiz-muted">
        The full result shows what each answer counted and what would change the recommendation.
      </p>
    </div>
  );
}
