import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { formatPounds, groupedNumber, poundsText } from './pounds';

const currency = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});

describe('pounds as words, as Intl en-GB writes them (issue 14: Intl only for odd amounts)', () => {
  it.each([
    [0, '£0', '£0'],
    [750, '£750', '£750'],
    [1000, '£1,000', '£1,000'],
    [38_831, '£38,831', '£38,831'],
    [1_234_567, '£1,234,567', '£1,234,567'],
    [-1250, '£-1,250', '-£1,250'],
  ])('%d is "%s" in a note and "%s" on the page', (amount, note, page) => {
    expect(poundsText(amount)).toBe(note);
    expect(formatPounds(amount)).toBe(page);
  });

  test.prop([fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double(), fc.constant(-0))])(
    'any number reads as Intl writes it',
    (amount) => {
      expect(groupedNumber(amount)).toBe(amount.toLocaleString('en-GB'));
      expect(formatPounds(amount)).toBe(currency.format(amount));
    },
  );
});
