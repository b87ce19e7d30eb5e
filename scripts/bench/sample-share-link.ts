import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { encodeShareLink, SHARE_PARAM } from '../../src/lib/share-link';

/** A /quiz/result path holding a fixed, realistic set of answers, made with the app's own codec. */
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
  return `/quiz/result?${SHARE_PARAM}=${encodeShareLink(input, QUIZ_QUESTIONS)}`;
}
