import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { compareResults } from '../../src/scoring/compare-results';

describe('compareResults', () => {
  it('lists changed answers and marks, the biggest swing first', () => {
    const before = {
      answers: { build: 'backend', speed: 'throughput', team: 'large-mixed' },
      important: [],
    };
    const after = {
      answers: { build: 'systems', speed: 'throughput', team: 'large-mixed' },
      important: ['team'],
    };
    const diff = compareResults(before, after, QUIZ_QUESTIONS);
    expect(diff.goScoreBefore).toBe(100);
    // Go 6 (2 + team doubled to 4) against Rust 3.
    expect(diff.goScoreAfter).toBe(67);
    expect(diff.changes).toEqual([
      {
        questionId: 'build',
        before: 'backend',
        after: 'systems',
        importantBefore: false,
        importantAfter: false,
        pointsBefore: 3,
        pointsAfter: -3,
      },
      {
        questionId: 'team',
        before: 'large-mixed',
        after: 'large-mixed',
        importantBefore: false,
        importantAfter: true,
        pointsBefore: 2,
        pointsAfter: 4,
      },
    ]);
  });

  it('finds nothing when nothing changed', () => {
    const input = { answers: { build: 'wasm' }, important: ['build'] };
    expect(compareResults(input, input, QUIZ_QUESTIONS).changes).toEqual([]);
  });
});
