import { LANGUAGE_NAMES } from '../data/languages';
import { formatPoints, headlineFor } from './describe';
import type { QuizResult } from './score-answers';
import type { Leader } from './tipping-points';

type Verdict = Pick<QuizResult, 'outcome' | 'startWith' | 'settled' | 'leader' | 'unanswered'>;

function lean(leader: Leader): string {
  return leader === 'tie' ? 'is dead even' : `favours ${LANGUAGE_NAMES[leader]}`;
}

/**
 * Whether two results agree, in one sentence.
 * @example describeAgreement(goResult, rustResult) === 'The two results part ways: one favours Go, the other favours Rust.'
 */
export function describeAgreement(first: Verdict, second: Verdict): string {
  const headline = headlineFor(first);
  if (headline === headlineFor(second)) return `Both results come to the same thing: ${headline}.`;
  if (first.leader === second.leader && first.leader !== 'tie') {
    return `Both lean towards ${LANGUAGE_NAMES[first.leader]}, one more firmly than the other.`;
  }
  return `The two results part ways: one ${lean(first.leader)}, the other ${lean(second.leader)}.`;
}

/**
 * How many questions set the two apart.
 * @example describeDifferenceCount(1, 10) === '1 of 10 questions was answered differently; each is below, the biggest gap in points first.'
 */
export function describeDifferenceCount(count: number, total: number): string {
  if (count === 0) {
    return 'Every question got the same answer on both sides, weighted the same, so nothing sets the two apart.';
  }
  const verb = count === 1 ? 'was' : 'were';
  return `${count} of ${total} questions ${verb} answered differently; each is below, the biggest gap in points first.`;
}

/**
 * One side's points on a question: signed, or that it counts for neither language.
 * @example sidePoints(0) === 'No points'
 */
export function sidePoints(points: number): string {
  return points === 0 ? 'No points' : formatPoints(points);
}
