import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { SourceNote } from '../../components/source-note';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { ARTICLE, DATASET_VERSION } from '../../data/source';
import { buildDecisionRecord, decisionRecordFileName } from '../../lib/decision-record';
import { headlineFor, questionCount, summaryFor } from '../../scoring/describe';
import { outcomeSlug } from '../../scoring/outcome-slug';
import type { OutcomeSlug } from '../../scoring/outcome-slug';
import { scoreAnswers } from '../../scoring/score-answers';
import { useQuizStore } from '../../store/quiz-store';
import { AnswerList } from './answer-list';
import { ChangeSince } from './change-since';
import { CompareWithSomeone } from './compare-with-someone';
import { OutcomeHero } from './outcome-hero';
import { ReasonList } from './reason-list';
import { SaveImage } from './save-image';
import { ScoreBars } from './score-bars';
import { SharePanel } from './share-panel';
import { SharedBanner } from './shared-banner';
import { shareUrlFor } from './share-url';
import { StorageNotice } from './storage-notice';
import type { ResultSource } from './use-result-source';
import { WhatWouldChange } from './what-would-change';

export type ResultLinks = {
  quiz: string;
  result: string;
  /** The address of a shared result with this outcome. */
  outcome: (slug: OutcomeSlug) => string;
  compare: string;
  salaries: string;
  /** Two results next to each other. */
  sideBySide: string;
};

/** The page before the stored answers are in: an outcome page's heading (`slug`), else a loading line. */
export type PendingResult = { slug: OutcomeSlug | null };

type ResultViewProps = {
  source: ResultSource;
  /** Set until the stored answers are in: only the heading the prerendered HTML holds is drawn. */
  pending?: PendingResult | null;
  links: ResultLinks;
  onImportant: (questionId: string, important: boolean) => void;
  onAdopt: () => void;
};

/** The result laid out: heading, scores, reasons, tipping points, answers, sharing. */
export function ResultView({ source, links, pending, onImportant, onAdopt }: ResultViewProps) {
  const { input } = source;
  const result = useMemo(() => scoreAnswers(input, QUIZ_QUESTIONS), [input]);
  const navigate = useNavigate();
  // The same element types in the same places as below, so hydration keeps the painted heading.
  if (pending) {
    return (
      <div className="page quiz-result">
        {pending.slug ? (
          <OutcomeHero slug={pending.slug} />
        ) : (
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
        )}
      </div>
    );
  }
  const own = source.kind === 'own';
  const shareUrl = shareUrlFor(input, result, links, window.location.origin);
  const headline = headlineFor(result);
  const lead = result.outcome === 'close-call' ? result.startWith : result.outcome;
  const missing = result.unanswered;
  const finishHref = result.firstOpen ? `${links.quiz}?q=${result.firstOpen}` : links.quiz;

  return (
    <div className="page quiz-result">
      {/* A settled shared result heads with its outcome, as its outcome page's HTML already does. */}
      {!own && result.settled ? (
        <OutcomeHero slug={outcomeSlug(result)}>
          <p className="result-hero__summary">{summaryFor(result, own ? 'yours' : 'shared')}</p>
        </OutcomeHero>
      ) : (
        <header className={`result-hero result-hero--${lead}`}>
          <p className="eyebrow">{own ? 'Your recommendation' : 'A shared recommendation'}</p>
          <h1 id="page-title">{headline}</h1>
          <p className="result-hero__summary">{summaryFor(result, own ? 'yours' : 'shared')}</p>
          {!result.settled && (
            <div className="button-row">
              {/* A shared result is someone else's: the visitor finishes a quiz of their own. */}
              <Link className="button button--primary" to={own ? finishHref : links.quiz}>
                {own ? `Answer the remaining ${questionCount(missing)}` : 'Take the quiz yourself'}
              </Link>
            </div>
          )}
          {own && result.settled && result.firstOpen && (
            <p>
              {missing} of {result.totalQuestions} questions are still unanswered and count for
              neither language. <Link to={finishHref}>Answer the rest</Link>
            </p>
          )}
        </header>
      )}
      {/* Right under the headline: what a returning person looks for first. */}
      {own && source.previous && (
        <ChangeSince previous={source.previous} current={input} questions={QUIZ_QUESTIONS} />
      )}
      {source.kind === 'shared' && (
        <SharedBanner
          link={source.link}
          total={QUIZ_QUESTIONS.length}
          hasOwn={source.hasOwn}
          matchesOwn={source.matchesOwn}
          onAdopt={onAdopt}
        />
      )}
      <StorageNotice />
      <ScoreBars result={result} />
      <p className="visually-hidden" aria-live="polite">
        {`Go ${result.goScore}, Rust ${result.rustScore}: ${headline}.`}
      </p>
      <section className="section" aria-labelledby="reasons-title">
        <h2 id="reasons-title">Why: each answer and what it counted</h2>
        <p className="quiz-muted quiz-reweight-hint">
          Largest first. Tick “Matters a lot” to double a question; the scores update at once.
        </p>
        <ReasonList
          contributions={result.contributions}
          questions={QUIZ_QUESTIONS}
          links={links}
          onImportant={onImportant}
        />
      </section>
      <section className="section" aria-labelledby="change-title">
        <h2 id="change-title">What would change this</h2>
        <WhatWouldChange result={result} questions={QUIZ_QUESTIONS} />
      </section>
      <section className="section" aria-labelledby="answers-title">
        <h2 id="answers-title">{own ? 'Your answers' : 'The answers behind it'}</h2>
        <AnswerList
          questions={QUIZ_QUESTIONS}
          input={input}
          quizHref={own ? links.quiz : undefined}
        />
        {own && (
          <>
            <p className="quiz-muted quiz-retake-hint">
              A retake starts from a blank quiz and keeps this result to compare with; a review
              keeps your answers so you can change some.
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  useQuizStore.getState().startOver();
                  void navigate(links.quiz);
                }}
              >
                Retake the quiz
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  useQuizStore.getState().review();
                  void navigate(links.quiz);
                }}
              >
                Review or change my answers
              </button>
            </div>
          </>
        )}
      </section>
      <SharePanel
        shareUrl={shareUrl}
        buildMarkdown={() => {
          const date = new Date().toISOString().slice(0, 10);
          return {
            fileName: decisionRecordFileName(date),
            text: buildDecisionRecord({
              input,
              result,
              questions: QUIZ_QUESTIONS,
              date,
              datasetVersion: DATASET_VERSION,
              source: ARTICLE,
              shareUrl,
              previous: own ? source.previous : null,
              whose: own ? 'yours' : 'shared',
            }),
          };
        }}
      />
      <SaveImage result={result} quizPath={links.quiz} />
      <CompareWithSomeone source={source} path={links.sideBySide} />
      <SourceNote derived />
    </div>
  );
}
