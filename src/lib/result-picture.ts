import type { QuizQuestion } from '../data/quiz-schema';
import { LANGUAGE_NAMES, LANGUAGES } from '../data/languages';
import type { Source } from '../data/schema';
import type { Language } from '../data/languages';
import { formatPoints, headlineFor } from '../scoring/describe';
import { describeChoice } from '../data/quiz-answers';
import type { QuizResult } from '../scoring/score-answers';
import { sourceLine } from './source-line';

/** How many reasons the picture holds: the largest ones. */
export const PICTURE_REASONS = 3;

export const PICTURE_FILE_NAME = 'go-or-rust-result.png';

export type PictureReason = {
  /** The side the points favour, for the badge's colour. */
  side: Language;
  /** Signed points as the page's badge reads them, e.g. "+6 Rust". */
  points: string;
  doubled: boolean;
  /** "What you want to build: Backend APIs and microservices". */
  answer: string;
  reason: string;
};

/** Everything the picture of a result says, in the page's own words; the drawing only lays it out. */
export type ResultPicture = {
  /** The site's name as its header writes it, each language in its colour. */
  brand: { text: string; language?: Language }[];
  /** Top right: where to take the quiz. */
  invitation: string;
  headline: string;
  /** The colour of the headline: the language to start with, or none while the lead is open or even. */
  accent: Language | null;
  /** A close call shows both colours in the band, the one to start with first. */
  band: Language[];
  scores: { language: Language; name: string; score: number }[];
  facts: { label: string; value: string }[];
  reasonsTitle: string;
  reasons: PictureReason[];
  /** Said in place of the reasons when no answer leaned either way. */
  noReasons: string;
  source: string;
  fileName: string;
  /** For the share sheet. */
  shareTitle: string;
  shareText: string;
};

function accentOf(result: QuizResult): Language | null {
  if (!result.settled) return result.leader === 'tie' ? null : result.leader;
  return result.startWith;
}

export type ResultPictureInput = {
  result: QuizResult;
  questions: readonly QuizQuestion[];
  source: Source;
  /** Where the quiz is, without the scheme ("go-or-rust.dev/quiz"), so whoever sees the picture can take it. */
  quizAddress: string;
};

/**
 * What the picture of a result holds: the recommendation, both scores, margin, confidence, the largest
 * reasons with their points, the source line, and where to take the quiz.
 * @example describeResultPicture({ result, questions: QUIZ_QUESTIONS, source: ARTICLE, quizAddress: 'go-or-rust.dev/quiz' }).invitation === 'Take the quiz: go-or-rust.dev/quiz'
 */
export function describeResultPicture({
  result,
  questions,
  source,
  quizAddress,
}: ResultPictureInput): ResultPicture {
  const headline = headlineFor(result);
  const accent = accentOf(result);
  const other = (language: Language): Language => (language === 'go' ? 'rust' : 'go');
  const band =
    accent === null
      ? []
      : result.settled && result.outcome === 'close-call'
        ? [accent, other(accent)]
        : [accent];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const reasons = result.contributions.slice(0, PICTURE_REASONS).map((c) => {
    const question = byId.get(c.questionId);
    return {
      side: c.points > 0 ? ('go' as const) : ('rust' as const),
      points: formatPoints(c.points),
      doubled: c.important,
      answer: `${question?.factor ?? c.questionId}: ${describeChoice(question, c.optionId)}`,
      reason: c.reason,
    };
  });
  const shown = reasons.length;
  const brand = [
    { text: LANGUAGE_NAMES.go, language: 'go' as const },
    { text: ' or ' },
    { text: LANGUAGE_NAMES.rust, language: 'rust' as const },
    { text: '?' },
  ];
  return {
    brand,
    invitation: `Take the quiz: ${quizAddress}`,
    headline,
    accent,
    band,
    scores: LANGUAGES.map((language) => ({
      language,
      name: LANGUAGE_NAMES[language],
      score: language === 'go' ? result.goScore : result.rustScore,
    })),
    facts: [
      { label: 'Margin', value: `${result.margin} points` },
      { label: 'Confidence', value: result.confidence },
      { label: 'Answered', value: `${result.answered} of ${result.totalQuestions}` },
    ],
    reasonsTitle:
      result.contributions.length > shown
        ? `The ${shown} biggest reasons, of ${result.contributions.length}`
        : shown === 0
          ? 'Reasons'
          : shown === 1
            ? 'The one reason'
            : `The ${shown} reasons`,
    reasons,
    noReasons: 'No answer leaned either way, so there are no reasons to show.',
    source: sourceLine(source, true),
    fileName: PICTURE_FILE_NAME,
    shareTitle: `${brand.map((part) => part.text).join('')} ${headline}`,
    shareText: `${headline}: Go ${result.goScore}, Rust ${result.rustScore} out of 100.`,
  };
}
