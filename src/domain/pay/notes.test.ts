/**
 * The pay notes as a table (docs/pay-rules.md, "Notes"): each explanation applies exactly when its
 * condition, written out again here, holds; the facts come from the years' parts; and the figures in
 * the words are the rules' values.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { IsoDate } from '../dates';
import type { Nation } from '../plan/types';
import { findRule } from '../rules';
import '../rules/pay-topic';
import {
  consultantThresholds,
  englandConsultantPay2024,
  englandResidentPay2023,
  ltftAllowance,
  ltftBasicPayProRata,
  northernIrelandConsultantPay2023,
  payAward2026,
  scotlandConsultantPay2025,
  scotlandPayDeal2025,
  walesConsultantPay2025,
} from '../rules/pay';
import { PAY_EXPLANATIONS, type PayFacts, buildNotes, payFacts } from './notes';
import type { PayNoteId, PayPart, PayYear } from './types';

const NATIONS: readonly Nation[] = ['england', 'scotland', 'wales', 'northern-ireland'];

const NO_FACTS: PayFacts = {
  nation: 'england',
  appointmentKnown: true,
  beforePlan: null,
  sickness: false,
  medicalSchool: false,
  notInTraining: false,
  partTime: false,
  unpaid: false,
  parental: false,
  elsewhere: false,
  consultant: false,
  derived: false,
  scaleNotKnown: false,
  englandResident2026: false,
};

/** One row per explanation, in the page's order: its id and when it applies. */
const CONDITIONS: readonly (readonly [PayNoteId, (facts: PayFacts) => boolean])[] = [
  ['basic-pay-only', () => true],
  ['future-pay-awards-unknown', () => true],
  ['consultant-appointment-unknown', (facts) => !facts.appointmentKnown],
  ['nation-pay', (facts) => facts.nation !== 'england'],
  ['england-resident-deal-2026', (facts) => facts.englandResident2026],
  ['student-finance-out-of-scope', (facts) => facts.medicalSchool],
  ['not-in-training', (facts) => facts.notInTraining],
  ['part-time-pay', (facts) => facts.partTime],
  ['unpaid-time-out', (facts) => facts.unpaid],
  ['parental-leave-pay-unknown', (facts) => facts.parental],
  ['out-of-programme-pay-unknown', (facts) => facts.elsewhere],
  ['sickness-normal-pay', (facts) => facts.sickness],
  ['consultant-thresholds', (facts) => facts.consultant],
  ['derived-figures', (facts) => facts.derived],
  ['scale-not-known', (facts) => facts.scaleNotKnown && facts.nation === 'england'],
  ['before-plan', (facts) => facts.beforePlan !== null],
];

const anyFacts: fc.Arbitrary<PayFacts> = fc.record({
  nation: fc.constantFrom(...NATIONS),
  appointmentKnown: fc.boolean(),
  beforePlan: fc.option(
    fc.record({
      from: fc.constantFrom('2026-08-05' as IsoDate, '2031-02-01' as IsoDate),
      year: fc.constantFrom('2026/27', '2030/31'),
      startsAt: fc.option(fc.constantFrom('ST5', 'IMT year 2')),
    }),
  ),
  sickness: fc.boolean(),
  medicalSchool: fc.boolean(),
  notInTraining: fc.boolean(),
  partTime: fc.boolean(),
  unpaid: fc.boolean(),
  parental: fc.boolean(),
  elsewhere: fc.boolean(),
  consultant: fc.boolean(),
  derived: fc.boolean(),
  scaleNotKnown: fc.boolean(),
  englandResident2026: fc.boolean(),
});

describe('the pay notes table', () => {
  it('has one explanation per note id, in the order the page shows them', () => {
    expect(PAY_EXPLANATIONS.map((explanation) => explanation.id)).toEqual(
      CONDITIONS.map(([id]) => id),
    );
  });

  describe.each(CONDITIONS.map(([id, condition], index) => [id, condition, index] as const))(
    '%s',
    (id, condition, index) => {
      const explanation = PAY_EXPLANATIONS[index];

      test.prop([anyFacts], { numRuns: 200, seed: 16 })(
        'applies exactly when its condition holds',
        (facts) => {
          expect(explanation?.applies(facts)).toBe(condition(facts));
        },
      );

      it('has words and cites known rules wherever it applies', () => {
        for (const nation of NATIONS) {
          const facts: PayFacts = {
            ...NO_FACTS,
            nation,
            appointmentKnown: false,
            beforePlan: { from: '2026-08-05' as IsoDate, year: '2026/27', startsAt: null },
            sickness: true,
            medicalSchool: true,
            notInTraining: true,
            partTime: true,
            unpaid: true,
            parental: true,
            elsewhere: true,
            consultant: true,
            derived: true,
            scaleNotKnown: true,
            englandResident2026: true,
          };
          if (!condition(facts)) continue;
          const note = buildNotes(facts).find((candidate) => candidate.id === id);
          expect(note?.message.trim().length, nation).toBeGreaterThan(0);
          for (const ruleId of note?.ruleIds ?? []) expect(findRule(ruleId), ruleId).toBeDefined();
        }
      });
    },
  );

  test.prop([anyFacts], { numRuns: 300, seed: 16 })(
    'gives the notes whose conditions hold, in the table’s order',
    (facts) => {
      expect(buildNotes(facts).map((note) => note.id)).toEqual(
        CONDITIONS.filter(([, condition]) => condition(facts)).map(([id]) => id),
      );
    },
  );
});

describe('the figures in the notes are the rules’ values', () => {
  const all: PayFacts = {
    ...NO_FACTS,
    partTime: true,
    consultant: true,
    scaleNotKnown: true,
    englandResident2026: true,
  };
  const message = (id: PayNoteId, facts: PayFacts = all) =>
    buildNotes(facts).find((note) => note.id === id)?.message ?? '';

  it('names the hours, the allowance, the thresholds’ years and the first scales', () => {
    const hours = ltftBasicPayProRata.value.fullTimeHoursPerWeek;
    expect(message('basic-pay-only')).toContain(`for a ${hours}-hour week`);
    expect(message('part-time-pay')).toContain(
      `÷ ${hours} × your average weekly hours (${hours} × your WTE)`,
    );
    expect(message('part-time-pay')).toContain(
      `£${ltftAllowance.value.annual.toLocaleString('en-GB')}`,
    );
    const { afterYears } = consultantThresholds.value;
    expect(message('consultant-thresholds')).toContain(
      `after ${afterYears['2a']}, ${afterYears['2b']}, ${afterYears['3']} and ${afterYears['4']} years`,
    );
    expect(message('scale-not-known')).toContain(
      `(${englandResidentPay2023.value.scaleYear} for doctors in training, ${englandConsultantPay2024.value.scaleYear} for consultants)`,
    );
    expect(message('england-resident-deal-2026')).toContain(
      `its figures from ${payAward2026.value.scaleYear} include the ${payAward2026.value.award.percent}% award only`,
    );
  });

  it('names each nation’s awards and scale years', () => {
    const scotland = { ...all, nation: 'scotland' as const };
    const [first, second] = Object.entries(scotlandPayDeal2025.value.awards);
    expect(message('nation-pay', scotland)).toContain(
      `(${first?.[1].percent}% for ${first?.[0]} and ${second?.[1].percent}% for ${second?.[0]})`,
    );
    expect(message('future-pay-awards-unknown', scotland)).toContain(
      `no award for consultants after ${scotlandConsultantPay2025.value.scaleYear} or for resident doctors after ${second?.[0]}`,
    );
    expect(message('future-pay-awards-unknown', { ...all, nation: 'wales' })).toContain(
      `after ${walesConsultantPay2025.value.scaleYear} was found`,
    );
    expect(message('nation-pay', { ...all, nation: 'northern-ireland' })).toContain(
      `the ${Object.keys(northernIrelandConsultantPay2023.value.annual).length}-point scale from 1 March 2024`,
    );
  });
});

/** A part of a pay year, full time at a known rate unless `overrides` say otherwise. */
function part(overrides: Partial<PayPart>): PayPart {
  return {
    start: '2030-04-01' as IsoDate,
    end: '2031-03-31' as IsoDate,
    days: 365,
    kind: 'salary',
    grade: 'st5',
    stage: null,
    payPoint: 'np4',
    annualRate: 65_048,
    scaleYear: '2025/26',
    estimated: false,
    derived: false,
    ratesLabel: 'at 2025/26 rates',
    confidence: 'medium',
    change: null,
    ltftFactor: 1,
    allowance: 0,
    amount: 65_048,
    unknownReason: null,
    explanation: null,
    ruleIds: [],
    ...overrides,
  };
}

function yearOf(parts: readonly PayPart[]): PayYear {
  return {
    financialYear: '2030/31',
    start: '2030-04-01' as IsoDate,
    end: '2031-03-31' as IsoDate,
    days: 365,
    status: 'known',
    amount: 0,
    knownAmount: 0,
    unknownDays: 0,
    ltftAllowance: 0,
    scaleYear: null,
    estimated: false,
    derived: false,
    label: null,
    countedFrom: null,
    parts,
    ruleIds: [],
  };
}

const unknown = (unknownReason: PayPart['unknownReason']) =>
  part({ kind: 'unknown', annualRate: null, scaleYear: null, amount: null, unknownReason });

describe('payFacts', () => {
  const ENGLAND = { nation: 'england' as const, changes: [] };

  it('finds nothing in a plan with no years and no periods', () => {
    expect(payFacts(ENGLAND, [], null, true)).toEqual(NO_FACTS);
  });

  it.each<readonly [keyof PayFacts, PayPart, PayPart]>([
    [
      'medicalSchool',
      part({ kind: 'no-salary', grade: null, stage: 'medical-school', annualRate: null }),
      part({ kind: 'no-salary', grade: null, stage: 'school', annualRate: null }),
    ],
    ['notInTraining', unknown('not-in-training'), unknown('parental-leave')],
    ['partTime', part({ ltftFactor: 0.6, allowance: ltftAllowance.value.annual }), part({})],
    ['unpaid', part({ kind: 'unpaid', annualRate: null, amount: 0 }), part({})],
    ['parental', unknown('parental-leave'), unknown('not-in-training')],
    ['elsewhere', unknown('out-of-programme-paid-elsewhere'), unknown('parental-leave')],
    [
      'consultant',
      part({ grade: 'consultant-1', payPoint: 'consultant-1' }),
      unknown('scale-not-known'),
    ],
    ['derived', part({ derived: true }), part({})],
    ['scaleNotKnown', unknown('scale-not-known'), unknown('not-in-training')],
    [
      'englandResident2026',
      part({ scaleYear: payAward2026.value.scaleYear }),
      part({ grade: 'consultant-1', scaleYear: payAward2026.value.scaleYear }),
    ],
  ])('%s: set by a part that shows it, not by one that does not', (fact, shows, doesNot) => {
    expect(payFacts(ENGLAND, [yearOf([part({}), shows])], null, true)[fact]).toBe(true);
    expect(payFacts(ENGLAND, [yearOf([part({}), doesNot])], null, true)[fact]).toBe(false);
  });

  it('sets englandResident2026 for England only', () => {
    const years = [yearOf([part({ scaleYear: payAward2026.value.scaleYear })])];
    expect(payFacts({ nation: 'wales', changes: [] }, years, null, true).englandResident2026).toBe(
      false,
    );
  });

  it('finds sickness among the plan’s periods, and passes the plan’s other facts through', () => {
    const beforePlan = { from: '2030-08-07' as IsoDate, year: '2030/31', startsAt: null };
    const facts = payFacts(
      { nation: 'scotland', changes: [{ kind: 'ltft' }, { kind: 'sickness' }] },
      [],
      beforePlan,
      false,
    );
    expect(facts).toMatchObject({
      nation: 'scotland',
      sickness: true,
      beforePlan,
      appointmentKnown: false,
    });
    expect(
      payFacts({ nation: 'england', changes: [{ kind: 'oopc' }] }, [], null, true).sickness,
    ).toBe(false);
  });
});
