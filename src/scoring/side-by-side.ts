import type { QuizInput } from '../data/quiz-input-schema';
import type { QuizQuestion } from '../data/quiz-schema';
import { compareResults } from './compare-results';
import { scoreAnswers } from './score-answers';
import type { QuizResult } from './score-answers';

/** One side's answer to a question. */
export type SideAnswer = {
  /** The option id (or "not-sure"); undefined when the question was left unanswered. */
  optionId: string | undefined;
  /** Marked as mattering a lot. */
  important: boolean;
  /** Signed points after the doubling: positive favours Go. */
  points: number;
};

export type AnswerDifference = { questionId: string; first: SideAnswer; second: SideAnswer };

export type SideBySide = {
  first: QuizResult;
  second: QuizResult;
  /**
   * Questions answered differently: another option, or the same option weighted differently. A mark alone
   * on a question that scores nothing on either side is no difference. The biggest gap in points first.
   */
  differences: AnswerDifference[];
};

/**
 * Two people's results next to each other, and every question where their answers part.
 * @example compareSideBySide({ answers: { build: 'backend' }, important: [] }, { answers: { build: 'systems' }, important: [] }, QUIZ_QUESTIONS).differences[0]?.second.points === -3
 */
export function compareSideBySide(
  first: QuizInput,
  second: QuizInput,
  questions: readonly QuizQuestion[],
): SideBySide {
  const { changes } = compareResults(first, second, questions);
  const differences = changes
    .map((change) => ({
      questionId: change.questionId,
      first: {
        optionId: change.before,
        important: change.importantBefore,
        points: change.pointsBefore,
      },
      second: {
        optionId: change.after,
        important: change.importantAfter,
        points: change.pointsAfter,
      },
    }))
    .filter((d) => d.first.optionId !== d.second.optionId || d.first.points !== d.second.points);
  return {
    first: scoreAnswers(first, questions),
    second: scoreAnswers(second, questions),
    differences,
  };
}
