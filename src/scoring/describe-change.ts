import type { QuizQuestion } from '../data/quiz-schema';
import type { QuizInput } from '../data/quiz-input-schema';
import { compareResults } from './compare-results';
import { formatPoints } from './describe';
import { describeChoice } from '../data/quiz-answers';

export const SINCE_TITLE = 'Since your last result';

export type ChangeSinceWords = {
  /** How the scores moved, or that nothing changed. */
  summary: string;
  /** One line per question whose answer or mark changed, the biggest swing first. */
  changes: { factor: string; text: string }[];
};

/**
 * "Since your last result" in words, for the page and the record alike.
 * @example describeChangeSince(before, after, QUIZ_QUESTIONS).changes[0]?.text === '“Systems software and embedded devices” became “Backend APIs and microservices” (+3 Rust → +3 Go)'
 */
export function describeChangeSince(
  previous: QuizInput,
  current: QuizInput,
  questions: readonly QuizQuestion[],
): ChangeSinceWords {
  const diff = compareResults(previous, current, questions);
  if (diff.changes.length === 0) {
    return {
      summary: 'Nothing has changed: the same answers and marks give the same result.',
      changes: [],
    };
  }
  const held = diff.goScoreAfter === diff.goScoreBefore ? ', so the scores held steady' : '';
  const summary =
    `Go went from ${diff.goScoreBefore} to ${diff.goScoreAfter} and Rust from ` +
    `${100 - diff.goScoreBefore} to ${100 - diff.goScoreAfter}${held}. What changed:`;
  const changes = diff.changes.map((change) => {
    const question = questions.find((q) => q.id === change.questionId);
    const parts: string[] = [];
    if (change.before !== change.after) {
      parts.push(
        `“${describeChoice(question, change.before)}” became “${describeChoice(question, change.after)}”`,
      );
    }
    if (change.importantBefore !== change.importantAfter) {
      parts.push(
        change.importantAfter
          ? 'now marked as mattering a lot'
          : 'no longer marked as mattering a lot',
      );
    }
    const points = `(${formatPoints(change.pointsBefore)} → ${formatPoints(change.pointsAfter)})`;
    return { factor: question?.factor ?? change.questionId, text: `${parts.join('; ')} ${points}` };
  });
  return { summary, changes };
}
