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
      // "Not sure" counts as answered: with every question answered the result is settled, as every result
      // shared at an outcome path is (an unsettled one is shared at /quiz/result).
      concurrency: 'not-sure',
      'systems-experience': 'not-sure',
      velocity: 'not-sure',
    },
    important: ['speed'],
  };
  const result = scoreAnswers(input, QUIZ_QUESTIONS);
  if (!result.settled)
    throw new Error('The sample result must be settled to be shared at its outcome path');
  const path = resultPathFor(outcomeSlug(result));
  return `${path}?${SHARE_PARAM}=${encodeShareLink(input, QUIZ_QUESTIONS)}`;
}
