const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** @example formatUsd(165437) === '$165,437' */
export function formatUsd(value: number): string {
  return usd.format(value);
}

/** @example formatInteger(1234) === '1,234' */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** @example formatDate('2026-11-02') === '2 November 2026' */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}
