import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { NOT_SURE } from '../../src/data/quiz-answers';
import { DEFAULT_VIEW, EDGES, GROUPS, SORT_KEYS } from '../../src/features/compare/compare-view';
import { decodeView } from '../../src/features/compare/view-decode';
import { decodeShareLink, encodeShareLink } from '../../src/lib/share-link';
import { migrateQuizState, restoreQuizState } from '../../src/store/quiz-persisted';
import { FUZZ_RUNS } from '../property-runs';

// Every outside input decodes to a valid state or a clear rejection: `npm run test:fuzz` tries 10,000 hostile
// cases each, `npm test` fast-check's default.
const QUESTION_IDS = new Set(QUIZ_QUESTIONS.map((q) => q.id));
const ROW_IDS = ['learning-curve', 'memory-safety'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** True when every answer names a real question and one of its options (or "not sure"). */
function isValidInput(input: {
  answers: Record<string, string>;
  important: readonly string[];
}): boolean {
  const answersOk = Object.entries(input.answers).every(([id, choice]) => {
    const question = QUIZ_QUESTIONS.find((q) => q.id === id);
    return !!question && (choice === NOT_SURE || question.options.some((o) => o.id === choice));
  });
  return (
    answersOk &&
    Object.getPrototypeOf(input.answers) === Object.prototype &&
    input.important.every((id) => QUESTION_IDS.has(id)) &&
    new Set(input.important).size === input.important.length
  );
}

const hostileString = fc.oneof(
  { arbitrary: fc.string({ maxLength: 80 }), weight: 8 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 80 }), weight: 8 },
  { arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 3 },
  // Huge strings are rare but present, as they would be in a crafted link.
  { arbitrary: fc.string({ minLength: 5_000, maxLength: 20_000 }), weight: 1 },
);
const SLOW = 120_000;

/** Any JSON value, with prototype-shaped keys mixed in at every level. */
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    hostileString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(
        fc.constantFrom(...PROTO_KEYS, 'answers', 'important', 'step', 'previous'),
        fc.string(),
      ),
      tie('value'),
      {
        maxKeys: 6,
      },
    ),
  ),
})).value;

describe('share links under attack', () => {
  it(
    'never throws and never lets an invalid answer through, for random and mutated links',
    () => {
      const valid = fc
        .record({
          answers: fc.dictionary(fc.constantFrom(...QUESTION_IDS), fc.constant(NOT_SURE)),
          important: fc.uniqueArray(fc.constantFrom(...QUESTION_IDS)),
        })
        .map((input) => encodeShareLink(input, QUIZ_QUESTIONS));
      const mutated = fc
        .tuple(valid, fc.nat(), fc.string({ maxLength: 3 }), fc.boolean())
        .map(([link, at, insert, cut]) =>
          cut
            ? link.slice(0, at % (link.length + 1))
            : link.slice(0, at % link.length) + insert + link.slice(at % link.length),
        );
      fc.assert(
        fc.property(fc.oneof(hostileString, mutated), (link) => {
          const decoded = decodeShareLink(link, QUIZ_QUESTIONS);
          expect(['ok', 'partial', 'invalid', 'empty']).toContain(decoded.status);
          expect(isValidInput(decoded.input)).toBe(true);
          if (decoded.status === 'invalid') expect(decoded.problems.length).toBeGreaterThan(0);
        }),
        FUZZ_RUNS,
      );
    },
    SLOW,
  );
});

describe('stored quiz state under attack', () => {
  it(
    'restores any JSON to a valid state, with no unknown key and no prototype pollution',
    () => {
      fc.assert(
        fc.property(hostileJson, fc.constantFrom(1, 2, 3, 0, -1, 99), (blob, version) => {
          const parsed: unknown = JSON.parse(JSON.stringify(blob) ?? 'null');
          const { state } = migrateQuizState(parsed, version, QUIZ_QUESTIONS);
          expect(Object.keys(state).sort()).toEqual(['answers', 'important', 'previous', 'step']);
          expect(isValidInput(state)).toBe(true);
          expect(
            Number.isInteger(state.step) && state.step >= 0 && state.step < QUIZ_QUESTIONS.length,
          ).toBe(true);
          if (state.previous) expect(isValidInput(state.previous)).toBe(true);
          expect(({} as Record<string, unknown>).x).toBeUndefined();
        }),
        FUZZ_RUNS,
      );
    },
    SLOW,
  );

  it('treats a __proto__ key in stored JSON as garbage, not as a prototype', () => {
    const parsed: unknown = JSON.parse(
      '{"answers":{"__proto__":{"polluted":true}},"important":[],"step":0}',
    );
    const { state, dropped } = restoreQuizState(parsed, QUIZ_QUESTIONS);
    expect(dropped).toBe(true);
    expect(state.answers).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('comparison grid query strings under attack', () => {
  it(
    'decodes any query string to a valid view without throwing or keeping unknown keys',
    () => {
      const key = fc.oneof(
        fc.constantFrom('q', 'group', 'edge', 'differ', 'sort', 'dir', 'row', ...PROTO_KEYS),
        fc.string(),
      );
      const query = fc.oneof(
        hostileString,
        fc
          .array(fc.tuple(key, hostileString), { maxLength: 8 })
          .map((pairs) =>
            pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
          ),
      );
      fc.assert(
        fc.property(query, (search) => {
          const { view, row, notices } = decodeView(search, ROW_IDS);
          expect(Object.keys(view).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
          expect(SORT_KEYS).toContain(view.sort);
          expect(['asc', 'desc']).toContain(view.dir);
          expect(view.groups.every((g) => GROUPS.includes(g))).toBe(true);
          expect(view.edges.every((e) => EDGES.includes(e))).toBe(true);
          expect(typeof view.query).toBe('string');
          expect(view.query.length).toBeLessThanOrEqual(100);
          expect(row === null || ROW_IDS.includes(row)).toBe(true);
          expect(notices.length).toBeLessThanOrEqual(5);
        }),
        FUZZ_RUNS,
      );
    },
    SLOW,
  );
});
