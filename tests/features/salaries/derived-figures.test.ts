import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getFigure } from '../../../src/data/figures';
import type { Figure } from '../../../src/data/schema';
import {
  computeOpeningsRatio,
  computeSeniorPremium,
  formatRatio,
  formatSignedPercent,
} from '../../../src/features/salaries/derived-figures';

const goSenior = getFigure('go-senior-median');
const rustSenior = getFigure('rust-senior-median');
const goOpenings = getFigure('go-openings');
const rustOpenings = getFigure('rust-openings');

describe('computeSeniorPremium', () => {
  it('gives the Rust senior premium from the dataset: $30,829, +18.6%', () => {
    const premium = computeSeniorPremium(goSenior, rustSenior);
    expect(premium.difference).toBe(30829);
    expect(formatSignedPercent(premium.share)).toBe('+18.6%');
    expect(premium.inputs.map((f) => f.id)).toEqual(['go-senior-median', 'rust-senior-median']);
  });

  it('refuses to compare different levels or statistics (a peak with an unstated figure)', () => {
    expect(() =>
      computeSeniorPremium(getFigure('go-manager-peak'), getFigure('rust-director')),
    ).toThrow(/different level or statistic/);
    expect(() => computeSeniorPremium(goOpenings, rustOpenings)).toThrow(/USD/);
  });

  it('always adds back up: Go median + difference = Rust median', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (go, rust) => {
          const premium = computeSeniorPremium(
            { ...goSenior, value: go },
            { ...rustSenior, value: rust },
          );
          return (
            go + premium.difference === rust &&
            Math.sign(premium.share) === Math.sign(rust - go) &&
            Math.abs(premium.share * go - premium.difference) < 1e-6
          );
        },
      ),
    );
  });
});

describe('computeOpeningsRatio', () => {
  it('gives the openings ratio from the dataset: 1.9×', () => {
    const { ratio } = computeOpeningsRatio(goOpenings, rustOpenings);
    expect(ratio).toBeCloseTo(1.908, 3);
    expect(formatRatio(ratio)).toBe('1.9×');
  });

  it('rejects pay figures and a zero denominator', () => {
    expect(() => computeOpeningsRatio(goSenior, rustSenior)).toThrow(/openings/);
    const none: Figure = { ...rustOpenings, value: 0 };
    expect(() => computeOpeningsRatio(goOpenings, none)).toThrow(/undefined/);
  });

  it('multiplies back: ratio × Rust openings = Go openings', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 100_000 }), (go, rust) => {
        const { ratio } = computeOpeningsRatio(
          { ...goOpenings, value: go },
          { ...rustOpenings, value: rust },
        );
        return Math.abs(ratio * rust - go) < 1e-6;
      }),
    );
  });
});

describe('formatting', () => {
  it.each([
    [0.18635, '+18.6%'],
    [-0.05, '-5.0%'],
    [0, '0.0%'],
  ])('formatSignedPercent(%f) is %s', (share, text) => {
    expect(formatSignedPercent(share)).toBe(text);
  });

  it.each([
    [1.908, '1.9×'],
    [2, '2.0×'],
  ])('formatRatio(%f) is %s', (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });
});
