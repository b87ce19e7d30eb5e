import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { COMPARISON } from '../../src/data/comparison';
import { FIGURES } from '../../src/data/figures';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { QUIZ_ROW_IDS, QuizQuestionsSchema } from '../../src/data/quiz-schema';

describe('the quiz questions', () => {
  it('pass their schema', () => {
    const result = v.safeParse(QuizQuestionsSchema, QUIZ_QUESTIONS);
    expect(
      result.issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`) ?? [],
    ).toEqual([]);
  });

  it('reject an option worth nothing, or one posing as "not sure"', () => {
    const [first] = QUIZ_QUESTIONS;
    if (!first) throw new Error('no questions');
    const zero = [
      { ...first, options: [{ ...first.options[0], points: 0 }, ...first.options.slice(1)] },
      ...QUIZ_QUESTIONS.slice(1),
    ];
    const fake = [
      { ...first, options: [{ ...first.options[0], id: 'not-sure' }, ...first.options.slice(1)] },
      ...QUIZ_QUESTIONS.slice(1),
    ];
    expect(v.safeParse(QuizQuestionsSchema, zero).success).toBe(false);
    expect(v.safeParse(QuizQuestionsSchema, fake).success).toBe(false);
  });

  it('link only to comparison rows that exist', () => {
    const rows = new Set(COMPARISON.map((r) => r.id));
    expect(QUIZ_ROW_IDS.filter((id) => !rows.has(id))).toEqual([]);
  });

  it('cover every factor the issue names, each with options for both languages', () => {
    expect(QUIZ_QUESTIONS.map((q) => q.id)).toEqual([
      'build',
      'jobs-or-pay',
      'ramp-up',
      'learning-curve',
      'speed',
      'concurrency',
      'memory-bugs',
      'team',
      'systems-experience',
      'velocity',
    ]);
    for (const q of QUIZ_QUESTIONS) {
      expect(
        q.options.some((o) => o.points > 0),
        q.id,
      ).toBe(true);
      expect(
        q.options.some((o) => o.points < 0),
        q.id,
      ).toBe(true);
    }
  });

  it('offer the seven kinds of work the article ties to a language', () => {
    expect(QUIZ_QUESTIONS[0]?.options.map((o) => o.id)).toEqual([
      'backend',
      'cloud',
      'systems',
      'wasm',
      'crypto',
      'ai-infra',
      'automotive',
    ]);
  });

  it('quote in their reasons only numbers that appear in the figures', () => {
    const allowed = new Set<string>(['2027']);
    for (const f of FIGURES) {
      allowed.add(String(f.value));
      allowed.add(f.value.toLocaleString('en-US'));
      allowed.add(`${Math.round(f.value / 1000)}k`);
      if (f.n) allowed.add(String(f.n));
    }
    const prose = JSON.stringify(
      QUIZ_QUESTIONS.map((q) => [q.prompt, q.help, q.options.map((o) => [o.label, o.reason])]),
    );
    const numbers = prose.match(/(?<![A-Za-z])\d[\d,]*(?:k\b)?/g) ?? [];
    expect(numbers.filter((n) => !allowed.has(n.replace(/,$/, '')))).toEqual([]);
  });
});
