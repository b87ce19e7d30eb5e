import { chosenOption } from '../data/quiz-answers';
import type { QuizQuestion } from '../data/quiz-schema';
import type { QuizInput } from '../data/quiz-input-schema';
import { scoreFromPoints, tallyAnswers } from './tally';

/** How one question's share moved between two sets of answers. */
export type AnswerChange = {
  questionId: string;
  /** Option ids (or "not-sure"); undefined when the question was unanswered. */
  before: string | undefined;
  after: string | undefined;
  importantBefore: boolean;
  importantAfter: boolean;
  /** Signed points before and after: positive favours Go. */
  pointsBefore: number;
  pointsAfter: number;
};

export type ResultComparison = {
  goScoreBefore: number;
  goScoreAfter: number;
  /** Questions whose answer or importance changed, the biggest swing in points first. */
  changes: AnswerChange[];
};

/**
 * What changed between an earlier result and a new one, and why.
 * @example compareResults({ answers: {}, important: [] }, { answers: { speed: 'critical' }, important: [] }, QUIZ_QUESTIONS).changes[0]?.pointsAfter === -3
 */
export function compareResults(
  before: QuizInput,
  after: QuizInput,
  questions: readonly QuizQuestion[],
): ResultComparison {
  const tallyBefore = tallyAnswers(before, questions);
  const tallyAfter = tallyAnswers(after, questions);
  const pointsIn = (contributions: typeof tallyBefore.contributions, id: string) =>
    contributions.find((c) => c.questionId === id)?.points ?? 0;
  const importantBefore = new Set(before.important);
  const importantAfter = new Set(after.important);
  const changes: AnswerChange[] = [];
  for (const question of questions) {
    const change: AnswerChange = {
      questionId: question.id,
      before: chosenOption(before.answers, question.id),
      after: chosenOption(after.answers, question.id),
      importantBefore: importantBefore.has(question.id),
      importantAfter: importantAfter.has(question.id),
      pointsBefore: pointsIn(tallyBefore.contributions, question.id),
      pointsAfter: pointsIn(tallyAfter.contributions, question.id),
    };
    if (change.before !== change.after || change.importantBefore !== change.importantAfter) {
      changes.push(change);
    }
  }
  changes.sort(
    (a, b) => Math.abs(b.pointsAfter - b.pointsBefore) - Math.abs(a.pointsAfter - a.pointsBefore),
  );
  return {
    goScoreBefore: scoreFromPoints(tallyBefore.goPoints, tallyBefore.rustPoints),
    goScoreAfter: scoreFromPoints(tallyAfter.goPoints, tallyAfter.rustPoints),
    changes,
  };
}
