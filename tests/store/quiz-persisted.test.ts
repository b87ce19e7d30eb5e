import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import {
  EMPTY_PERSISTED,
  migrateQuizState,
  QUIZ_STORE_V1,
  QUIZ_STORE_V2,
  restoreQuizState,
} from '../../src/store/quiz-persisted';

const q = QUIZ_QUESTIONS;

describe('migrateQuizState', () => {
  it('brings a v1 state forward with no previous result', () => {
    const v1 = { answers: { build: 'wasm', speed: 'not-sure' }, important: ['build'], step: 4 };
    expect(migrateQuizState(v1, QUIZ_STORE_V1, q)).toEqual({
      state: { ...v1, previous: null },
      dropped: false,
    });
  });

  it('keeps a valid v2 state as it is', () => {
    const v2 = {
      answers: { team: 'small-expert' },
      important: [],
      step: 9,
      previous: { answers: { team: 'large-mixed' }, important: ['team'] },
    };
    expect(migrateQuizState(v2, QUIZ_STORE_V2, q)).toEqual({ state: v2, dropped: false });
  });

  it.each([0, 3, -1, 99])('starts clean from unknown version %i', (version) => {
    expect(migrateQuizState({ answers: { build: 'wasm' } }, version, q)).toEqual({
      state: EMPTY_PERSISTED,
      dropped: true,
    });
  });

  it.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [1, 2]],
  ])('starts clean from %s', (_name, value) => {
    expect(migrateQuizState(value, QUIZ_STORE_V1, q)).toEqual({
      state: EMPTY_PERSISTED,
      dropped: true,
    });
  });
});

describe('restoreQuizState', () => {
  it('keeps what is valid and reports what it dropped', () => {
    const { state, dropped } = restoreQuizState(
      {
        answers: { build: 'wasm', speed: 'warp-drive', ghost: 'backend', team: 7 },
        important: ['build', 'build', 'ghost', 3],
        step: 40,
        previous: 'nope',
      },
      q,
    );
    expect(dropped).toBe(true);
    expect(state).toEqual({
      answers: { build: 'wasm' },
      important: ['build'],
      step: 0,
      previous: { answers: {}, important: [] },
    });
  });

  it('reads nothing stored as a clean start without a notice', () => {
    expect(restoreQuizState(undefined, q)).toEqual({ state: EMPTY_PERSISTED, dropped: false });
  });

  it('never throws and always returns a usable state, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: -2, max: 4 }), (value, version) => {
        const { state } = migrateQuizState(value, version, q);
        expect(state.step).toBeGreaterThanOrEqual(0);
        expect(state.step).toBeLessThan(q.length);
        for (const id of Object.keys(state.answers)) expect(q.some((x) => x.id === id)).toBe(true);
        expect(Array.isArray(state.important)).toBe(true);
      }),
    );
  });
});
