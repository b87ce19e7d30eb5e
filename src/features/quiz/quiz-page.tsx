import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { QuestionStep } from './question-step';
import { QuizProgress } from './quiz-progress';
import { ReviewList } from './review-list';
import { StartOver } from './start-over';
import { StorageNotice } from './storage-notice';
import { useQuizStore } from '../../store/quiz-store';
import { useQuizHydration } from './use-quiz-hydration';
import { useStepFocus } from './use-step-focus';
import './quiz.css';

export type QuizLinks = { result: string };

/** Set when the quiz runs in another site's frame (/embed/quiz). */
export type QuizFrame = {
  /** Where this quiz keeps its answers, apart from the site's own quiz. */
  storageKey: string;
  /** Shows the result in place: the frame never navigates to the site's pages. */
  onFinish: () => void;
  /** What the note says when the browser refuses storage in the frame. */
  unavailableNote: string;
};

type QuizPageProps = { links: QuizLinks; siteName: string; frame?: QuizFrame };

const TOTAL = QUIZ_QUESTIONS.length;
const store = () => useQuizStore.getState();

export function QuizPage({ links, siteName, frame }: QuizPageProps) {
  // The prerendered page shows question 1; the stored step takes over once answers are loaded.
  const hydrated = useQuizHydration(frame?.storageKey);
  const answers = useQuizStore((s) => s.answers);
  const important = useQuizStore((s) => s.important);
  const step = useQuizStore((s) => s.step);
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const [missing, setMissing] = useState(false);
  const question = QUIZ_QUESTIONS[step] ?? QUIZ_QUESTIONS[0];
  const { headingRef, expectFocus } = useStepFocus(step);

  useEffect(() => {
    document.title = `Question ${step + 1} of ${TOTAL} | ${siteName}`;
  }, [step, siteName]);

  // "Change" links on the result page open /quiz?q=<question id>.
  const requested = searchParams.get('q');
  useEffect(() => {
    if (!hydrated || requested === null) return;
    const index = QUIZ_QUESTIONS.findIndex((q) => q.id === requested);
    if (index >= 0) {
      expectFocus(index === store().step);
      store().goToStep(index);
    }
    setSearchParams({}, { replace: true });
  }, [hydrated, requested, expectFocus, setSearchParams]);

  if (!question) return null;
  const chosen = answers[question.id];
  const isLast = step === TOTAL - 1;

  const moveTo = (next: number) => {
    setMissing(false);
    expectFocus(next === step);
    store().goToStep(next);
  };
  const onNext = () => {
    if (chosen === undefined) {
      setMissing(true);
      document.querySelector<HTMLInputElement>(`input[name="${question.id}"]`)?.focus();
      return;
    }
    if (isLast) {
      if (frame) frame.onFinish();
      else void navigate(links.result);
    } else moveTo(step + 1);
  };

  return (
    <div className={frame ? 'page quiz quiz--framed' : 'page quiz'}>
      <header className="quiz-header">
        <p className="eyebrow">Decision quiz · {TOTAL} questions</p>
        <h1 id="page-title">Go or Rust? Find out which fits you</h1>
        {!frame && (
          <p className="quiz-header__intro">
            Pick the answer closest to you. Every answer counts toward Go or Rust, and the result
            shows exactly how much.
          </p>
        )}
      </header>
      <StorageNotice unavailable={frame?.unavailableNote} />
      <QuizProgress step={step} total={TOTAL} answered={Object.keys(answers).length} />
      <form
        className="quiz-form"
        aria-labelledby="page-title"
        // Not busy once the saved answers are in (they may move the quiz to another step); the
        // prerendered page makes no claim, so it reads the same without JavaScript.
        aria-busy={hydrated ? false : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          onNext();
        }}
      >
        <QuestionStep
          key={question.id}
          question={question}
          chosen={chosen}
          important={important.includes(question.id)}
          error={missing}
          headingRef={headingRef}
          onChoose={(optionId) => {
            setMissing(false);
            store().choose(question.id, optionId);
          }}
          onImportant={(value) => store().setImportant(question.id, value)}
        />
        <div className="quiz-nav">
          <button
            type="button"
            className="button"
            disabled={step === 0}
            onClick={() => moveTo(step - 1)}
          >
            Back
          </button>
          <button type="submit" className="button button--primary">
            {isLast ? 'See my result' : 'Next'}
          </button>
        </div>
      </form>
      <div className="quiz-tools">
        {Object.keys(answers).length === TOTAL && !isLast && !frame && (
          <p>
            Every question has an answer. <Link to={links.result}>See my result now</Link>
          </p>
        )}
        {/* A frame stays short: the steps and Back are the way round it. */}
        {!frame && (
          <ReviewList
            questions={QUIZ_QUESTIONS}
            input={{ answers, important }}
            step={step}
            onJump={moveTo}
          />
        )}
        <StartOver
          disabled={Object.keys(answers).length === 0 && important.length === 0}
          onConfirm={() => {
            setMissing(false);
            expectFocus(step === 0);
            store().startOver();
          }}
        />
      </div>
    </div>
  );
}
