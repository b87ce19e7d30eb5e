import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import {
  describeChoice,
  describeTippingPoint,
  formatPoints,
  headlineFor,
  outcomeMeaningFor,
  summaryFor,
} from '../../src/scoring/describe';
import { scoreAnswers } from '../../src/scoring/score-answers';

const score = (answers: Record<string, string>, important: string[] = []) =>
  scoreAnswers({ answers, important }, QUIZ_QUESTIONS);

describe('describe helpers', () => {
  it.each([
    [{ outcome: 'go', startWith: 'go' }, 'Learn Go'],
    [{ outcome: 'rust', startWith: 'rust' }, 'Learn Rust'],
    [{ outcome: 'close-call', startWith: 'rust' }, 'Close call: learn both, starting with Rust'],
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
    const summary = summaryFor(score({ speed: 'critical', team: 'large-mixed' }));
    expect(summary).toMatch(
      /^Rust fits what you told us better\. The biggest reason: Rust has no garbage collector/,
    );
  });

  it('explains a dead heat by starting with Go', () => {
    expect(summaryFor(score({ build: 'backend', speed: 'critical' }))).toMatch(
      /balance out exactly; Go/,
    );
  });

  it('says so when nothing was answered', () => {
    expect(summaryFor(score({}))).toMatch(/^You have not given an answer/);
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
    [3, 'tag', '+3 Go'],
    [-6, 'tag', '+6 Rust'],
    [0, 'tag', '0'],
    [3, 'by', 'Go by 3'],
    [-1, 'by', 'Rust by 1'],
    [0, 'by', 'No effect'],
    [3, 'towards', '+3 towards Go'],
    [-4, 'towards', '−4 towards Rust'],
    [0, 'towards', 'Evened out'],
  ] as const)('formats %i points in the %s wording as "%s"', (points, wording, text) => {
    expect(formatPoints(points, wording)).toBe(text);
  });
});
