/**
 * The pay page's notes: what the figures include, where they come from in each nation, and why some
 * days have no figure (docs/pay-rules.md, "Notes"). The notes are a table of explanations, each with
 * when it applies and its words, read from `PayFacts`: what the plan and its year-by-year pay show,
 * worked out once from the result. Every figure in the words is read from the rules, so a changed
 * figure changes the note.
 */
import { type IsoDate, formatLongDate, formatMonthYear } from '../dates';
import type { Nation } from '../plan/types';
import {
  type PayAward,
  type PayScale,
  consultantThresholds,
  englandConsultantPay2024,
  englandResidentDeal2026,
  englandResidentPay2023,
  englandResidentPay2025,
  enhancementsNotIncluded,
  latestPayScale,
  ltftAllowance,
  ltftBasicPayProRata,
  northernIrelandConsultantPay2023,
  northernIrelandConsultantPay2024,
  northernIrelandConsultantPay2025,
  northernIrelandPay,
  notInTrainingPay,
  payAward2026,
  scotlandConsultantPay2024,
  scotlandConsultantPay2025,
  scotlandPayDeal2025,
  scotlandResidentPay2024,
  walesConsultantPay2023,
  walesConsultantPay2024,
  walesConsultantPay2025,
  walesResidentPay,
  walesResidentPay2024,
  walesResidentPay2025,
} from '../rules/pay';
import type { Timeline } from '../timeline/types';
import { CONSULTANT_STEPS } from './grades';
import type { PayNote, PayNoteId, PayPart, PayYear } from './types';
import type { RuleId } from '../rules/types';
// "£38,831" without Intl, whose first use loads the locale's number data (pounds.ts).
import { poundsText as pounds } from './pounds';

/** The first financial year the plan counts from a day after its 1 April. */
export type BeforePlan = {
  readonly from: IsoDate;
  readonly year: string;
  /** The grade the plan starts at when the person was already a doctor before it. */
  readonly startsAt: string | null;
};

/** What the notes depend on: the plan and what its year-by-year pay shows, worked out once. */
export type PayFacts = {
  readonly nation: Nation;
  /** False for a consultant whose appointment date Pathway does not know. */
  readonly appointmentKnown: boolean;
  readonly beforePlan: BeforePlan | null;
  /** The plan has a period of sickness. */
  readonly sickness: boolean;
  /** Some medical school days (no salary) are in the years. */
  readonly medicalSchool: boolean;
  readonly notInTraining: boolean;
  /** Some days are paid part time, with the less than full time allowance. */
  readonly partTime: boolean;
  readonly unpaid: boolean;
  readonly parental: boolean;
  /** Some days are out of programme, paid by someone Pathway does not know. */
  readonly elsewhere: boolean;
  /** Some days are paid as a consultant. */
  readonly consultant: boolean;
  /** Some figure was worked out by Pathway rather than published. */
  readonly derived: boolean;
  readonly scaleNotKnown: boolean;
  /** An English resident doctor's day paid at the 2026/27 rates (the 2026 deal is not modelled). */
  readonly englandResident2026: boolean;
};

function hasSickness(changes: readonly unknown[]): boolean {
  return changes.some(
    (change) =>
      typeof change === 'object' &&
      change !== null &&
      'kind' in change &&
      change.kind === 'sickness',
  );
}

/**
 * The facts for the notes, from the plan (its nation and periods) and its pay years: a fold over the
 * years' parts, so nothing is recorded while the years are worked out.
 */
export function payFacts(
  plan: Pick<Timeline['plan'], 'nation' | 'changes'>,
  years: readonly PayYear[],
  beforePlan: BeforePlan | null,
  appointmentKnown: boolean,
): PayFacts {
  const { nation } = plan;
  const parts = years.flatMap((year) => year.parts);
  const some = (test: (part: PayPart) => boolean) => parts.some(test);
  // Only a salary part has a rate; a consultant's grade is `consultant-…`.
  const paidAsConsultant = (part: PayPart) => part.grade?.startsWith('consultant-') === true;
  return {
    nation,
    appointmentKnown,
    beforePlan,
    sickness: hasSickness(plan.changes),
    medicalSchool: some((part) => part.stage === 'medical-school' && part.kind === 'no-salary'),
    notInTraining: some((part) => part.unknownReason === 'not-in-training'),
    partTime: some((part) => part.allowance > 0),
    unpaid: some((part) => part.kind === 'unpaid'),
    parental: some((part) => part.unknownReason === 'parental-leave'),
    elsewhere: some((part) => part.unknownReason === 'out-of-programme-paid-elsewhere'),
    consultant: some((part) => part.kind === 'salary' && paidAsConsultant(part)),
    derived: some((part) => part.kind === 'salary' && part.derived),
    scaleNotKnown: some((part) => part.unknownReason === 'scale-not-known'),
    englandResident2026:
      nation === 'england' &&
      some(
        (part) =>
          part.kind === 'salary' &&
          !paidAsConsultant(part) &&
          part.scaleYear === payAward2026.value.scaleYear,
      ),
  };
}

/** One note: when it applies, its words and the rules it cites, all read from the facts. */
export type PayExplanation = {
  readonly id: PayNoteId;
  readonly applies: (facts: PayFacts) => boolean;
  readonly message: (facts: PayFacts) => string;
  readonly ruleIds: readonly RuleId[] | ((facts: PayFacts) => readonly RuleId[]);
};

const NATION_NAMES: Record<Nation, string> = {
  england: 'England',
  scotland: 'Scotland',
  wales: 'Wales',
  'northern-ireland': 'Northern Ireland',
};

function award(value: PayAward | undefined): string {
  if (value === undefined) return '';
  return value.flat === undefined
    ? `${value.percent}%`
    : `${value.percent}% plus ${pounds(value.flat)}`;
}

/** "3, 4, 8 and 14". */
function listOf(items: readonly (string | number)[]): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** The calendar year a pay year starts in: 2025 for `2025/26`. */
const startYearOf = (scaleYear: string) => Number(scaleYear.slice(0, 4));

/** The first day a scale applies: its `from`, else 1 April of its pay year. */
function firstDayOf(scale: PayScale<string>): IsoDate {
  return scale.from ?? (`${startYearOf(scale.scaleYear)}-04-01` as IsoDate);
}

const hours = ltftBasicPayProRata.value.fullTimeHoursPerWeek;

const scotlandDeal = scotlandPayDeal2025.value;
const scotlandDealAwards = Object.entries(scotlandDeal.awards);
const scotlandDealFirstYear = scotlandDealAwards[0]?.[0] ?? '';
const scotlandDealLastYear = scotlandDealAwards.at(-1)?.[0] ?? '';
/** "2025 to 2027": from the start of the deal's first pay year to the end of its last. */
const scotlandDealSpan = `${startYearOf(scotlandDealFirstYear)} to ${startYearOf(scotlandDealLastYear) + 1}`;
const scotlandMoves = scotlandDeal.pointMoves.map((date) => formatLongDate(date));
const walesContract = walesResidentPay.value.newContract;

/** Where each nation's figures come from, and what has no figure there. */
const NATION_PAY: Record<
  Exclude<Nation, 'england'>,
  { readonly message: string; readonly ruleIds: readonly RuleId[] }
> = {
  scotland: {
    message: `Pathway uses Scotland’s own pay scales, never England’s. For resident doctors it has the scale from ${formatLongDate(firstDayOf(scotlandResidentPay2024.value))} for F1 and F2. Figures from ${formatMonthYear(`${startYearOf(scotlandDealFirstYear)}-04-01` as IsoDate)} are estimates: that scale plus the ${scotlandDealSpan} deal’s rises (${listOf(scotlandDealAwards.map(([year, rise]) => `${award(rise)} for ${year}`))}), with the deal’s move up one pay point on ${listOf(scotlandMoves)}. Which pay point core and specialty training years are on is not known, so those years have no figure. For consultants it has the ${scotlandConsultantPay2024.value.scaleYear} scale; ${scotlandConsultantPay2025.value.scaleYear} is an estimate with the ${award(scotlandConsultantPay2025.value.award)} award.`,
    ruleIds: [scotlandResidentPay2024.id, scotlandPayDeal2025.id, scotlandConsultantPay2024.id],
  },
  wales: {
    message: `Pathway uses Wales’s own pay scales, never England’s. For resident doctors it has F1 and F2 starting pay for ${walesResidentPay2024.value.scaleYear} and ${walesResidentPay2025.value.scaleYear}. Resident doctors in Wales voted to accept a new contract (${walesContract.votedFor}% of those voting, on a ${walesContract.turnout}% turnout) with basic pay from ${pounds(walesContract.basicScale.from)} to ${pounds(walesContract.basicScale.to)}, phased in from ${formatMonthYear(walesContract.from)}. Its pay points have not been published, so resident pay from ${formatLongDate(walesContract.from)} has no figure, and neither do core and specialty training years before then. For consultants it has the scale from ${formatLongDate(firstDayOf(walesConsultantPay2023.value))}, with the ${award(walesConsultantPay2024.value.award)} award for ${walesConsultantPay2024.value.scaleYear} and the ${award(walesConsultantPay2025.value.award)} award for ${walesConsultantPay2025.value.scaleYear} added as estimates.`,
    ruleIds: [
      walesResidentPay2025.id,
      walesResidentPay.id,
      walesConsultantPay2023.id,
      walesConsultantPay2025.id,
    ],
  },
  'northern-ireland': {
    // The resident award's year and dates are prose in the rule (`northernIrelandPay.value.award2025`).
    message: `Pathway uses Northern Ireland’s own pay scales, never England’s. For consultants it has the ${Object.keys(northernIrelandConsultantPay2023.value.annual).length}-point scale from ${formatLongDate(firstDayOf(northernIrelandConsultantPay2023.value))}, with the ${award(northernIrelandConsultantPay2024.value.award)} award for ${northernIrelandConsultantPay2024.value.scaleYear} and the ${award(northernIrelandConsultantPay2025.value.award)} award for ${northernIrelandConsultantPay2025.value.scaleYear} added as estimates. Resident doctors’ 2025/26 award was paid in February 2026, backdated to 1 April 2025, but Northern Ireland’s resident doctor scale is not in Pathway’s sources, so training years have no figure.`,
    ruleIds: [
      northernIrelandConsultantPay2023.id,
      northernIrelandConsultantPay2025.id,
      northernIrelandPay.id,
    ],
  },
};

const noInflation = 'Pathway adds no inflation or guessed pay rises.';

/** What is known of future awards, by nation. */
const FUTURE_AWARDS: Record<
  Nation,
  { readonly message: string; readonly ruleIds: readonly RuleId[] }
> = {
  england: {
    message: `Future pay awards are unknown. The ${payAward2026.value.scaleYear} award of ${award(payAward2026.value.award)} has been accepted, but the official ${payAward2026.value.scaleYear} scales are not in Pathway’s sources, so ${payAward2026.value.scaleYear} figures are estimates (the ${englandResidentPay2025.value.scaleYear} scales plus ${award(payAward2026.value.award)}) and later years are shown at those estimated ${latestPayScale.value.latestScaleYear} rates, labelled so. ${noInflation}`,
    ruleIds: [payAward2026.id, latestPayScale.id],
  },
  scotland: {
    message: `Future pay awards are unknown. Pathway has no award for consultants after ${scotlandConsultantPay2025.value.scaleYear} or for resident doctors after ${scotlandDealLastYear}, so later years are shown at the latest estimated rates, labelled so. ${noInflation}`,
    ruleIds: [scotlandConsultantPay2025.id, scotlandPayDeal2025.id],
  },
  wales: {
    message: `Future pay awards are unknown. No award for doctors in Wales after ${walesConsultantPay2025.value.scaleYear} was found, so later years are shown at the latest rates Pathway has, labelled so. ${noInflation}`,
    ruleIds: [walesConsultantPay2025.id],
  },
  'northern-ireland': {
    message: `Future pay awards are unknown. No award for doctors in Northern Ireland after ${northernIrelandConsultantPay2025.value.scaleYear} was found, so later years are shown at the estimated ${northernIrelandConsultantPay2025.value.scaleYear} rates, labelled so. ${noInflation}`,
    ruleIds: [northernIrelandConsultantPay2025.id],
  },
};

/** The rule each nation's consultant steps come from. */
const CONSULTANT_RULE: Record<Nation, RuleId> = {
  england: consultantThresholds.id,
  scotland: scotlandConsultantPay2024.id,
  wales: walesConsultantPay2023.id,
  'northern-ireland': northernIrelandConsultantPay2023.id,
};

function consultantMessage(nation: Nation): string {
  const steps = CONSULTANT_STEPS[nation];
  const later = listOf(steps.slice(1).map((step) => step.afterYears));
  // 'consultant-1' is threshold 1 in England; 'consultant-point-1' is point 1 elsewhere.
  const first = steps[0]?.grade.replace(/^consultant-(point-)?/, '') ?? '';
  const start = nation === 'england' ? `threshold ${first}` : `point ${first}`;
  const how =
    nation === 'scotland'
      ? `move up with seniority, after ${later} years. Discretionary points are not included`
      : nation === 'england'
        ? `move up after ${later} years (2024 structure)`
        : `move up a point after ${later} years`;
  return `As a consultant in ${NATION_NAMES[nation]} you start on ${start} the day after your CCT and ${how}. The figures are for a full-time consultant; the part-time periods in your plan cover training only.`;
}

const always = () => true;

/** The notes, in the order the pay page shows them. */
export const PAY_EXPLANATIONS: readonly PayExplanation[] = [
  {
    id: 'basic-pay-only',
    applies: always,
    message: () =>
      `Figures are gross basic pay, before tax, pension and other deductions, for a ${hours}-hour week. They leave out pay for nights, weekends, on-call and extra hours, which depend on the rota. Flexible pay premia are not paid in palliative medicine.`,
    ruleIds: [enhancementsNotIncluded.id],
  },
  {
    id: 'future-pay-awards-unknown',
    applies: always,
    message: ({ nation }) => FUTURE_AWARDS[nation].message,
    ruleIds: ({ nation }) => FUTURE_AWARDS[nation].ruleIds,
  },
  {
    id: 'consultant-appointment-unknown',
    applies: ({ appointmentKnown }) => !appointmentKnown,
    message: () =>
      'You are already a consultant. Pathway does not know when you were appointed, so it cannot place you on a pay threshold.',
    ruleIds: [consultantThresholds.id],
  },
  {
    id: 'nation-pay',
    applies: ({ nation }) => nation !== 'england',
    message: ({ nation }) => (nation === 'england' ? '' : NATION_PAY[nation].message),
    ruleIds: ({ nation }) => (nation === 'england' ? [] : NATION_PAY[nation].ruleIds),
  },
  {
    id: 'england-resident-deal-2026',
    applies: ({ englandResident2026 }) => englandResident2026,
    message: () => {
      const deal = englandResidentDeal2026.value;
      const rise = award(payAward2026.value.award);
      return `Resident doctors in England accepted a deal in 2026: an average pay rise of ${deal.averageUplift}% by ${deal.fullyImplementedBy}, made up of the ${rise} award and a reform of the nodal points that changes what each point pays. The new points have not been published, so Pathway does not model the reform yet: its figures from ${payAward2026.value.scaleYear} include the ${rise} award only, and may be too low for some grades.`;
    },
    ruleIds: [englandResidentDeal2026.id],
  },
  {
    id: 'student-finance-out-of-scope',
    applies: ({ medicalSchool }) => medicalSchool,
    message: () =>
      'Medical school years show no salary. Student finance (tuition fee and maintenance loans, NHS bursaries) is outside what Pathway covers.',
    ruleIds: [],
  },
  {
    id: 'not-in-training',
    applies: ({ notInTraining }) => notInTraining,
    message: () => notInTrainingPay.note,
    ruleIds: [notInTrainingPay.id],
  },
  {
    id: 'part-time-pay',
    applies: ({ partTime }) => partTime,
    message: () =>
      `While you train less than full time, basic pay is the full-time salary ÷ ${hours} × your average weekly hours (${hours} × your WTE), plus a less than full time allowance of ${pounds(ltftAllowance.value.annual)} a year, paid pro rata to the days part time.`,
    ruleIds: [ltftBasicPayProRata.id, ltftAllowance.id],
  },
  {
    id: 'unpaid-time-out',
    applies: ({ unpaid }) => unpaid,
    message: () =>
      'Career breaks (OOPC), out of programme experience (OOPE) and unpaid leave earn no training salary, so they count £0. A post you take during OOPE is paid by that employer.',
    ruleIds: [],
  },
  {
    id: 'parental-leave-pay-unknown',
    applies: ({ parental }) => parental,
    message: () =>
      'Pay during parental leave depends on your employer’s occupational scheme and statutory pay, which are not in Pathway’s sources, so those days have no figure (not £0).',
    ruleIds: [],
  },
  {
    id: 'out-of-programme-pay-unknown',
    applies: ({ elsewhere }) => elsewhere,
    message: () =>
      'Out of programme training (OOPT), research (OOPR) and pause (OOPP) are paid by the arrangement: the host post, a fellowship or the NHS post you take. Pathway does not know that pay, so those days have no figure.',
    ruleIds: [],
  },
  {
    id: 'sickness-normal-pay',
    applies: ({ sickness }) => sickness,
    message: () =>
      'Sickness is shown at your normal pay: Pathway’s sources do not cover sick pay, and long sickness can reduce it.',
    ruleIds: [],
  },
  {
    id: 'consultant-thresholds',
    applies: ({ consultant }) => consultant,
    message: ({ nation }) => consultantMessage(nation),
    ruleIds: ({ nation }) => [CONSULTANT_RULE[nation]],
  },
  {
    id: 'derived-figures',
    applies: ({ derived }) => derived,
    message: () =>
      'Figures marked as estimates are worked out by Pathway from a published scale and published pay awards, to the nearest pound; the notes for each year show the working. The official figures may differ by a pound or two.',
    ruleIds: [],
  },
  {
    id: 'scale-not-known',
    applies: ({ scaleNotKnown, nation }) => scaleNotKnown && nation === 'england',
    message: () =>
      `Part of your route falls before the pay scales Pathway has (${englandResidentPay2023.value.scaleYear} for doctors in training, ${englandConsultantPay2024.value.scaleYear} for consultants), so it has no figure.`,
    ruleIds: [],
  },
  {
    id: 'before-plan',
    applies: ({ beforePlan }) => beforePlan !== null,
    message: ({ beforePlan }) => {
      if (beforePlan === null) return '';
      const from = formatLongDate(beforePlan.from);
      return beforePlan.startsAt === null
        ? `Your plan starts on ${from}, so ${beforePlan.year} counts pay from that day only.`
        : `Your plan starts at ${beforePlan.startsAt} on ${from}. You were already a doctor before then, but Pathway does not know that pay, so ${beforePlan.year} has no figure; its known part counts from ${from}.`;
    },
    ruleIds: [],
  },
];

/** The notes that apply, in the table's order. */
export function buildNotes(facts: PayFacts): PayNote[] {
  return PAY_EXPLANATIONS.filter((explanation) => explanation.applies(facts)).map(
    (explanation) => ({
      id: explanation.id,
      message: explanation.message(facts),
      ruleIds:
        typeof explanation.ruleIds === 'function'
          ? explanation.ruleIds(facts)
          : explanation.ruleIds,
    }),
  );
}
