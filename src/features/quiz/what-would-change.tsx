import type { QuizQuestion } from '../../data/quiz-schema';
import { LANGUAGE_NAMES } from '../../data/schema';
import { describeTippingPoint } from '../../scoring/describe';
import type { QuizResult } from '../../scoring/score-answers';
import { leadingTippingPoints } from '../../scoring/tipping-points';

/** How many tipping points to show: the smallest ones say the most. */
const SHOWN = 3;

/** The smallest single edits that would hand the lead to the other language. */
export function WhatWouldChange({
  result,
  questions,
}: {
  result: QuizResult;
  questions: readonly QuizQuestion[];
}) {
  if (result.leader === 'tie') {
    return (
      <p>
        Your answers balance exactly, so any answer that leans one way, or any mark on a question
        that already does, would decide it.
      </p>
    );
  }
  const other = LANGUAGE_NAMES[result.leader === 'go' ? 'rust' : 'go'];
  const shown = leadingTippingPoints(result.tippingPoints, SHOWN);
  if (result.tippingPoints.length === 0) {
    return (
      <p>
        No single change would put {other} ahead; it would take several answers changing at once.
      </p>
    );
  }
  return (
    <>
      <p>Any one of these changes would put {other} ahead:</p>
      <ul className="tipping-list">
        {shown.map((point) => (
          <li
            key={`${point.change.kind}-${point.change.questionId}-${'optionId' in point.change ? point.change.optionId : ''}`}
          >
            {describeTippingPoint(point, questions)}
          </li>
        ))}
      </ul>
    </>
  );
}
