import { describe, expect, it } from 'vitest';
import { type IsoDate, dayNumber } from '../dates';
import { NATIONS } from '../plan/types';
import { findRule } from '../rules';
import {
  CONSULTANT_THRESHOLDS,
  NODAL_POINTS,
  consultantThresholds,
  englandConsultantPay2024,
  englandConsultantPay2025,
  englandResidentPay2023,
  englandResidentPay2024,
  englandResidentPay2025,
} from '../rules/pay';
import { financialYearLabel, rateFor } from './rates';
import type { PayPoint } from './types';

const day = (date: string) => dayNumber(date as IsoDate);
/** England's rates depend only on the financial year, not on the day within it. */
const ANY_DAY = day('1970-01-01');

describe('financialYearLabel', () => {
  it.each([
    [2025, '2025/26'],
    [2034, '2034/35'],
    [2099, '2099/00'],
    [2009, '2009/10'],
  ])('%i is %s', (year, label) => {
    expect(financialYearLabel(year)).toBe(label);
  });
});

describe('England', () => {
  it.each([
    [2023, 'np1', 32_398, '2023/24'],
    [2023, 'np5', 63_152, '2023/24'],
    [2024, 'np2', 42_008, '2024/25'],
    [2025, 'np3', 52_656, '2025/26'],
    [2025, 'np4', 65_048, '2025/26'],
    [2024, 'consultant-1', 105_504, '2024/25'],
    [2025, 'consultant-4', 145_478, '2025/26'],
  ] as const)('%i %s is £%i from the %s scale, not estimated', (year, point, annual, scale) => {
    const rate = rateFor('england', point, year, day(`${year}-06-01`));
    expect(rate).toMatchObject({ known: true, annual, scaleYear: scale, estimated: false });
  });

  it('uses the 2025/26 scale for every later year, marked estimated and citing the latest-published rule', () => {
    for (const year of [2026, 2030, 2060]) {
      const rate = rateFor('england', 'np5', year, day(`${year}-06-01`));
      expect(rate).toMatchObject({
        known: true,
        annual: 73_992,
        scaleYear: '2025/26',
        estimated: true,
      });
      expect(rate.ruleIds).toContain('pay-latest-published-2025-26');
    }
  });

  it('has no figure before 2023/24 for doctors in training, or before 2024/25 for consultants', () => {
    expect(rateFor('england', 'np1', 2022, day('2022-08-03')).known).toBe(false);
    expect(rateFor('england', 'consultant-1', 2023, day('2023-08-03')).known).toBe(false);
    expect(rateFor('england', 'np4', 2023, day('2023-08-03')).known).toBe(true);
  });

  it('marks derived points: consultant 2a, 2b and 3, and NP5 in 2024/25, with low confidence', () => {
    expect(rateFor('england', 'consultant-2a', 2025, ANY_DAY)).toMatchObject({
      derived: true,
      confidence: 'low',
    });
    expect(rateFor('england', 'consultant-4', 2025, ANY_DAY)).toMatchObject({
      derived: false,
      confidence: 'medium',
    });
    expect(rateFor('england', 'np5', 2024, ANY_DAY)).toMatchObject({
      derived: true,
      annual: 70_425,
    });
    expect(rateFor('england', 'np4', 2024, ANY_DAY)).toMatchObject({ derived: false });
  });

  it('pays more at each later point of a scale year', () => {
    const points: PayPoint[] = [
      ...NODAL_POINTS,
      ...CONSULTANT_THRESHOLDS.map((threshold) => `consultant-${threshold}` as const),
    ];
    for (const year of [2024, 2025, 2026]) {
      const annuals = points.map((point) => {
        const rate = rateFor('england', point, year, ANY_DAY);
        return rate.known ? rate.annual : NaN;
      });
      expect(
        annuals.every((annual, index) => index === 0 || annual > (annuals[index - 1] ?? 0)),
      ).toBe(true);
    }
  });

  it('cites rules that exist', () => {
    for (const year of [2022, 2023, 2024, 2025, 2030]) {
      for (const point of ['np1', 'np5', 'consultant-3'] as const) {
        for (const id of rateFor('england', point, year, ANY_DAY).ruleIds)
          expect(findRule(id), id).toBeDefined();
      }
    }
  });
});

describe('the scale data agrees with its own arithmetic (facts.md §7)', () => {
  it('every 2025/26 resident figure is the 2024/25 figure × 1.04 + £750, rounded up to the pound', () => {
    for (const point of NODAL_POINTS) {
      // In pence, so the arithmetic is exact: × 104 + 75,000 pence, then up to whole pounds.
      const expected = Math.ceil((englandResidentPay2024.value.annual[point] * 104 + 75_000) / 100);
      expect(englandResidentPay2025.value.annual[point], point).toBe(expected);
    }
  });

  // The published 2024/25 thresholds are within £1 of this: each award is rounded to the pound.
  it('the 2024/25 consultant figures are the first values × 1.06, within £1', () => {
    for (const threshold of CONSULTANT_THRESHOLDS) {
      const expected = consultantThresholds.value.firstImplemented[threshold] * 1.06;
      expect(
        Math.abs(englandConsultantPay2024.value.annual[threshold] - expected),
      ).toBeLessThanOrEqual(1);
    }
  });

  it('the 2025/26 consultant figures are the 2024/25 figures × 1.04, within £2', () => {
    for (const threshold of CONSULTANT_THRESHOLDS) {
      const expected = englandConsultantPay2024.value.annual[threshold] * 1.04;
      expect(
        Math.abs(englandConsultantPay2025.value.annual[threshold] - expected),
      ).toBeLessThanOrEqual(2);
    }
  });

  it('the derived 2025/26 thresholds are the published 2024/25 ones × 1.04, to the pound', () => {
    for (const threshold of englandConsultantPay2025.value.derived) {
      const expected = Math.round(englandConsultantPay2024.value.annual[threshold] * 1.04);
      expect(englandConsultantPay2025.value.annual[threshold]).toBe(expected);
    }
  });

  it('the 2023/24 scale rises at every nodal point', () => {
    const values = NODAL_POINTS.map((point) => englandResidentPay2023.value.annual[point]);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
  });
});

describe('other nations never borrow England’s figures', () => {
  it('Scotland: FY1 and FY2 pay point 0 from 1 October 2024 to 31 March 2025 only', () => {
    expect(rateFor('scotland', 'scotland-fy1-pp0', 2024, day('2024-10-01'))).toMatchObject({
      known: true,
      annual: 34_500,
      scaleYear: '2024/25',
    });
    expect(rateFor('scotland', 'scotland-fy2-pp0', 2024, day('2025-03-31'))).toMatchObject({
      known: true,
      annual: 42_792,
    });
    expect(rateFor('scotland', 'scotland-fy1-pp0', 2024, day('2024-09-30')).known).toBe(false);
    expect(rateFor('scotland', 'scotland-fy1-pp0', 2025, day('2025-04-01')).known).toBe(false);
    expect(rateFor('scotland', 'np3', 2024, day('2024-12-01')).known).toBe(false);
    expect(rateFor('scotland', null, 2024, day('2024-12-01')).known).toBe(false);
  });

  it.each([['wales'], ['northern-ireland']] as const)(
    '%s: no figure for any point or year',
    (nation) => {
      for (const point of ['np1', 'np4', 'consultant-1', 'consultant-4'] as const) {
        for (const year of [2023, 2024, 2025, 2030]) {
          const rate = rateFor(nation, point, year, day(`${year}-06-01`));
          expect(rate.known).toBe(false);
          if (!rate.known) expect(rate.explanation).toMatch(/not in Pathway’s sources/);
        }
      }
    },
  );

  it('no nation but England ever returns an England figure', () => {
    const englandFigures = new Set<number>();
    for (const rule of [englandResidentPay2023, englandResidentPay2024, englandResidentPay2025])
      for (const annual of Object.values(rule.value.annual)) englandFigures.add(annual);
    for (const rule of [englandConsultantPay2024, englandConsultantPay2025])
      for (const annual of Object.values(rule.value.annual)) englandFigures.add(annual);
    for (const nation of NATIONS.filter((name) => name !== 'england')) {
      for (const point of [...NODAL_POINTS, 'consultant-1', 'scotland-fy1-pp0'] as const) {
        for (let year = 2020; year <= 2035; year += 1) {
          const rate = rateFor(nation, point, year, day(`${year}-12-01`));
          if (rate.known) expect(englandFigures.has(rate.annual)).toBe(false);
        }
      }
    }
  });
});
