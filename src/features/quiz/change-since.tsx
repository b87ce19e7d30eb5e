import type { QuizQuestion } from '../../data/quiz-schema';
import type { QuizInput } from '../../data/quiz-input-schema';
import { describeChangeSince, SINCE_TITLE } from '../../scoring/describe-change';

type ChangeSinceProps = {
  previous: QuizInput;
  current: QuizInput;
  questions: readonly QuizQuestion[];
};

/** After a retake: how the scores moved since the last result, and which answers moved them. */
export function ChangeSince({ previous, current, questions }: ChangeSinceProps) {
  const { summary, changes } = describeChangeSince(previous, current, questions);
  return (
    <section className="section quiz-since" aria-labelledby="since-title">
      <h2 id="since-title">{SINCE_TITLE}</h2>
      <p>{summary}</p>
      {changes.length > 0 && (
        <ul className="since-list">
          {changes.map((change) => (
            <li key={change.factor}>
              <strong>{change.factor}:</strong> {change.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
