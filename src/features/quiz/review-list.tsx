import type { QuizQuestion } from '../../data/quiz-schema';
import type { QuizInput } from '../../data/quiz-input-schema';
import { describeChoice } from '../../data/quiz-answers';

type ReviewListProps = {
  questions: readonly QuizQuestion[];
  input: QuizInput;
  step: number;
  onJump: (step: number) => void;
};

/** Every question with its answer so far; any of them is one activation away. */
export function ReviewList({ questions, input, step, onJump }: ReviewListProps) {
  const answered = questions.filter((q) => input.answers[q.id] !== undefined).length;
  return (
    <details className="quiz-review">
      <summary>
        Review your answers ({answered} of {questions.length} answered)
      </summary>
      <ol className="quiz-review__list">
        {questions.map((question, i) => (
          <li key={question.id}>
            <button
              type="button"
              className="quiz-review__item"
              aria-current={i === step ? 'step' : undefined}
              onClick={() => onJump(i)}
            >
              <span className="quiz-review__factor">
                {i + 1}. {question.factor}
              </span>
              <span className="quiz-review__choice">
                {describeChoice(question, input.answers[question.id])}
                {input.important.includes(question.id) && ' · matters a lot'}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
