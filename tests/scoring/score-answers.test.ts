import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { NOT_SURE } from '../../src/data/quiz-answers';
import { CLOSE_CALL_MARGIN, pointsByRow, scoreAnswers } from '../../src/scoring/score-answers';
import { leadingTippingPoints } from '../../src/scoring/tipping-points';
import { ALL_GO_ANSWERS } from '../quiz-answer-sets';

const score = (answers: Record<string, string>, important: string[] = []) =>
  scoreAnswers({ answers, important }, QUIZ_QUESTIONS);

describe('scoreAnswers', () => {
  it('calls no answers a dead heat with nothing to flip', () => {
    const result = score({});
    expect(result).toMatchObject({
      goScore: 50,
      rustScore: 50,
      margin: 0,
      leader: 'tie',
      outcome: 'close-call',
      settled: false,
      firstOpen: 'build',
      confidence: 'not settled',
      startWith: 'go',
      answered: 0,
      unanswered: 10,
    });
    expect(result.tippingPoints).toEqual([]);
  });

  it('gives Go every point when every answer leans Go, with clear confidence', () => {
    const result = score({ ...ALL_GO_ANSWERS });
    expect(result).toMatchObject({
      goScore: 100,
      rustScore: 0,
      outcome: 'go',
      settled: true,
      confidence: 'clear',
    });
    expect(result.firstOpen).toBeUndefined();
    expect(result.contributions).toHaveLength(10);
  });

  it('calls a single answer with eight questions open not settled, whatever its margin', () => {
    const result = score({ speed: 'critical', build: NOT_SURE });
    expect(result).toMatchObject({
      goScore: 0,
      rustScore: 100,
      outcome: 'rust',
      settled: false,
      firstOpen: 'jobs-or-pay',
      confidence: 'not settled',
      answered: 1,
      notSure: 1,
      unanswered: 8,
    });
  });

  it('doubles a question marked as mattering a lot', () => {
    const even = score({ build: 'backend', speed: 'critical' });
    expect(even.leader).toBe('tie');
    const weighted = score({ build: 'backend', speed: 'critical' }, ['speed']);
    // Go 3 points, Rust 6: Rust's share is two thirds.
    expect(weighted).toMatchObject({ goScore: 33, rustScore: 67, margin: 34, outcome: 'rust' });
    expect(weighted.contributions[0]).toMatchObject({
      questionId: 'speed',
      points: -6,
      basePoints: -3,
      weight: 2,
      important: true,
      rowId: 'performance',
    });
  });

  it.each([
    // Go 8 against Rust 6 is 57–43: inside the close-call band.
    [
      {
        build: 'backend',
        'jobs-or-pay': 'openings',
        'learning-curve': 'gentle',
        speed: 'critical',
        'memory-bugs': 'severe',
      },
      57,
      'close-call',
    ],
    // Go 7 against Rust 5 is 58–42: just outside it.
    [
      {
        build: 'backend',
        'jobs-or-pay': 'openings',
        'memory-bugs': 'manageable',
        team: 'small-expert',
        'ramp-up': 'months',
        speed: 'critical',
      },
      58,
      'go',
    ],
  ] as const)(
    'draws the close-call line at a %#-margin under %i points',
    (answers, goScore, outcome) => {
      const result = score({ ...answers });
      expect(result.goScore).toBe(goScore);
      expect(result.outcome).toBe(outcome);
      expect(result.margin < CLOSE_CALL_MARGIN).toBe(outcome === 'close-call');
    },
  );

  it('starts a close call with the language that is ahead', () => {
    const result = score({ speed: 'critical', build: 'backend', team: 'small-expert' });
    expect(result).toMatchObject({ leader: 'rust', outcome: 'close-call', startWith: 'rust' });
  });

  it('ignores unknown questions and options instead of failing', () => {
    const result = score({ nope: 'backend', build: 'cobol' }, ['nope']);
    expect(result.answered).toBe(0);
    expect(result.unanswered).toBe(10);
  });

  it('sorts contributions by size and keeps question order among equals', () => {
    const result = score({ build: 'backend', 'memory-bugs': 'manageable', speed: 'critical' });
    expect(result.contributions.map((c) => [c.questionId, c.points])).toEqual([
      ['build', 3],
      ['speed', -3],
      ['memory-bugs', 1],
    ]);
  });

  it('lists the smallest changes that hand the lead to the other language', () => {
    const result = score({ build: 'backend', speed: 'critical', team: 'large-mixed' });
    expect(result.leader).toBe('go');
    const first = result.tippingPoints[0];
    // Go leads by 2; marking speed as important adds 3 for Rust, the smallest flip.
    expect(first?.change).toEqual({ kind: 'importance', questionId: 'speed', important: true });
    expect(first?.leader).toBe('rust');
    expect(result.tippingPoints.every((t) => t.leader === 'rust')).toBe(true);
    const shifts = result.tippingPoints.map((t) => t.shift);
    expect(shifts).toEqual([...shifts].sort((a, b) => a - b));
  });
});

describe('pointsByRow', () => {
  it('sums signed points per comparison row and leaves out the salaries link', () => {
    const result = score(
      {
        'ramp-up': 'weeks',
        'learning-curve': 'enjoy',
        'jobs-or-pay': 'top-pay',
        speed: 'critical',
      },
      ['learning-curve'],
    );
    expect(pointsByRow(result)).toEqual({
      'learning-curve': { points: -1 },
      performance: { points: -3 },
    });
  });
});

describe('leadingTippingPoints', () => {
  it('keeps the smallest flip per question, up to the count asked for', () => {
    const result = score({ build: 'backend', speed: 'critical', team: 'large-mixed' });
    const picked = leadingTippingPoints(result.tippingPoints, 3);
    expect(picked.length).toBeLessThanOrEqual(3);
    expect(new Set(picked.map((p) => p.change.questionId)).size).toBe(picked.length);
    expect(picked[0]).toEqual(result.tippingPoints[0]);
  });
});
