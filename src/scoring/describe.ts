import { describeChoice } from '../data/quiz-answers';
import type { QuizQuestion } from '../data/quiz-schema';
import { LANGUAGE_NAMES } from '../data/languages';
import type { QuizResult } from './score-answers';
import { leadingTippingPoints } from './tipping-points';
import type { TippingPoint } from './tipping-points';

/**
 * The recommendation in a few words, for the page heading and the exported record.
 * @example headlineFor({ outcome: 'close-call', startWith: 'go', settled: true, leader: 'go', unanswered: 0 }) === 'Close call: learn both, starting with Go'
 */
export function headlineFor(
  result: Pick<QuizResult, 'outcome' | 'startWith' | 'settled' | 'leader' | 'unanswered'>,
): string {
  if (!result.settled) {
    const lean = result.leader === 'tie' ? 'Even' : `${LANGUAGE_NAMES[result.leader]} leads`;
    return `${lean} so far, with ${questionCount(result.unanswered)} to go`;
  }
  return outcomeHeadline(result);
}

/**
 * The heading of a settled outcome, as its outcome page and link preview show it.
 * @example outcomeHeadline({ outcome: 'close-call', startWith: 'go' }) === 'Close call: learn both, starting with Go'
 */
export function outcomeHeadline(result: Pick<QuizResult, 'outcome' | 'startWith'>): string {
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

/** Whose answers a result speaks of: the visitor's own, or those in a link someone shared. */
export type Whose = 'yours' | 'shared';

/**
 * One or two sentences that say why, built from the biggest answer on the winning side. A shared result
 * speaks of "the answers in this link": the visitor did not give them, and cannot answer what is left.
 * @example summaryFor(scoreAnswers({ answers: {}, important: [] }, QUIZ_QUESTIONS)).startsWith('You have not')
 */
export function summaryFor(result: QuizResult, whose: Whose = 'yours'): string {
  const shared = whose === 'shared';
  if (!result.settled) {
    const open = questionCount(result.unanswered);
    if (result.leader === 'tie') {
      return shared
        ? `The answers in this link balance out so far, and the ${open} left unanswered would decide it.`
        : `Your answers so far balance out, and the ${open} still unanswered will decide it. Answer them to get a recommendation.`;
    }
    const lean = LANGUAGE_NAMES[result.leader];
    const other = LANGUAGE_NAMES[result.leader === 'go' ? 'rust' : 'go'];
    return shared
      ? `The answers in this link lean towards ${lean}, but the ${open} left unanswered could put ${other} ahead, so this is not a recommendation yet.`
      : `Your answers so far lean towards ${lean}, but the ${open} still unanswered could put ${other} ahead, so this is not a recommendation yet. Answer them to get one.`;
  }
  if (result.answered === 0) {
    return shared
      ? 'This link holds no answer that leans either way, so there is nothing to weigh.'
      : 'You have not given an answer that leans either way yet, so there is nothing to weigh.';
  }
  const side = result.startWith === 'go' ? 1 : -1;
  const top = result.contributions.find((c) => Math.sign(c.points) === side);
  const because = top ? ` The biggest reason: ${lowerFirst(top.reason)}` : '';
  const name = LANGUAGE_NAMES[result.startWith];
  if (result.outcome === 'close-call') {
    const why =
      result.leader === 'tie'
        ? `${shared ? 'The answers' : 'Your answers'} balance out exactly; Go is the quicker one to become productive in, so start there.`
        : `${name} is slightly ahead, so start there and add the other later.`;
    return `${why}${because}`;
  }
  return `${name} fits ${shared ? 'these answers' : 'what you told us'} better.${because}`;
}

/** "1 question", "9 questions". */
export function questionCount(count: number): string {
  return `${count} question${count === 1 ? '' : 's'}`;
}

function lowerFirst(text: string): string {
  // Keep names such as "Go" and "Rust" capitalised.
  return /^(Go|Rust|AI|WebAssembly)\b/.test(text)
    ? text
    : text.charAt(0).toLowerCase() + text.slice(1);
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

/**
 * Signed points (positive favours Go) as a badge reads them; the grid's "For you" column words them in
 * full (src/features/compare/personal-words.ts).
 * @example formatPoints(-4) === '+4 Rust'
 */
export function formatPoints(points: number): string {
  if (points === 0) return '0';
  return `+${Math.abs(points)} ${LANGUAGE_NAMES[points > 0 ? 'go' : 'rust']}`;
}

/** How many tipping points the page and the record show: the smallest ones say the most. */
export const TIPPING_POINTS_SHOWN = 3;

/**
 * "What would change this", in the same words on the page and in the record: a sentence, then the
 * smallest single edits that would hand the lead to the other language (none for a tie, or when no single
 * edit would).
 * @example describeWhatWouldChange(scoreAnswers({ answers: {}, important: [] }, QUIZ_QUESTIONS), QUIZ_QUESTIONS).points.length === 0
 */
export function describeWhatWouldChange(
  result: Pick<QuizResult, 'leader' | 'tippingPoints'>,
  questions: readonly QuizQuestion[],
): { intro: string; points: string[] } {
  if (result.leader === 'tie') {
    return {
      intro:
        'Your answers balance exactly, so any answer that leans one way, or any mark on a question that already does, would decide it.',
      points: [],
    };
  }
  const other = LANGUAGE_NAMES[result.leader === 'go' ? 'rust' : 'go'];
  const shown = leadingTippingPoints(result.tippingPoints, TIPPING_POINTS_SHOWN);
  if (shown.length === 0) {
    return {
      intro: `No single change would put ${other} ahead; it would take several answers changing at once.`,
      points: [],
    };
  }
  return {
    intro: `Any one of these changes would put ${other} ahead:`,
    points: shown.map((point) => describeTippingPoint(point, questions)),
  };
}
