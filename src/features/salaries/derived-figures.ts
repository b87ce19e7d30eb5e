import type { Figure } from '../../data/schema';

export type SeniorPremium = {
  /** Rust median minus Go median, in USD. */
  difference: number;
  /** The difference as a share of the Go median (0.186 means 18.6% more). */
  share: number;
  inputs: readonly [Figure, Figure];
};

export type OpeningsRatio = {
  /** Go openings divided by Rust openings. */
  ratio: number;
  inputs: readonly [Figure, Figure];
};

function assertComparable(a: Figure, b: Figure, unit: Figure['unit']): void {
  // A premium or ratio is only honest between like figures: same unit, level and statistic.
  if (a.unit !== unit || b.unit !== unit)
    throw new Error(`Expected two ${unit} figures, got ${a.unit} and ${b.unit}`);
  if (a.level !== b.level || a.statistic !== b.statistic)
    throw new Error(`Cannot compare ${a.id} with ${b.id}: different level or statistic`);
}

/**
 * How much more the Rust senior median is than the Go one, in dollars and as a share of Go's.
 * @example computeSeniorPremium(goSenior, rustSenior).difference === 30829
 */
export function computeSeniorPremium(go: Figure, rust: Figure): SeniorPremium {
  assertComparable(go, rust, 'USD');
  if (go.value === 0) throw new Error('The Go median is zero; no premium can be computed');
  const difference = rust.value - go.value;
  return { difference, share: difference / go.value, inputs: [go, rust] };
}

/**
 * How many Go openings there are for each Rust opening.
 * @example computeOpeningsRatio(goOpenings, rustOpenings).ratio === 1.908
 */
export function computeOpeningsRatio(go: Figure, rust: Figure): OpeningsRatio {
  assertComparable(go, rust, 'openings');
  if (rust.value === 0) throw new Error('No Rust openings; the ratio is undefined');
  return { ratio: go.value / rust.value, inputs: [go, rust] };
}

const signedPercent = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const oneDecimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** @example formatSignedPercent(0.18635) === '+18.6%' */
export function formatSignedPercent(share: number): string {
  return signedPercent.format(share);
}

/** @example formatRatio(1.908) === '1.9×' */
export function formatRatio(ratio: number): string {
  return `${oneDecimal.format(ratio)}×`;
}
