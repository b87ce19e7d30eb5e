import { chosenOption, NOT_SURE } from '../data/quiz-answers';
import type { QuizQuestion } from '../data/quiz-schema';
import type { QuizInput } from '../data/quiz-input-schema';

/** One answer's share of the result. */
export type Contribution = {
  questionId: string;
  optionId: string;
  /** Signed, weighted points: positive favours Go, negative favours Rust. */
  points: number;
  /** The option's points before the "matters a lot" doubling. */
  basePoints: number;
  weight: 1 | 2;
  important: boolean;
  reason: string;
  /** The comparison row behind the reason; absent when it points at the salaries page. */
  rowId?: string;
};

export type Tally = {
  /** Sorted by size, largest first; ties keep question order. */
  contributions: Contribution[];
  goPoints: number;
  rustPoints: number;
  /** goPoints − rustPoints. */
  net: number;
  answered: number;
  notSure: number;
  unanswered: number;
  totalQuestions: number;
};

/** Importance is doubled weight; one named constant so the UI can say "counts double". */
export const IMPORTANT_WEIGHT = 2;

/**
 * Adds up the answers. Unknown questions or options count as unanswered; "not sure" is counted but scores nothing.
 * @example tallyAnswers({ answers: { speed: 'critical' }, important: [] }, QUIZ_QUESTIONS).net === -3
 */
export function tallyAnswers(input: QuizInput, questions: readonly QuizQuestion[]): Tally {
  const important = new Set(input.important);
  const contributions: Contribution[] = [];
  let notSure = 0;
  let unanswered = 0;
  questions.forEach((question) => {
    const chosen = chosenOption(input.answers, question.id);
    if (chosen === NOT_SURE) {
      notSure += 1;
      return;
    }
    const option = question.options.find((o) => o.id === chosen);
    if (!option) {
      unanswered += 1;
      return;
    }
    const isImportant = important.has(question.id);
    const weight = isImportant ? IMPORTANT_WEIGHT : 1;
    contributions.push({
      questionId: question.id,
      optionId: option.id,
      points: option.points * weight,
      basePoints: option.points,
      weight,
      important: isImportant,
      reason: option.reason,
      ...(option.rowId ? { rowId: option.rowId } : {}),
    });
  });
  // Array.prototype.sort is stable, so equal sizes stay in question order.
  contributions.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  let goPoints = 0;
  let rustPoints = 0;
  for (const c of contributions) {
    if (c.points > 0) goPoints += c.points;
    else rustPoints -= c.points;
  }
  return {
    contributions,
    goPoints,
    rustPoints,
    net: goPoints - rustPoints,
    answered: contributions.length,
    notSure,
    unanswered,
    totalQuestions: questions.length,
  };
}

/**
 * Go's score out of 100: its share of the weighted points, rounded symmetrically so mirrored answers mirror it.
 * @example scoreFromPoints(3, 1) === 75
 */
export function scoreFromPoints(goPoints: number, rustPoints: number): number {
  const total = goPoints + rustPoints;
  if (total <= 0) return 50;
  const lean = (50 * (goPoints - rustPoints)) / total;
  return 50 + Math.sign(lean) * Math.round(Math.abs(lean));
}
