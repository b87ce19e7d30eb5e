type QuizProgressProps = { step: number; total: number; answered: number };

/** "Question 3 of 10" with a bar; the live line announces each new step politely. */
export function QuizProgress({ step, total, answered }: QuizProgressProps) {
  const label = `Question ${step + 1} of ${total}`;
  return (
    <div className="quiz-progress">
      <p className="quiz-progress__label" aria-live="polite">
        {label}
      </p>
      <progress
        className="quiz-progress__bar"
        max={total}
        value={step + 1}
        aria-label="Quiz progress"
      />
      <p className="quiz-progress__answered">
        {answered} of {total} answered
      </p>
    </div>
  );
}
