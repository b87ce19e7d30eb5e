import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { QuestionStep } from './question-step';
import { QuizProgress } from './quiz-progress';
import { ReviewList } from './review-list';
import { StartOver } from './start-over';
import { StorageNotice } from './storage-notice';
import { useLazyQuizState, withQuizStore } from './use-lazy-quiz-store';
import { useStepFocus } from './use-step-focus';
import './quiz.css';

export type QuizLinks = { result: string };

type QuizPageProps = { links: QuizLinks; siteName: string };

const TOTAL = QUIZ_QUESTIONS.length;
const NO_ANSWERS: Readonly<Record<string, string>> = {};
const NO_MARKS: string[] = [];

export function QuizPage({ links, siteName }: QuizPageProps) {
  const stored = useLazyQuizState();
  const hydrated = stored !== null && stored !== undefined;
  // Busy from hydration until the saved answers are in (they may move the quiz to another step);
  // the prerendered page makes no claim, so it reads the same without JavaScript.
  const live = stored !== undefined;
  const answers = stored?.answers ?? NO_ANSWERS;
  const important = stored?.important ?? NO_MARKS;
  const storedStep = stored?.step ?? 0;
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const [missing, setMissing] = useState(false);
  // Choices made in the moment before the store has loaded: shown at once, applied when it arrives.
  const [early, setEarly] = useState<Record<string, string>>({});
  // The prerendered page shows question 1; the stored step takes over once answers are loaded.
  const step = hydrated ? storedStep : 0;
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
      expectFocus(index === storedStep);
      withQuizStore((s) => s.goToStep(index));
    }
    setSearchParams({}, { replace: true });
  }, [hydrated, requested, storedStep, expectFocus, setSearchParams]);

  if (!question) return null;
  const chosen = hydrated ? answers[question.id] : early[question.id];
  const isLast = step === TOTAL - 1;

  const moveTo = (next: number) => {
    setMissing(false);
    expectFocus(next === step);
    withQuizStore((s) => s.goToStep(next));
  };
  const onNext = () => {
    if (chosen === undefined) {
      setMissing(true);
      document.querySelector<HTMLInputElement>(`input[name="${question.id}"]`)?.focus();
      return;
    }
    if (isLast) void navigate(links.result);
    else moveTo(step + 1);
  };

  return (
    <div className="page quiz">
      <header className="quiz-header">
        <p className="eyebrow">Decision quiz · {TOTAL} questions</p>
        <h1 id="page-title">Go or Rust? Find out which fits you</h1>
        <p className="quiz-header__intro">
          Pick the answer closest to you. Every answer counts toward Go or Rust, and the result
          shows exactly how much.
        </p>
      </header>
      <StorageNotice />
      <QuizProgress step={step} total={TOTAL} answered={Object.keys(answers).length} />
      <form
        className="quiz-form"
        aria-labelledby="page-title"
        aria-busy={live ? !hydrated : undefined}
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
            if (!hydrated) setEarly((prev) => ({ ...prev, [question.id]: optionId }));
            withQuizStore((s) => s.choose(question.id, optionId));
          }}
          onImportant={(value) => withQuizStore((s) => s.setImportant(question.id, value))}
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
        {Object.keys(answers).length === TOTAL && !isLast && (
          <p>
            Every question has an answer. <Link to={links.result}>See my result now</Link>
          </p>
        )}
        <ReviewList
          questions={QUIZ_QUESTIONS}
          input={{ answers, important }}
          step={step}
          onJump={moveTo}
        />
        <StartOver
          disabled={Object.keys(answers).length === 0 && important.length === 0}
          onConfirm={() => {
            setMissing(false);
            expectFocus(step === 0);
            withQuizStore((s) => s.startOver());
          }}
        />
      </div>
    </div>
  );
}
