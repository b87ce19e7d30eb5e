import { NOT_SURE } from '../data/quiz-schema';
import type { QuizQuestion } from '../data/quiz-schema';
import { LANGUAGE_NAMES } from '../data/schema';
import type { QuizResult } from './score-answers';
import type { TippingPoint } from './tipping-points';

export const NOT_SURE_LABEL = 'Not sure / no preference';

/**
 * The recommendation in a few words, for the page heading and the exported record.
 * @example headlineFor({ outcome: 'close-call', startWith: 'go' }) === 'Close call: learn both, starting with Go'
 */
export function headlineFor(result: Pick<QuizResult, 'outcome' | 'startWith'>): string {
  if (result.outcome === 'close-call') {
    return `Close call: learn both, starting with ${LANGUAGE_NAMES[result.startWith]}`;
  }
  return `Learn ${LANGUAGE_NAMES[result.outcome]}`;
}

/**
 * What a shared link's outcome means, in one sentence: the outcome page, its link preview and its
 * preview image all open with it.
 * @example outcomeMeaningFor({ outcome: 'rust', startWith: 'rust' }) === 'The answers in this link favour Rust.'
 */
export function outcomeMeaningFor(result: Pick<QuizResult, 'outcome' | 'startWith'>): string {
  const name = LANGUAGE_NAMES[result.startWith];
  return result.outcome === 'close-call'
    ? `The answers in this link land close to even, with ${name} a little ahead.`
    : `The answers in this link favour ${name}.`;
}

/**
 * One or two sentences that say why, built from the biggest answer on the winning side.
 * @example summaryFor(scoreAnswers({ answers: {}, important: [] }, QUIZ_QUESTIONS)).startsWith('You have not')
 */
export function summaryFor(result: QuizResult): string {
  if (result.answered === 0) {
    return 'You have not given an answer that leans either way yet, so there is nothing to weigh.';
  }
  const side = result.startWith === 'go' ? 1 : -1;
  const top = result.contributions.find((c) => Math.sign(c.points) === side);
  const because = top ? ` The biggest reason: ${lowerFirst(top.reason)}` : '';
  const name = LANGUAGE_NAMES[result.startWith];
  if (result.outcome === 'close-call') {
    const why =
      result.leader === 'tie'
        ? 'Your answers balance out exactly; Go is the quicker one to become productive in, so start there.'
        : `${name} is slightly ahead, so start there and add the other later.`;
    return `${why}${because}`;
  }
  return `${name} fits what you told us better.${because}`;
}

function lowerFirst(text: string): string {
  // Keep names such as "Go" and "Rust" capitalised.
  return /^(Go|Rust|AI|WebAssembly)\b/.test(text)
    ? text
    : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The label of a chosen option, "Not sure / no preference", or "Not answered".
 * @example describeChoice(QUIZ_QUESTIONS[0], 'not-sure') === 'Not sure / no preference'
 */
export function describeChoice(
  question: QuizQuestion | undefined,
  optionId: string | undefined,
): string {
  if (optionId === NOT_SURE) return NOT_SURE_LABEL;
  return question?.options.find((o) => o.id === optionId)?.label ?? 'Not answered';
}

/**
 * A tipping point as a sentence a person can act on.
 * @example describeTippingPoint({ change: { kind: 'importance', questionId: 'speed', important: true }, leader: 'rust', goScore: 40, rustScore: 60, shift: 3 }, QUIZ_QUESTIONS)
 */
export function describeTippingPoint(
  point: TippingPoint,
  questions: readonly QuizQuestion[],
): string {
  const question = questions.find((q) => q.id === point.change.questionId);
  const factor = question?.factor ?? point.change.questionId;
  const outcome = `${LANGUAGE_NAMES[point.leader]} would lead (Go ${point.goScore}, Rust ${point.rustScore}).`;
  if (point.change.kind === 'importance') {
    return point.change.important
      ? `Marking “${factor}” as mattering a lot: ${outcome}`
      : `Not marking “${factor}” as mattering a lot: ${outcome}`;
  }
  return `Answering “${describeChoice(question, point.change.optionId)}” for “${factor}”: ${outcome}`;
}

/** How signed points are worded: a badge ("+4 Rust"), a CSV cell ("Rust by 4"), a grid cell ("−4 towards Rust"). */
export type PointsWording = 'tag' | 'by' | 'towards';

const ZERO_POINTS: Readonly<Record<PointsWording, string>> = {
  tag: '0',
  by: 'No effect',
  towards: 'Evened out',
};

/**
 * Signed points (positive favours Go) as a person reads them.
 * @example formatPoints(-4) === '+4 Rust'
 * @example formatPoints(-4, 'by') === 'Rust by 4'
 * @example formatPoints(-4, 'towards') === '−4 towards Rust'
 */
export function formatPoints(points: number, wording: PointsWording = 'tag'): string {
  if (points === 0) return ZERO_POINTS[wording];
  const size = Math.abs(points);
  const name = LANGUAGE_NAMES[points > 0 ? 'go' : 'rust'];
  if (wording === 'by') return `${name} by ${size}`;
  if (wording === 'towards') return `${points > 0 ? '+' : '−'}${size} towards ${name}`;
  return `+${size} ${name}`;
}
