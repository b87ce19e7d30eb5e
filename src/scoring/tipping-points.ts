import { chosenOption, NOT_SURE, withImportant } from '../data/quiz-answers';
import type { QuizQuestion } from '../data/quiz-schema';
import type { QuizInput } from '../data/quiz-input-schema';
import { scoreFromPoints, tallyAnswers } from './tally';

export type Leader = 'go' | 'rust' | 'tie';

/** One edit a person could make: pick another option, or flip a "matters a lot" mark. */
export type QuizChange =
  | { kind: 'answer'; questionId: string; optionId: string }
  | { kind: 'importance'; questionId: string; important: boolean };

export type TippingPoint = {
  change: QuizChange;
  /** The leader after the change (always the other language). */
  leader: 'go' | 'rust';
  goScore: number;
  rustScore: number;
  /** How far the change moves the net points; the smallest moves come first. */
  shift: number;
};

/**
 * The leader for a net point total.
 * @example leaderOf(-2) === 'rust'
 */
export function leaderOf(net: number): Leader {
  if (net > 0) return 'go';
  if (net < 0) return 'rust';
  return 'tie';
}

/**
 * The input with one change applied; the original is left untouched.
 * @example applyChange({ answers: {}, important: [] }, { kind: 'answer', questionId: 'speed', optionId: 'critical' }).answers.speed === 'critical'
 */
export function applyChange(input: QuizInput, change: QuizChange): QuizInput {
  if (change.kind === 'answer') {
    return {
      answers: { ...input.answers, [change.questionId]: change.optionId },
      important: input.important,
    };
  }
  return {
    answers: input.answers,
    important: withImportant(input.important, change.questionId, change.important),
  };
}

function candidateChanges(input: QuizInput, questions: readonly QuizQuestion[]): QuizChange[] {
  const important = new Set(input.important);
  const changes: QuizChange[] = [];
  for (const question of questions) {
    const current = chosenOption(input.answers, question.id);
    const answered = question.options.some((o) => o.id === current);
    for (const option of question.options) {
      if (option.id !== current)
        changes.push({ kind: 'answer', questionId: question.id, optionId: option.id });
    }
    if (answered) {
      changes.push({ kind: 'answer', questionId: question.id, optionId: NOT_SURE });
      changes.push({
        kind: 'importance',
        questionId: question.id,
        important: !important.has(question.id),
      });
    }
  }
  return changes;
}

/**
 * Every single change that would hand the lead to the other language, smallest shift first.
 * A tie has no leader to flip, so it has no tipping points.
 * @example findTippingPoints({ answers: { speed: 'critical' }, important: [] }, QUIZ_QUESTIONS)[0]?.leader === 'go'
 */
export function findTippingPoints(
  input: QuizInput,
  questions: readonly QuizQuestion[],
): TippingPoint[] {
  const before = tallyAnswers(input, questions);
  const leader = leaderOf(before.net);
  if (leader === 'tie') return [];
  const points: TippingPoint[] = [];
  for (const change of candidateChanges(input, questions)) {
    const after = tallyAnswers(applyChange(input, change), questions);
    const next = leaderOf(after.net);
    if (next === 'tie' || next === leader) continue;
    const goScore = scoreFromPoints(after.goPoints, after.rustPoints);
    points.push({
      change,
      leader: next,
      goScore,
      rustScore: 100 - goScore,
      shift: Math.abs(after.net - before.net),
    });
  }
  // Re-weighting is a lighter edit than a new answer, so it goes first among equal shifts;
  // the stable sort keeps question order after that.
  const rank = (p: TippingPoint) => (p.change.kind === 'importance' ? 0 : 1);
  return points.sort((a, b) => a.shift - b.shift || rank(a) - rank(b));
}

/**
 * The smallest tipping point for each question, up to `count`, so the levers shown are all different.
 * @example leadingTippingPoints(result.tippingPoints, 3).length <= 3
 */
export function leadingTippingPoints(
  points: readonly TippingPoint[],
  count: number,
): TippingPoint[] {
  const seen = new Set<string>();
  const picked: TippingPoint[] = [];
  for (const point of points) {
    if (picked.length >= count) break;
    if (seen.has(point.change.questionId)) continue;
    seen.add(point.change.questionId);
    picked.push(point);
  }
  return picked;
}
