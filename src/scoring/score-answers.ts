import type { QuizQuestion } from '../data/quiz-schema';
import type { QuizInput } from '../data/quiz-input-schema';
import type { Language } from '../data/languages';
import { isSettled, openQuestions } from './settled';
import { scoreFromPoints, tallyAnswers } from './tally';
import type { Contribution } from './tally';
import { findTippingPoints, leaderOf } from './tipping-points';
import type { Leader, TippingPoint } from './tipping-points';

export type { Contribution } from './tally';
export type { Leader, QuizChange, TippingPoint } from './tipping-points';

/** Below this many points between the two scores the result is a close call. */
export const CLOSE_CALL_MARGIN = 15;
/** A result is "clear" from this margin on… */
export const CLEAR_MARGIN = 40;
/** …and only when at least this share of the questions got a real answer. */
export const CLEAR_MIN_ANSWERED_SHARE = 0.7;

export type Outcome = 'go' | 'rust' | 'close-call';
export type Confidence = 'clear' | 'leaning' | 'close call' | 'not settled';

export type QuizResult = {
  /** 0–100: each language's share of the weighted points; the two add up to 100. */
  goScore: number;
  rustScore: number;
  /** |goScore − rustScore|. */
  margin: number;
  leader: Leader;
  outcome: Outcome;
  /**
   * False while the unanswered questions could still put the other language ahead (see isSettled): the
   * page then shows the lean so far and asks for the rest, never a recommendation.
   */
  settled: boolean;
  /** The first question with no answer, where "answer the rest" starts. */
  firstOpen?: string;
  confidence: Confidence;
  /** For a close call, the language to learn first: the leader, or Go on a dead heat (productive sooner). */
  startWith: Language;
  /** Sorted by size, largest first. Positive points favour Go, negative favour Rust. */
  contributions: Contribution[];
  tippingPoints: TippingPoint[];
  goPoints: number;
  rustPoints: number;
  answered: number;
  notSure: number;
  unanswered: number;
  totalQuestions: number;
};

function confidenceOf(
  outcome: Outcome,
  margin: number,
  answeredShare: number,
  settled: boolean,
): Confidence {
  if (!settled) return 'not settled';
  if (outcome === 'close-call') return 'close call';
  return margin >= CLEAR_MARGIN && answeredShare >= CLEAR_MIN_ANSWERED_SHARE ? 'clear' : 'leaning';
}

/**
 * Scores a set of answers. Pure and total: unknown ids count as unanswered, "not sure" scores nothing
 * and only lowers the confidence, and a question marked important counts double.
 * Sign convention: positive points favour Go, negative points favour Rust.
 * @example scoreAnswers({ answers: { build: 'backend' }, important: [] }, QUIZ_QUESTIONS).leader === 'go'
 */
export function scoreAnswers(input: QuizInput, questions: readonly QuizQuestion[]): QuizResult {
  const tally = tallyAnswers(input, questions);
  const goScore = scoreFromPoints(tally.goPoints, tally.rustPoints);
  const rustScore = 100 - goScore;
  const margin = Math.abs(goScore - rustScore);
  const leader = leaderOf(tally.net);
  const outcome: Outcome = leader === 'tie' || margin < CLOSE_CALL_MARGIN ? 'close-call' : leader;
  const answeredShare = tally.totalQuestions === 0 ? 0 : tally.answered / tally.totalQuestions;
  const open = openQuestions(input, questions);
  const settled = isSettled(tally.net, open);
  return {
    goScore,
    rustScore,
    margin,
    leader,
    outcome,
    settled,
    ...(open[0] ? { firstOpen: open[0].id } : {}),
    confidence: confidenceOf(outcome, margin, answeredShare, settled),
    startWith: leader === 'rust' ? 'rust' : 'go',
    contributions: tally.contributions,
    tippingPoints: findTippingPoints(input, questions),
    goPoints: tally.goPoints,
    rustPoints: tally.rustPoints,
    answered: tally.answered,
    notSure: tally.notSure,
    unanswered: tally.unanswered,
    totalQuestions: tally.totalQuestions,
  };
}

/**
 * Summed signed points per comparison row, for highlighting the rows that drove a result.
 * @example pointsByRow(scoreAnswers({ answers: { speed: 'critical' }, important: [] }, QUIZ_QUESTIONS)).performance?.points === -3
 */
export function pointsByRow(
  result: Pick<QuizResult, 'contributions'>,
): Record<string, { points: number }> {
  const rows: Record<string, { points: number }> = {};
  for (const c of result.contributions) {
    if (!c.rowId) continue;
    const row = rows[c.rowId] ?? { points: 0 };
    row.points += c.points;
    rows[c.rowId] = row;
  }
  return rows;
}
