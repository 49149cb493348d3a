/**
 * Amounts of money as words, without Intl for whole pounds (issue 14): the first number format made
 * on a page loads the locale's data, about 20 ms of main thread on the pay page with the CPU slowed
 * 4x, and a whole number's en-GB digits are simply grouped in threes. Anything else (a fraction, a
 * number too large to be exact, minus zero) goes to Intl, so the words are always Intl's
 * (pounds.test.ts compares them).
 */

function isPlainWhole(amount: number): boolean {
  return Number.isSafeInteger(amount) && !Object.is(amount, -0);
}

/** A number as `toLocaleString('en-GB')` writes it: "38,831", "-1,250", "0.5". */
export function groupedNumber(amount: number): string {
  if (!isPlainWhole(amount)) return amount.toLocaleString('en-GB');
  const sign = amount < 0 ? '-' : '';
  return sign + String(Math.abs(amount)).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "£38,831": the pound sign before the figure as `toLocaleString('en-GB')` writes it. */
export function poundsText(amount: number): string {
  return `£${groupedNumber(amount)}`;
}

// Made only for an amount that is not a whole number of pounds.
let currency: Intl.NumberFormat | undefined;

/** "£38,831", "-£20": to the nearest pound, as Intl's en-GB pound currency format writes it. */
export function formatPounds(amount: number): string {
  if (isPlainWhole(amount)) return `${amount < 0 ? '-' : ''}£${groupedNumber(Math.abs(amount))}`;
  currency ??= new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'GBP',
    maximumFractionDigits: 0,
  });
  return currency.format(amount);
}
