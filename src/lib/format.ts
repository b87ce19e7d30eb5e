const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
/** @example formatUsd(165437) === '$165,437' */
export function formatUsd(value: number): string {
  return usd.format(value);
}

/** @example formatInteger(1234) === '1,234' */
export function formatInteger(value: number): string {
  return integer.format(value);
}
