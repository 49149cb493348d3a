import { describe, expect, it } from 'vitest';
import { type IsoDate, dayNumber } from '../dates';
import { NATIONS } from '../plan/types';
import { findRule } from '../rules';
import {
  CONSULTANT_THRESHOLDS,
  NODAL_POINTS,
  type PayScale,
  consultantThresholds,
  englandConsultantPay2024,
  englandConsultantPay2025,
  englandConsultantPay2026,
  englandResidentPay2023,
  englandResidentPay2024,
  englandResidentPay2025,
  englandResidentPay2026,
  northernIrelandConsultantPay2023,
  northernIrelandConsultantPay2024,
  northernIrelandConsultantPay2025,
  scotlandConsultantPay2024,
  scotlandConsultantPay2025,
  scotlandResidentPay2024,
  scotlandResidentPay2025,
  scotlandResidentPay2026,
  walesConsultantPay2023,
  walesConsultantPay2024,
  walesConsultantPay2025,
  walesResidentPay2024,
  walesResidentPay2025,
} from '../rules/pay';
import type { RuleFacts } from '../rules/types';
import { financialYearLabel, rateFor, scotlandPointOn } from './rates';
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

  it.each([
    ['np1', 40_190],
    ['np4', 67_325],
    ['np5', 76_582],
    ['consultant-1', 113_565],
    ['consultant-4', 150_570],
  ] as const)(
    '2026/27 %s is the estimate £%i (2025/26 plus 3.5%%), with its working',
    (point, annual) => {
      const rate = rateFor('england', point, 2026, day('2026-06-01'));
      expect(rate).toMatchObject({
        known: true,
        annual,
        scaleYear: '2026/27',
        estimated: true,
        derived: true,
        confidence: 'low',
        label: 'estimate: 2025/26 scale plus the 2026/27 award',
        ratesLabel: 'at estimated 2026/27 rates',
      });
      if (rate.known)
        expect(rate.working).toContain(
          `plus 3.5% for 2026/27 is £${annual.toLocaleString('en-GB')}`,
        );
    },
  );

  it('uses the estimated 2026/27 scale for every later year, labelled so and citing the latest-scale rule', () => {
    for (const year of [2027, 2030, 2060]) {
      const rate = rateFor('england', 'np5', year, day(`${year}-06-01`));
      expect(rate).toMatchObject({
        known: true,
        annual: 76_582,
        scaleYear: '2026/27',
        estimated: true,
        label: 'at estimated 2026/27 rates',
        labelRank: 2,
      });
      expect(rate.ruleIds).toContain('pay-latest-scale-2026-27');
      expect(rate.ruleIds).toContain('pay-england-resident-2026-27');
      // The estimate cites the published scale it is built on as well.
      expect(rate.ruleIds).toContain('pay-england-resident-2025-26');
    }
  });

  it('shows the whole chain for a figure derived from a derived one', () => {
    const rate = rateFor('england', 'consultant-2a', 2026, ANY_DAY);
    expect(rate.known && rate.working).toBe(
      'Threshold 2a: £111,714 on the published 2024/25 scale, plus 4% for 2025/26 is £116,183, plus 3.5% for 2026/27 is £120,249, each to the nearest pound.',
    );
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
    for (const year of [2024, 2025, 2026, 2027]) {
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
    for (const year of [2022, 2023, 2024, 2025, 2026, 2030]) {
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

/**
 * Each nation's consecutive scales. A derived point must be the same point a year before plus the
 * award, to the nearest pound (halves up), worked in hundredths of a percent so the sum is exact.
 */
const SERIES: readonly (readonly RuleFacts<PayScale<string>>[])[] = [
  [englandResidentPay2023, englandResidentPay2024, englandResidentPay2025, englandResidentPay2026],
  [englandConsultantPay2024, englandConsultantPay2025, englandConsultantPay2026],
  [scotlandResidentPay2024, scotlandResidentPay2025, scotlandResidentPay2026],
  [scotlandConsultantPay2024, scotlandConsultantPay2025],
  [walesResidentPay2024, walesResidentPay2025],
  [walesConsultantPay2023, walesConsultantPay2024, walesConsultantPay2025],
  [
    northernIrelandConsultantPay2023,
    northernIrelandConsultantPay2024,
    northernIrelandConsultantPay2025,
  ],
];

function plusAward(previous: number, award: { percent: number; flat?: number }): number {
  const basisPoints = Math.round(award.percent * 100);
  // previous × (10,000 + basis points) ÷ 10,000, plus the flat amount, to the nearest pound (halves up).
  const tenThousandths = previous * (10_000 + basisPoints) + (award.flat ?? 0) * 10_000;
  return Math.floor((2 * tenThousandths + 10_000) / 20_000);
}

describe('derived figures are the published figure plus the award, to the nearest pound', () => {
  it.each(
    SERIES.flatMap((series) =>
      series.slice(1).map((rule, index) => [rule.id, rule, series[index]] as const),
    ),
  )('%s', (_id, rule, previous) => {
    if (previous === undefined) throw new Error('no previous scale');
    const { award, derived, annual } = rule.value;
    // England's 2024/25 ST6 to ST8 figure is worked back from 2025/26 instead (checked above).
    if (rule === englandResidentPay2024) {
      expect(award).toBeUndefined();
      expect(derived).toEqual(['np5']);
      return;
    }
    if (derived.length > 0) expect(award, 'a derived scale names its award').toBeDefined();
    for (const point of derived) {
      expect(annual[point], point).toBe(
        plusAward(previous.value.annual[point] ?? NaN, award ?? { percent: NaN }),
      );
    }
  });

  it('has checked every derived point it claims, in every nation', () => {
    const checked = SERIES.flatMap((series) => series.slice(1)).reduce(
      (sum, rule) => sum + rule.value.derived.length,
      0,
    );
    // England 1 + 5 (residents) and 3 + 5 (consultants), Scotland 5 + 5 and 8, Wales 1 and
    // 8 + 8, Northern Ireland 5 + 5: every figure Pathway works out.
    expect(checked).toBe(59);
  });

  it('agrees with the figures the December 2026 fact base worked out', () => {
    expect(Object.values(scotlandResidentPay2025.value.annual)).toEqual([
      35_966, 38_213, 40_457, 44_611, 47_529,
    ]);
    expect([
      scotlandResidentPay2026.value.annual['fy1-pp0'],
      scotlandResidentPay2026.value.annual['fy2-pp0'],
    ]).toEqual([37_315, 46_284]);
    expect(Object.values(scotlandConsultantPay2025.value.annual)).toEqual([
      111_430, 113_783, 117_168, 120_558, 123_937, 131_981, 140_026, 148_064,
    ]);
    expect(Object.values(walesConsultantPay2025.value.annual)).toEqual([
      110_240, 115_752, 121_264, 126_776, 135_595, 143_312, 152_131, 160_950,
    ]);
    expect(walesResidentPay2025.value.annual['fy2-pp0']).toBe(43_466);
    expect(Object.values(northernIrelandConsultantPay2025.value.annual)).toEqual([
      110_681, 116_193, 119_500, 131_075, 145_517,
    ]);
  });

  it('a flat amount is added after the percentage: Wales’s FY1 sum is £1 under the published £35,390', () => {
    expect(plusAward(walesResidentPay2024.value.annual['fy1-pp0'], { percent: 4, flat: 750 })).toBe(
      35_389,
    );
    expect(walesResidentPay2025.value.derived).not.toContain('fy1-pp0');
  });
});

describe('other nations never borrow England’s figures', () => {
  it('Scotland: FY1 and FY2 from 1 October 2024, estimates from April 2025, no figure before', () => {
    expect(rateFor('scotland', 'scotland-fy1-pp0', 2024, day('2024-10-01'))).toMatchObject({
      known: true,
      annual: 34_500,
      scaleYear: '2024/25',
      estimated: false,
    });
    expect(rateFor('scotland', 'scotland-fy2-pp0', 2024, day('2025-03-31'))).toMatchObject({
      known: true,
      annual: 42_792,
    });
    expect(rateFor('scotland', 'scotland-fy1-pp0', 2024, day('2024-09-30')).known).toBe(false);
    expect(rateFor('scotland', 'scotland-fy1-pp0', 2025, day('2025-04-01'))).toMatchObject({
      known: true,
      annual: 35_966,
      estimated: true,
      label: 'estimate: 2024/25 scale plus the 2025/26 award',
    });
    expect(rateFor('scotland', 'scotland-fy2-pp1', 2026, day('2026-06-01'))).toMatchObject({
      annual: 49_311,
      label: 'estimate: 2024/25 scale plus the 2025/26 and 2026/27 awards',
    });
    expect(rateFor('scotland', 'scotland-fy1-pp0', 2030, day('2030-06-01'))).toMatchObject({
      annual: 37_315,
      label: 'at estimated 2026/27 rates',
    });
    expect(rateFor('scotland', 'np3', 2024, day('2024-12-01')).known).toBe(false);
    expect(rateFor('scotland', null, 2024, day('2024-12-01')).known).toBe(false);
  });

  it('Scotland: F1 and F2 move up a pay point on 1 December 2025 and 1 December 2026, from the grade’s start', () => {
    const f2From2025 = day('2025-08-06');
    expect(scotlandPointOn('scotland-fy2-pp0', f2From2025, day('2025-11-30'))).toBe(
      'scotland-fy2-pp0',
    );
    expect(scotlandPointOn('scotland-fy2-pp0', f2From2025, day('2025-12-01'))).toBe(
      'scotland-fy2-pp1',
    );
    // Still in F2 on 1 December 2026 (after time out): pay point 2, whose value is not known.
    expect(scotlandPointOn('scotland-fy2-pp0', f2From2025, day('2026-12-01'))).toBeNull();
    // A grade that starts on the day of a move does not move on it.
    expect(scotlandPointOn('scotland-fy1-pp0', day('2025-12-01'), day('2026-03-31'))).toBe(
      'scotland-fy1-pp0',
    );
    // No move is known after December 2026.
    expect(scotlandPointOn('scotland-fy1-pp0', day('2027-08-04'), day('2028-03-31'))).toBe(
      'scotland-fy1-pp0',
    );
    expect(scotlandPointOn('consultant-point-2', f2From2025, day('2026-12-01'))).toBe(
      'consultant-point-2',
    );
  });

  it('Scotland, Wales and Northern Ireland: consultant points from each nation’s own scale', () => {
    expect(rateFor('scotland', 'consultant-point-1', 2024, day('2024-08-05'))).toMatchObject({
      annual: 107_144,
      estimated: false,
    });
    expect(rateFor('scotland', 'consultant-point-8', 2040, ANY_DAY)).toMatchObject({
      annual: 148_064,
      label: 'at estimated 2025/26 rates',
    });
    expect(rateFor('wales', 'consultant-point-1', 2023, day('2024-01-01'))).toMatchObject({
      annual: 100_000,
      estimated: false,
    });
    expect(rateFor('wales', 'consultant-point-1', 2023, day('2023-12-31')).known).toBe(false);
    expect(rateFor('wales', 'consultant-point-5', 2025, ANY_DAY)).toMatchObject({
      annual: 135_595,
      label: 'estimate: 2023/24 scale plus the 2024/25 and 2025/26 awards',
    });
    expect(
      rateFor('northern-ireland', 'consultant-point-1', 2023, day('2024-03-01')),
    ).toMatchObject({ annual: 100_400 });
    expect(rateFor('northern-ireland', 'consultant-point-1', 2023, day('2024-02-29')).known).toBe(
      false,
    );
    expect(rateFor('northern-ireland', 'consultant-point-5', 2031, ANY_DAY)).toMatchObject({
      annual: 145_517,
    });
    // England's threshold names are not the devolved nations' points.
    expect(rateFor('wales', 'consultant-1', 2025, ANY_DAY).known).toBe(false);
  });

  it('Wales: F1 and F2 on the current scale until the new contract on 5 August 2026, then no figure', () => {
    expect(rateFor('wales', 'wales-fy1-pp0', 2024, ANY_DAY)).toMatchObject({ annual: 33_307 });
    expect(rateFor('wales', 'wales-fy1-pp0', 2025, ANY_DAY)).toMatchObject({
      annual: 35_390,
      derived: false,
      working: null,
    });
    expect(rateFor('wales', 'wales-fy2-pp0', 2025, ANY_DAY)).toMatchObject({
      annual: 43_466,
      derived: true,
      working:
        'FY2 starting pay: £41,073 on the published 2024/25 scale, plus 4% and £750 for 2025/26 is £43,466 to the nearest pound.',
    });
    expect(rateFor('wales', 'wales-fy1-pp0', 2026, day('2026-08-04'))).toMatchObject({
      annual: 35_390,
      label: 'at 2025/26 rates',
    });
    const newContract = rateFor('wales', 'wales-fy2-pp0', 2026, day('2026-08-05'));
    expect(newContract.known).toBe(false);
    if (!newContract.known)
      expect(newContract.explanation).toMatch(
        /new contract.*£40,000 to £78,000.*not been published/,
      );
    expect(rateFor('wales', null, 2025, ANY_DAY).known).toBe(false);
  });

  it('Northern Ireland: no resident doctor figure in any year', () => {
    for (const year of [2023, 2024, 2025, 2030]) {
      const rate = rateFor('northern-ireland', 'np1', year, day(`${year}-06-01`));
      expect(rate.known).toBe(false);
      if (!rate.known)
        expect(rate.explanation).toMatch(/resident doctor pay scale is not in Pathway’s sources/);
      expect(rateFor('northern-ireland', null, year, ANY_DAY).known).toBe(false);
    }
  });

  it('no nation but England ever returns an England figure', () => {
    const englandFigures = new Set<number>();
    for (const rule of [
      englandResidentPay2023,
      englandResidentPay2024,
      englandResidentPay2025,
      englandResidentPay2026,
    ])
      for (const annual of Object.values(rule.value.annual)) englandFigures.add(annual);
    for (const rule of [
      englandConsultantPay2024,
      englandConsultantPay2025,
      englandConsultantPay2026,
    ])
      for (const annual of Object.values(rule.value.annual)) englandFigures.add(annual);
    const points = [
      ...NODAL_POINTS,
      'consultant-1',
      'consultant-point-1',
      'consultant-point-5',
      'scotland-fy1-pp0',
      'scotland-fy2-pp1',
      'wales-fy1-pp0',
    ] as const;
    let known = 0;
    for (const nation of NATIONS.filter((name) => name !== 'england')) {
      for (const point of points) {
        for (let year = 2020; year <= 2035; year += 1) {
          const rate = rateFor(nation, point, year, day(`${year}-12-01`));
          if (rate.known) {
            known += 1;
            expect(englandFigures.has(rate.annual)).toBe(false);
          }
        }
      }
    }
    expect(known).toBeGreaterThan(30);
  });
});
