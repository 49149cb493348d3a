import { describe, expect, it } from 'vitest';
import { findRule } from '../rules';
import { buildTimeline } from '../timeline/build-timeline';
import { buildPay, payForTimeline, roundHalfUp } from './pay-for-timeline';
import type { PaySummary, PayYear } from './types';

const TODAY = '2026-11-25';
const ST5 = { dateOfBirth: '1994-03-15', now: { stage: 'st', year: 5 } } as const;

function payFor(plan: unknown, today = TODAY): PaySummary {
  const result = buildPay(plan, today);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

function year(pay: PaySummary, label: string): PayYear {
  const found = pay.years.find((candidate) => candidate.financialYear === label);
  if (!found) throw new Error(`no ${label}`);
  return found;
}

describe('roundHalfUp', () => {
  it.each([
    [5, 2, 3],
    [7, 2, 4],
    [4, 3, 1],
    [5, 3, 2],
    [0, 7, 0],
    [1_098, 366, 3],
  ])('%i ÷ %i is %i', (numerator, denominator, expected) => {
    expect(roundHalfUp(numerator, denominator)).toBe(expected);
  });
});

describe('buildPay', () => {
  it('returns the timeline’s field errors for an invalid plan, and never throws', () => {
    expect(buildPay({ dateOfBirth: 'tomorrow', now: { stage: 'f1' } }, TODAY)).toMatchObject({
      ok: false,
      errors: [{ field: 'dateOfBirth' }],
    });
    expect(buildPay(null, TODAY).ok).toBe(false);
    expect(buildPay(ST5, 'not a date')).toMatchObject({ ok: false, errors: [{ field: 'today' }] });
  });

  it('gives the same result as payForTimeline on the built timeline', () => {
    const timeline = buildTimeline(ST5, TODAY);
    if (!timeline.ok) throw new Error('plan rejected');
    expect(buildPay(ST5, TODAY)).toEqual(payForTimeline(timeline.timeline));
  });

  it('for someone already a consultant: no years, and says why', () => {
    const pay = payFor({ dateOfBirth: '1980-01-01', now: { stage: 'consultant' } });
    expect(pay.years).toEqual([]);
    expect(pay.months).toEqual([]);
    expect(pay.notes.map((note) => note.id)).toContain('consultant-appointment-unknown');
  });
});

describe('a year’s working', () => {
  const pay = payFor(ST5);

  it('splits a year at the rotation date and pro-rates each grade by days', () => {
    const mixed = year(pay, '2027/28');
    expect(mixed.days).toBe(366);
    expect(
      mixed.parts.map((part) => [
        part.start,
        part.end,
        part.days,
        part.grade,
        part.payPoint,
        part.annualRate,
      ]),
    ).toEqual([
      // At the estimated 2026/27 rates: 2025/26 plus 3.5% (65,048 → 67,325; 73,992 → 76,582).
      ['2027-04-01', '2027-08-03', 125, 'st5', 'np4', 67_325],
      ['2027-08-04', '2028-03-31', 241, 'st6', 'np5', 76_582],
    ]);
    // (67,325 × 125 + 76,582 × 241) ÷ 366 = 73,420.46
    expect(mixed.amount).toBe(73_420);
    expect(mixed.parts.map((part) => part.amount)).toEqual([22_993.51, 50_426.95]);
  });

  it('labels the published year with its scale, 2026/27 as an estimate and later years “at estimated 2026/27 rates”', () => {
    expect(year(pay, '2025/26')).toMatchObject({ label: '2025/26 pay scale', estimated: false });
    expect(year(pay, '2026/27')).toMatchObject({
      label: 'estimate: 2025/26 scale plus the 2026/27 award',
      estimated: true,
      derived: true,
      scaleYear: '2026/27',
    });
    expect(year(pay, '2027/28')).toMatchObject({
      label: 'at estimated 2026/27 rates',
      estimated: true,
    });
    expect(pay.latestScaleYear).toBe('2026/27');
    const future = pay.notes.find((note) => note.id === 'future-pay-awards-unknown');
    expect(future?.message).toMatch(/2026\/27 award of 3\.5% has been accepted/);
    expect(future?.message).toMatch(/adds no inflation or guessed pay rises/);
  });

  it('shows the working of an estimate in the part’s explanation, and none for a published figure', () => {
    expect(year(pay, '2025/26').parts.at(-1)?.explanation).toBeNull();
    expect(year(pay, '2026/27').parts[0]).toMatchObject({
      annualRate: 67_325,
      ratesLabel: 'at estimated 2026/27 rates',
      explanation:
        'Nodal point 4: £65,048 on the published 2025/26 scale, plus 3.5% for 2026/27 is £67,325 to the nearest pound.',
    });
  });

  it('says the 2026 resident deal’s nodal reform is not modelled, for resident doctors’ years from 2026/27', () => {
    const note = pay.notes.find((candidate) => candidate.id === 'england-resident-deal-2026');
    expect(note?.message).toMatch(/average pay rise of 6\.6% by April 2027/);
    expect(note?.message).toMatch(/does not model the reform/);
    for (const id of note?.ruleIds ?? []) expect(findRule(id), id).toBeDefined();
    // Not for a plan whose resident doctor days all fall before 2026/27.
    // ST7 in November 2024: CCT on 3 August 2025, so no resident doctor day from 2026/27.
    const earlier = payFor(
      { dateOfBirth: '1991-05-20', now: { stage: 'st', year: 7 } },
      '2024-11-01',
    );
    expect(earlier.notes.map((candidate) => candidate.id)).not.toContain(
      'england-resident-deal-2026',
    );
  });

  it('has no figure for the first year: an ST5 doctor was already paid before the plan’s ST4 start', () => {
    const first = year(pay, '2025/26');
    expect(first.countedFrom).toBe('2025-08-06');
    expect(first.parts[0]).toMatchObject({
      start: '2025-04-01',
      end: '2025-08-05',
      kind: 'unknown',
      unknownReason: 'before-plan',
      amount: null,
    });
    // April to July 2025 (IMT3 or whatever came before ST4) are unknown, not £0: 65,048 × 238 ÷ 365.
    expect(first).toMatchObject({
      status: 'partly-known',
      amount: null,
      knownAmount: 42_415,
      unknownDays: 127,
    });
    expect(pay.months[0]).toMatchObject({ month: '2025-04', status: 'unknown', amount: null });
    expect(pay.notes.find((note) => note.id === 'before-plan')?.message).toMatch(
      /starts at ST4 on 6 August 2025.*does not know that pay, so 2025\/26 has no figure/,
    );
  });

  it('marks worked-out figures as derived, with low confidence, and cites the rules', () => {
    const withDerived = year(pay, '2032/33');
    expect(withDerived.derived).toBe(true);
    expect(withDerived.parts.find((part) => part.grade === 'consultant-2a')).toMatchObject({
      derived: true,
      confidence: 'low',
    });
    // 2025/26 is on the published scale (the ST4 days); every figure from 2026/27 is worked out.
    expect(year(pay, '2025/26').derived).toBe(false);
    expect(year(pay, '2030/31').derived).toBe(true);
    expect(pay.notes.map((note) => note.id)).toEqual(
      expect.arrayContaining(['consultant-thresholds', 'derived-figures', 'basic-pay-only']),
    );
    for (const id of pay.ruleIds) expect(findRule(id), id).toBeDefined();
  });

  it('runs to the first full year at the top threshold', () => {
    // Threshold 4 at the estimated 2026/27 rate: 145,478 × 1.035 = 150,569.73 → 150,570.
    expect(pay.years.at(-1)).toMatchObject({ financialYear: '2044/45', amount: 150_570 });
  });

  it('parts cover each year exactly, in order', () => {
    for (const payYear of pay.years) {
      expect(payYear.parts[0]?.start).toBe(payYear.start);
      expect(payYear.parts.at(-1)?.end).toBe(payYear.end);
      expect(payYear.parts.reduce((sum, part) => sum + part.days, 0)).toBe(payYear.days);
    }
  });
});

describe('months', () => {
  it('has twelve per financial year, April to March, adding up to the year within rounding', () => {
    const pay = payFor(ST5);
    expect(pay.months).toHaveLength(pay.years.length * 12);
    expect(pay.months[0]?.month).toBe('2025-04');
    expect(pay.months[11]?.month).toBe('2026-03');
    for (const payYear of pay.years) {
      const months = pay.months.filter((month) => month.financialYear === payYear.financialYear);
      const total = months.reduce((sum, month) => sum + month.knownAmount, 0);
      expect(Math.abs(total - payYear.knownAmount)).toBeLessThanOrEqual(6);
    }
  });

  it('splits a month at a grade change by days', () => {
    const pay = payFor(ST5);
    const august = pay.months.find((month) => month.month === '2027-08');
    // 3 days at £67,325 and 28 at £76,582, each ÷ 366 days in 2027/28.
    expect(august?.amount).toBe(Math.round((67_325 * 3 + 76_582 * 28) / 366));
  });

  it('marks months with unknown days', () => {
    const pay = payFor({
      ...ST5,
      changes: [{ kind: 'parental-leave', start: '2027-06-15', end: '2027-07-31' }],
    });
    const byMonth = new Map(pay.months.map((month) => [month.month, month]));
    expect(byMonth.get('2027-05')?.status).toBe('known');
    expect(byMonth.get('2027-06')).toMatchObject({ status: 'partly-known', amount: null });
    expect(byMonth.get('2027-07')).toMatchObject({
      status: 'unknown',
      amount: null,
      knownAmount: 0,
    });
  });
});

describe('part-time pay', () => {
  it('is salary × WTE plus £1,000 a year pro rata while part time', () => {
    const pay = payFor({
      ...ST5,
      changes: [{ kind: 'ltft', start: '2026-04-01', end: '2026-07-31', wte: 0.5 }],
    });
    // Whole of 2026/27 is NP4 (estimated 2026/27 rate £67,325): 122 days at 0.5 (+ the allowance,
    // still £1,000) and 243 full time.
    const payYear = year(pay, '2026/27');
    expect(payYear.amount).toBe(
      roundHalfUp(67_325 * 500 * 122 + 1_000 * 1_000 * 122 + 67_325 * 1_000 * 243, 365_000),
    );
    expect(payYear.ltftAllowance).toBe(334);
    expect(payYear.parts[0]).toMatchObject({ change: 'ltft', ltftFactor: 0.5, allowance: 1_000 });
    expect(pay.notes.map((note) => note.id)).toContain('part-time-pay');
  });

  it('pays the allowance even when it outweighs the cut: 99% pays more than full time', () => {
    const fullTime = year(payFor(ST5), '2027/28').amount ?? 0;
    const ninetyNine = payFor({
      ...ST5,
      changes: [{ kind: 'ltft', start: '2027-04-01', end: '2028-03-31', wte: 0.99 }],
    });
    // 1% of £67,325 is £673, less than the £1,000 allowance (the later ST6 start lowers it a little).
    expect(year(ninetyNine, '2027/28').amount ?? 0).toBeGreaterThan(fullTime);
  });

  it('treats an LTFT period at WTE 1 as full time, with no allowance', () => {
    const pay = payFor({
      ...ST5,
      changes: [{ kind: 'ltft', start: '2027-04-01', end: '2028-03-31', wte: 1 }],
    });
    expect(year(pay, '2027/28')).toMatchObject({ amount: 73_420, ltftAllowance: 0 });
  });

  it('has no figure for part-time pay outside England’s 2016 contract', () => {
    const pay = payFor(
      {
        dateOfBirth: '2001-05-05',
        nation: 'scotland',
        now: { stage: 'f1' },
        changes: [{ kind: 'ltft', start: '2024-12-01', end: '2025-03-31', wte: 0.6 }],
      },
      '2024-11-01',
    );
    const part = year(pay, '2024/25').parts.find((candidate) => candidate.change === 'ltft');
    expect(part).toMatchObject({ kind: 'unknown', unknownReason: 'part-time-rules-not-known' });
  });
});

describe('time out and leave', () => {
  it.each([
    ['oopc', 'unpaid', null],
    ['oope', 'unpaid', null],
    ['unpaid-leave', 'unpaid', null],
    ['parental-leave', 'unknown', 'parental-leave'],
    ['oopp', 'unknown', 'out-of-programme-paid-elsewhere'],
    ['oopt', 'unknown', 'out-of-programme-paid-elsewhere'],
  ] as const)('%s is %s', (kind, partKind, reason) => {
    const pay = payFor({ ...ST5, changes: [{ kind, start: '2027-09-01', end: '2027-12-31' }] });
    const part = year(pay, '2027/28').parts.find((candidate) => candidate.change === kind);
    expect(part).toMatchObject({ kind: partKind, unknownReason: reason, days: 122 });
    expect(part?.amount).toBe(partKind === 'unpaid' ? 0 : null);
  });

  it('counts leave from the first day of training, when F1 itself starts after it', () => {
    const pay = payFor({
      dateOfBirth: '2002-04-04',
      now: { stage: 'f1' },
      changes: [{ kind: 'parental-leave', start: '2026-08-05', end: '2026-12-31' }],
    });
    const first = year(pay, '2026/27');
    expect(first.countedFrom).toBe('2026-08-05');
    expect(first.parts.map((part) => [part.start, part.kind, part.grade])).toEqual([
      ['2026-04-01', 'before-plan', null],
      ['2026-08-05', 'unknown', null],
      ['2027-01-01', 'salary', 'f1'],
    ]);
    // F1 from 1 January 2027: 90 days at £40,190 (the estimated 2026/27 rate) ÷ 365.
    expect(first.knownAmount).toBe(Math.round((40_190 * 90) / 365));
  });

  it('pays sickness as normal', () => {
    const pay = payFor({
      ...ST5,
      changes: [{ kind: 'sickness', start: '2027-01-04', end: '2027-01-21' }],
    });
    expect(year(pay, '2026/27').amount).toBe(67_325);
    expect(pay.notes.map((note) => note.id)).toContain('sickness-normal-pay');
  });
});

describe('days before the plan', () => {
  it.each([
    [
      'IMT1',
      { dateOfBirth: '2000-01-01', now: { stage: 'imt', year: 1 } },
      '2026/27',
      'IMT year 1',
    ],
    [
      'ACCS-IM year 2',
      { dateOfBirth: '1999-01-10', now: { stage: 'accs', year: 2 } },
      '2025/26',
      'ACCS-IM year 1',
    ],
    ['ST7', { dateOfBirth: '1992-05-20', now: { stage: 'st', year: 7 } }, '2023/24', 'ST4'],
  ] as const)('%s: already a doctor, so no figure (not £0)', (_name, plan, label, startsAt) => {
    const pay = payFor(plan);
    const first = year(pay, label);
    expect(pay.years[0]).toBe(first);
    expect(first.parts[0]).toMatchObject({ kind: 'unknown', unknownReason: 'before-plan' });
    expect(first.parts[0]?.explanation).toContain(`when your plan starts at ${startsAt}`);
    expect(first).toMatchObject({ status: 'partly-known', amount: null });
    expect(first.knownAmount).toBeGreaterThan(0);
  });

  it.each([
    // 40,190 × 239 ÷ 365, 38,831 × 238 ÷ 365 and 40,190 × 241 ÷ 366.
    ['F1', { dateOfBirth: '2002-04-04', now: { stage: 'f1' } }, '2026/27', 26_316],
    ['F2', { dateOfBirth: '2000-06-01', now: { stage: 'f2' } }, '2025/26', 25_320],
    [
      'a final-year student',
      { dateOfBirth: '2003-07-01', now: { stage: 'medical-school', year: 5 } },
      '2027/28',
      26_464,
    ],
  ] as const)(
    '%s: the days before F1 are not counted, so F1’s first year has a figure',
    (_name, plan, label, amount) => {
      const pay = payFor(plan);
      const f1Year = year(pay, label);
      expect(f1Year).toMatchObject({ status: 'known', amount });
      for (const payYear of pay.years)
        for (const part of payYear.parts) expect(part.unknownReason).not.toBe('before-plan');
    },
  );

  it('tells an F1 doctor the first year counts from F1 only', () => {
    const pay = payFor({ dateOfBirth: '2002-04-04', now: { stage: 'f1' } });
    expect(year(pay, '2026/27').parts[0]).toMatchObject({ kind: 'before-plan', amount: 0 });
    expect(pay.notes.find((note) => note.id === 'before-plan')?.message).toBe(
      'Your plan starts on 5 August 2026, so 2026/27 counts pay from that day only.',
    );
  });
});

describe('before F1', () => {
  it('shows no salary at school or medical school, and says student finance is out of scope', () => {
    const pay = payFor({ dateOfBirth: '2011-03-14', now: { stage: 'school', yearGroup: 11 } });
    expect(year(pay, '2027/28')).toMatchObject({
      status: 'no-salary',
      amount: null,
      knownAmount: 0,
    });
    expect(year(pay, '2031/32').parts[0]).toMatchObject({
      kind: 'no-salary',
      stage: 'medical-school',
    });
    expect(pay.notes.map((note) => note.id)).toContain('student-finance-out-of-scope');
    expect(pay.notes.map((note) => note.id)).not.toContain('before-plan');
  });
});

describe('other nations', () => {
  it('Wales: training years have no figure and say why; consultant years use Wales’s own points; never England’s', () => {
    const pay = payFor({ ...ST5, nation: 'wales' });
    expect(year(pay, '2026/27')).toMatchObject({ status: 'unknown', amount: null, knownAmount: 0 });
    expect(year(pay, '2026/27').parts.at(-1)?.explanation).toMatch(
      /new contract .* £40,000 to £78,000\. Its pay points have not been published/,
    );
    // Appointed 6 August 2029: point 1 at the estimated 2025/26 rate, £110,240, all of 2030/31
    // until point 2 (£115,752) from 6 August 2030.
    expect(year(pay, '2030/31')).toMatchObject({
      amount: Math.floor((2 * (110_240 * 127 + 115_752 * 238) + 365) / 730),
      label: 'at estimated 2025/26 rates',
    });
    const note = pay.notes.find((candidate) => candidate.id === 'nation-pay');
    expect(note?.message).toMatch(/never England’s/);
    expect(note?.message).toMatch(/83% of those voting, on a 41% turnout/);
    expect(
      pay.notes.find((candidate) => candidate.id === 'consultant-thresholds')?.message,
    ).toMatch(/consultant in Wales .* after 1, 2, 3, 4, 9, 16 and 23 years/);
    expect(pay.notes.map((candidate) => candidate.id)).not.toContain('england-resident-deal-2026');
    for (const id of pay.ruleIds) expect(findRule(id), id).toBeDefined();
  });

  it('Scotland: F1 and F2 each move up a pay point on the 1 December inside them, splitting the year there', () => {
    const pay = payFor({ dateOfBirth: '2000-06-01', nation: 'scotland', now: { stage: 'f2' } });
    const foundation = pay.years
      .flatMap((payYear) => payYear.parts)
      .filter((part) => part.grade === 'f1' || part.grade === 'f2');
    expect(
      foundation.map((part) => [part.start, part.end, part.payPoint, part.annualRate]),
    ).toEqual([
      // F1 from 6 August 2025 on pay point 0, up to point 1 on 1 December 2025 (2025/26 estimates).
      ['2025-08-06', '2025-11-30', 'scotland-fy1-pp0', 35_966],
      ['2025-12-01', '2026-03-31', 'scotland-fy1-pp1', 38_213],
      // 2026/27 estimates; F2 starts again on point 0 and moves on 1 December 2026.
      ['2026-04-01', '2026-08-04', 'scotland-fy1-pp1', 39_646],
      ['2026-08-05', '2026-11-30', 'scotland-fy2-pp0', 46_284],
      ['2026-12-01', '2027-03-31', 'scotland-fy2-pp1', 49_311],
      // No move is known after December 2026: later years at the estimated 2026/27 rates.
      ['2027-04-01', '2027-08-03', 'scotland-fy2-pp1', 49_311],
    ]);
    expect(pay.notes.find((note) => note.id === 'nation-pay')?.message).toMatch(
      /4\.25% for 2025\/26 and 3\.75% for 2026\/27\), with the deal’s move up one pay point on 1 December 2025 and 1 December 2026/,
    );
  });

  it('Northern Ireland: no resident figure, and no chained estimate of one', () => {
    const pay = payFor({
      dateOfBirth: '2002-04-04',
      nation: 'northern-ireland',
      now: { stage: 'f1' },
    });
    for (const payYear of pay.years.filter((candidate) => candidate.end < '2034-08-01'))
      expect(payYear.knownAmount).toBe(0);
    expect(pay.notes.find((note) => note.id === 'nation-pay')?.message).toMatch(
      /resident doctor scale is not in Pathway’s sources/,
    );
  });
});
