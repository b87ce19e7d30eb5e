import type { RefObject } from 'react';
import { NOT_SURE } from '../../data/quiz-answers';
import type { QuizQuestion } from '../../data/quiz-schema';
import { NOT_SURE_LABEL } from '../../data/quiz-answers';

type QuestionStepProps = {
  question: QuizQuestion;
  chosen: string | undefined;
  important: boolean;
  error: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChoose: (optionId: string) => void;
  onImportant: (important: boolean) => void;
};

/** One question: a fieldset whose legend is the question, native radios and the "matters a lot" mark. */
export function QuestionStep(props: QuestionStepProps) {
  const { question, chosen, important, error, headingRef } = props;
  const choices = [...question.options, { id: NOT_SURE, label: NOT_SURE_LABEL }];
  const helpId = `${question.id}-help`;
  const errorId = `${question.id}-error`;
  const describedBy = [question.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="quiz-step">
      <fieldset className="quiz-question" aria-describedby={describedBy || undefined}>
        <legend className="quiz-question__legend">
          <h2 ref={headingRef} tabIndex={-1} className="quiz-question__prompt">
            {question.prompt}
          </h2>
        </legend>
        {question.help && (
          <p id={helpId} className="quiz-question__help">
            {question.help}
          </p>
        )}
        {error && (
          <p id={errorId} className="quiz-question__error">
            Choose an answer to go on. “{NOT_SURE_LABEL}” is fine if none fits.
          </p>
        )}
        <div className="quiz-options">
          {choices.map((choice) => (
            <label
              key={choice.id}
              className={choice.id === NOT_SURE ? 'quiz-option quiz-option--unsure' : 'quiz-option'}
            >
              <input
                type="radio"
                name={question.id}
                value={choice.id}
                checked={chosen === choice.id}
                onChange={() => props.onChoose(choice.id)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="quiz-important">
        <input
          type="checkbox"
          checked={important}
          onChange={(event) => props.onImportant(event.target.checked)}
        />
        <span>
          This matters a lot to me <span className="quiz-important__hint">(counts double)</span>
        </span>
      </label>
    </div>
  );
}
