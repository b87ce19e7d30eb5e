import { resultPathFor } from '../../src/app/paths';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { encodeShareLink, SHARE_PARAM } from '../../src/lib/share-link';
import { outcomeSlug } from '../../src/scoring/outcome-slug';
import { scoreAnswers } from '../../src/scoring/score-answers';

/** A shared result's path (its outcome page) holding a fixed, realistic set of answers, made with the app's own code. */
export function buildSampleResultPath(): string {
  const input = {
    answers: {
      build: 'backend',
      'jobs-or-pay': 'openings',
      'ramp-up': 'weeks',
      'learning-curve': 'gentle',
      speed: 'critical',
      'memory-bugs': 'severe',
      team: 'large-mixed',
    },
    important: ['speed'],
  };
  const path = resultPathFor(outcomeSlug(scoreAnswers(input, QUIZ_QUESTIONS)));
  return `${path}?${SHARE_PARAM}=${encodeShareLink(input, QUIZ_QUESTIONS)}`;
}
