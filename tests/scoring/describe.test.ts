import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import {
  describeTippingPoint,
  formatPoints,
  headlineFor,
  outcomeMeaningFor,
  summaryFor,
} from '../../src/scoring/describe';
import { describeChoice } from '../../src/data/quiz-answers';
import { scoreAnswers } from '../../src/scoring/score-answers';

const score = (answers: Record<string, string>, important: string[] = []) =>
  scoreAnswers({ answers, important }, QUIZ_QUESTIONS);

describe('describe helpers', () => {
  it.each([
    [{ outcome: 'go', startWith: 'go', settled: true, leader: 'go', unanswered: 0 }, 'Learn Go'],
    [
      { outcome: 'rust', startWith: 'rust', settled: true, leader: 'rust', unanswered: 2 },
      'Learn Rust',
    ],
    [
      { outcome: 'close-call', startWith: 'rust', settled: true, leader: 'rust', unanswered: 0 },
      'Close call: learn both, starting with Rust',
    ],
    [
      { outcome: 'rust', startWith: 'rust', settled: false, leader: 'rust', unanswered: 1 },
      'Rust leads so far, with 1 question to go',
    ],
    [
      { outcome: 'close-call', startWith: 'go', settled: false, leader: 'tie', unanswered: 10 },
      'Even so far, with 10 questions to go',
    ],
  ] as const)('heads %o as "%s"', (result, headline) => {
    expect(headlineFor(result)).toBe(headline);
  });

  it.each([
    [{ outcome: 'go', startWith: 'go' }, 'The answers in this link favour Go.'],
    [{ outcome: 'rust', startWith: 'rust' }, 'The answers in this link favour Rust.'],
    [
      { outcome: 'close-call', startWith: 'go' },
      'The answers in this link land close to even, with Go a little ahead.',
    ],
  ] as const)('says what %o means for a shared link', (result, meaning) => {
    expect(outcomeMeaningFor(result)).toBe(meaning);
  });

  it('explains a result with the biggest reason on the winning side', () => {
    const rest = Object.fromEntries(QUIZ_QUESTIONS.map((q) => [q.id, 'not-sure']));
    const summary = summaryFor(score({ ...rest, speed: 'critical', team: 'large-mixed' }));
    expect(summary).toMatch(
      /^Rust fits what you told us better\. The biggest reason: Rust has no garbage collector/,
    );
  });

  it('explains a dead heat by starting with Go', () => {
    const even = Object.fromEntries(QUIZ_QUESTIONS.map((q) => [q.id, 'not-sure']));
    expect(summaryFor(score({ ...even, build: 'backend', speed: 'critical' }))).toMatch(
      /balance out exactly; Go/,
    );
  });

  it('says so when nothing was answered', () => {
    const unsure = Object.fromEntries(QUIZ_QUESTIONS.map((q) => [q.id, 'not-sure']));
    expect(summaryFor(score(unsure))).toMatch(/^You have not given an answer/);
  });

  it('speaks of "the answers in this link" on a shared result, and never asks the visitor to finish it', () => {
    const rest = Object.fromEntries(QUIZ_QUESTIONS.map((q) => [q.id, 'not-sure']));
    const clear = score({ ...rest, speed: 'critical', team: 'large-mixed' });
    expect(summaryFor(clear, 'shared')).toMatch(
      /^Rust fits these answers better\. The biggest reason:/,
    );
    const even = score({ ...rest, build: 'backend', speed: 'critical' });
    expect(summaryFor(even, 'shared')).toMatch(/^The answers balance out exactly; Go/);
    expect(summaryFor(score(rest), 'shared')).toBe(
      'This link holds no answer that leans either way, so there is nothing to weigh.',
    );
    const early = score({ build: 'backend' });
    expect(summaryFor(early, 'shared')).toBe(
      'The answers in this link lean towards Go, but the 9 questions left unanswered could put Rust ahead, so this is not a recommendation yet.',
    );
    expect(summaryFor(score({ build: 'backend', speed: 'critical' }), 'shared')).toBe(
      'The answers in this link balance out so far, and the 8 questions left unanswered would decide it.',
    );
    for (const result of [clear, even, early])
      expect(summaryFor(result, 'shared')).not.toMatch(/\byou/i);
  });

  it('names choices, not sure and unanswered', () => {
    const build = QUIZ_QUESTIONS[0];
    expect(describeChoice(build, 'wasm')).toBe('WebAssembly for the browser');
    expect(describeChoice(build, 'not-sure')).toBe('Not sure / no preference');
    expect(describeChoice(build, undefined)).toBe('Not answered');
  });

  it('turns a tipping point into a sentence', () => {
    expect(
      describeTippingPoint(
        {
          change: { kind: 'answer', questionId: 'speed', optionId: 'throughput' },
          leader: 'go',
          goScore: 60,
          rustScore: 40,
          shift: 5,
        },
        QUIZ_QUESTIONS,
      ),
    ).toBe(
      'Answering “Fast enough for busy network services is fine” for “Raw speed and predictable latency”: Go would lead (Go 60, Rust 40).',
    );
    expect(
      describeTippingPoint(
        {
          change: { kind: 'importance', questionId: 'team', important: true },
          leader: 'rust',
          goScore: 45,
          rustScore: 55,
          shift: 2,
        },
        QUIZ_QUESTIONS,
      ),
    ).toBe(
      'Marking “Team size and onboarding” as mattering a lot: Rust would lead (Go 45, Rust 55).',
    );
  });

  it.each([
    [3, '+3 Go'],
    [-6, '+6 Rust'],
    [0, '0'],
  ] as const)('formats %i points as the badge "%s"', (points, text) => {
    expect(formatPoints(points)).toBe(text);
  });
});
