import type { QuizInput, QuizQuestion } from '../../data/quiz-schema';
import { compareResults } from '../../scoring/compare-results';
import { describeChoice, formatPoints } from '../../scoring/describe';

type ChangeSinceProps = {
  previous: QuizInput;
  current: QuizInput;
  questions: readonly QuizQuestion[];
};

/** After a retake: how the scores moved since the last result, and which answers moved them. */
export function ChangeSince({ previous, current, questions }: ChangeSinceProps) {
  const diff = compareResults(previous, current, questions);
  const delta = diff.goScoreAfter - diff.goScoreBefore;
  return (
    <section className="section quiz-since" aria-labelledby="since-title">
      <h2 id="since-title">Since your last result</h2>
      {diff.changes.length === 0 ? (
        <p>Nothing has changed: the same answers and marks give the same result.</p>
      ) : (
        <>
          <p>
            Go went from {diff.goScoreBefore} to {diff.goScoreAfter} and Rust from{' '}
            {100 - diff.goScoreBefore} to {100 - diff.goScoreAfter}
            {delta === 0 ? ', so the scores held steady.' : '.'} What changed:
          </p>
          <ul className="since-list">
            {diff.changes.map((change) => {
              const question = questions.find((q) => q.id === change.questionId);
              const answerChanged = change.before !== change.after;
              const markChanged = change.importantBefore !== change.importantAfter;
              return (
                <li key={change.questionId}>
                  <strong>{question?.factor ?? change.questionId}:</strong>{' '}
                  {answerChanged &&
                    `“${describeChoice(question, change.before)}” became “${describeChoice(question, change.after)}”`}
                  {answerChanged && markChanged && '; '}
                  {markChanged &&
                    (change.importantAfter
                      ? 'now marked as mattering a lot'
                      : 'no longer marked as mattering a lot')}{' '}
                  ({formatPoints(change.pointsBefore)} → {formatPoints(change.pointsAfter)})
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
