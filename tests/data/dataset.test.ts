import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { FIGURES, findFigure, getFigure } from '../../src/data/figures';
import { DatasetSchema } from '../../src/data/schema';

describe('the dataset', () => {
  it('passes its schema', () => {
    const result = v.safeParse(DatasetSchema, DATASET);
    expect(
      result.issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`) ?? [],
    ).toEqual([]);
  });

  it('rejects a figure with a negative value or a made-up statistic', () => {
    const broken = {
      ...DATASET,
      figures: [{ ...DATASET.figures[0], value: -1, statistic: 'mean' }],
    };
    expect(v.safeParse(DatasetSchema, broken).success).toBe(false);
  });

  // Each figure the article reports, with its exact value and sample size (absent where none is given).
  const EXPECTED = [
    { id: 'go-openings', value: 477, unit: 'openings', n: undefined, level: 'all' },
    { id: 'rust-openings', value: 250, unit: 'openings', n: undefined, level: 'all' },
    { id: 'go-senior-median', value: 165437, unit: 'USD', n: 101, level: 'senior' },
    { id: 'rust-senior-median', value: 196266, unit: 'USD', n: 35, level: 'senior' },
    { id: 'rust-lead-median', value: 249000, unit: 'USD', n: undefined, level: 'lead' },
    { id: 'go-manager-peak', value: 212000, unit: 'USD', n: undefined, level: 'manager' },
    { id: 'rust-director', value: 250000, unit: 'USD', n: undefined, level: 'director' },
  ] as const;

  it.each(EXPECTED)('reports $id as $value', (expected) => {
    const figure = getFigure(expected.id);
    expect(figure.value).toBe(expected.value);
    expect(figure.unit).toBe(expected.unit);
    expect(figure.n).toBe(expected.n);
    expect(figure.level).toBe(expected.level);
    expect(figure.source).toBe(DATASET.source.id);
    expect(figure.asOf).toBe(DATASET.source.updated);
  });

  it('holds no figure beyond the seven the article reports', () => {
    expect(FIGURES.map((f) => f.id).sort()).toEqual(EXPECTED.map((e) => e.id).sort());
  });

  it('has no Go lead salary, since the article reports none', () => {
    expect(findFigure('go', 'USD', 'lead')).toBeUndefined();
    expect(findFigure('rust', 'USD', 'lead')?.value).toBe(249000);
  });

  it('keeps the peak and the director figure apart from medians', () => {
    expect(getFigure('go-manager-peak').statistic).toBe('peak');
    expect(getFigure('rust-director').statistic).toBe('unspecified');
  });

  it('has the ten categories of the article’s table, in order', () => {
    const table = DATASET.comparison.filter((row) => row.fromArticleTable).map((row) => row.id);
    expect(table).toEqual([
      'learning-curve',
      'job-availability',
      'senior-salary',
      'performance',
      'concurrency',
      'memory-safety',
      'ecosystem-maturity',
      'binary-size',
      'work-mode',
      'use-cases',
    ]);
  });

  it('gives every record a unique id', () => {
    for (const list of [
      DATASET.figures,
      DATASET.comparison,
      DATASET.strengths,
      DATASET.trends,
      DATASET.faq,
    ]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('points every figure reference at a real figure', () => {
    const ids = new Set(FIGURES.map((f) => f.id));
    const refs = [...DATASET.comparison, ...DATASET.faq].flatMap((r) => r.figureIds ?? []);
    expect(refs.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has five strengths per language and all five FAQ entries', () => {
    expect(DATASET.strengths.filter((s) => s.language === 'go')).toHaveLength(5);
    expect(DATASET.strengths.filter((s) => s.language === 'rust')).toHaveLength(5);
    expect(DATASET.faq).toHaveLength(5);
  });

  it('names the companies the article lists', () => {
    const go = DATASET.adoption.find((a) => a.language === 'go');
    const rust = DATASET.adoption.find((a) => a.language === 'rust');
    expect(go?.companies).toEqual(['Google', 'Uber', 'Dropbox', 'Twitch']);
    expect(rust?.companies).toEqual(['AWS', 'Discord', 'Microsoft']);
  });

  it('quotes in its prose only numbers that appear in the figures', () => {
    const allowed = new Set<string>();
    for (const f of FIGURES) {
      allowed.add(String(f.value));
      allowed.add(f.value.toLocaleString('en-US'));
      allowed.add(`${Math.round(f.value / 1000)}k`);
      if (f.n) allowed.add(String(f.n));
    }
    // Years the article names are dates, not figures.
    ['2024', '2026', '2027'].forEach((year) => allowed.add(year));
    const prose = JSON.stringify([
      DATASET.comparison,
      DATASET.strengths,
      DATASET.advice,
      DATASET.trends,
      DATASET.faq,
    ]);
    const numbers = prose.match(/(?<![A-Za-z])\d[\d,]*(?:k\b)?/g) ?? [];
    expect(numbers.filter((n) => !allowed.has(n.replace(/,$/, '')))).toEqual([]);
  });
});
