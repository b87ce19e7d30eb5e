import type { QuizQuestion } from '../../data/quiz-schema';
import { describeWhatWouldChange } from '../../scoring/describe';
import type { QuizResult } from '../../scoring/score-answers';

/** The smallest single edits that would hand the lead to the other language. */
export function WhatWouldChange({
  result,
  questions,
}: {
  result: QuizResult;
  questions: readonly QuizQuestion[];
}) {
  const { intro, points } = describeWhatWouldChange(result, questions);
  return (
    <>
      <p>{intro}</p>
      {points.length > 0 && (
        <ul className="tipping-list">
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
    </>
  );
}
