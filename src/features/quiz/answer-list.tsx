import { Link } from 'react-router';
import type { QuizQuestion } from '../../data/quiz-schema';
import type { QuizInput } from '../../data/quiz-input-schema';
import { describeChoice } from '../../data/quiz-answers';

type AnswerListProps = {
  questions: readonly QuizQuestion[];
  input: QuizInput;
  /** Where "Change" goes; absent for a shared result, which the visitor cannot edit. */
  quizHref?: string;
};

/** The answers behind the result, each with a way back to change it. */
export function AnswerList({ questions, input, quizHref }: AnswerListProps) {
  return (
    <ol className="answer-list">
      {questions.map((question) => (
        <li key={question.id}>
          <span className="answer-list__prompt">{question.prompt}</span>
          <span className="answer-list__choice">
            {describeChoice(question, input.answers[question.id])}
            {input.important.includes(question.id) && <span className="tag">matters a lot</span>}
          </span>
          {quizHref && (
            <Link className="answer-list__change" to={`${quizHref}?q=${question.id}`}>
              Change<span className="visually-hidden"> your answer to “{question.prompt}”</span>
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
