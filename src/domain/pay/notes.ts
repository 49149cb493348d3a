/**
 * The pay page's notes: what the figures include, where they come from in each nation, and why some
 * days have no figure (docs/pay-rules.md). Worded from the rules, so a changed figure changes the note.
 */
import { type IsoDate, formatLongDate } from '../dates';
import type { Nation } from '../plan/types';
import {
  type PayAward,
  consultantThresholds,
  englandResidentDeal2026,
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
import type { PayNote } from './types';

/** What the year-by-year working found, for the notes that only apply when it happens. */
export type Flags = {
  medicalSchool: boolean;
  notInTraining: boolean;
  partTime: boolean;
  unpaid: boolean;
  parental: boolean;
  elsewhere: boolean;
  consultant: boolean;
  derived: boolean;
  scaleNotKnown: boolean;
  /** An English resident doctor's day paid at the 2026/27 rates (the 2026 deal is not modelled). */
  englandResident2026: boolean;
};

export function noFlags(): Flags {
  return {
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
}

const NATION_NAMES: Record<Nation, string> = {
  england: 'England',
  scotland: 'Scotland',
  wales: 'Wales',
  'northern-ireland': 'Northern Ireland',
};

const pounds = (amount: number) => `£${amount.toLocaleString('en-GB')}`;

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

const scotlandMoves = scotlandPayDeal2025.value.pointMoves.map((date) => formatLongDate(date));
const walesContract = walesResidentPay.value.newContract;

/** Where each nation's figures come from, and what has no figure there. */
const NATION_NOTES: Record<Exclude<Nation, 'england'>, PayNote> = {
  scotland: {
    id: 'nation-pay',
    message: `Pathway uses Scotland’s own pay scales, never England’s. For resident doctors it has the scale from ${formatLongDate(scotlandResidentPay2024.value.from ?? ('2024-10-01' as IsoDate))} for F1 and F2. Figures from April 2025 are estimates: that scale plus the 2025 to 2027 deal’s rises (${award(scotlandPayDeal2025.value.awards['2025/26'])} for 2025/26 and ${award(scotlandPayDeal2025.value.awards['2026/27'])} for 2026/27), with the deal’s move up one pay point on ${listOf(scotlandMoves)}. Which pay point core and specialty training years are on is not known, so those years have no figure. For consultants it has the 2024/25 scale; 2025/26 is an estimate with the ${award(scotlandConsultantPay2025.value.award)} award.`,
    ruleIds: [scotlandResidentPay2024.id, scotlandPayDeal2025.id, scotlandConsultantPay2024.id],
  },
  wales: {
    id: 'nation-pay',
    message: `Pathway uses Wales’s own pay scales, never England’s. For resident doctors it has F1 and F2 starting pay for ${walesResidentPay2024.value.scaleYear} and ${walesResidentPay2025.value.scaleYear}. Resident doctors in Wales voted to accept a new contract (${walesContract.votedFor}% of those voting, on a ${walesContract.turnout}% turnout) with basic pay from ${pounds(walesContract.basicScale.from)} to ${pounds(walesContract.basicScale.to)}, phased in from August 2026. Its pay points have not been published, so resident pay from ${formatLongDate(walesContract.from)} has no figure, and neither do core and specialty training years before then. For consultants it has the scale from ${formatLongDate(walesConsultantPay2023.value.from ?? ('2024-01-01' as IsoDate))}, with the ${award(walesConsultantPay2024.value.award)} award for 2024/25 and the ${award(walesConsultantPay2025.value.award)} award for 2025/26 added as estimates.`,
    ruleIds: [
      walesResidentPay2025.id,
      walesResidentPay.id,
      walesConsultantPay2023.id,
      walesConsultantPay2025.id,
    ],
  },
  'northern-ireland': {
    id: 'nation-pay',
    message: `Pathway uses Northern Ireland’s own pay scales, never England’s. For consultants it has the 5-point scale from ${formatLongDate(northernIrelandConsultantPay2023.value.from ?? ('2024-03-01' as IsoDate))}, with the ${award(northernIrelandConsultantPay2024.value.award)} award for 2024/25 and the ${award(northernIrelandConsultantPay2025.value.award)} award for 2025/26 added as estimates. Resident doctors’ 2025/26 award was paid in February 2026, backdated to 1 April 2025, but Northern Ireland’s resident doctor scale is not in Pathway’s sources, so training years have no figure.`,
    ruleIds: [
      northernIrelandConsultantPay2023.id,
      northernIrelandConsultantPay2025.id,
      northernIrelandPay.id,
    ],
  },
};

/** What is known of future awards, by nation. */
const FUTURE_AWARDS: Record<Nation, PayNote> = {
  england: {
    id: 'future-pay-awards-unknown',
    message: `Future pay awards are unknown. The ${payAward2026.value.scaleYear} award of ${award(payAward2026.value.award)} has been accepted, but the official ${payAward2026.value.scaleYear} scales are not in Pathway’s sources, so ${payAward2026.value.scaleYear} figures are estimates (the 2025/26 scales plus ${award(payAward2026.value.award)}) and later years are shown at those estimated ${latestPayScale.value.latestScaleYear} rates, labelled so. Pathway adds no inflation or guessed pay rises.`,
    ruleIds: [payAward2026.id, latestPayScale.id],
  },
  scotland: {
    id: 'future-pay-awards-unknown',
    message:
      'Future pay awards are unknown. Pathway has no award for consultants after 2025/26 or for resident doctors after 2026/27, so later years are shown at the latest estimated rates, labelled so. Pathway adds no inflation or guessed pay rises.',
    ruleIds: [scotlandConsultantPay2025.id, scotlandPayDeal2025.id],
  },
  wales: {
    id: 'future-pay-awards-unknown',
    message:
      'Future pay awards are unknown. No award for doctors in Wales after 2025/26 was found, so later years are shown at the latest rates Pathway has, labelled so. Pathway adds no inflation or guessed pay rises.',
    ruleIds: [walesConsultantPay2025.id],
  },
  'northern-ireland': {
    id: 'future-pay-awards-unknown',
    message:
      'Future pay awards are unknown. No award for doctors in Northern Ireland after 2025/26 was found, so later years are shown at the estimated 2025/26 rates, labelled so. Pathway adds no inflation or guessed pay rises.',
    ruleIds: [northernIrelandConsultantPay2025.id],
  },
};

function consultantNote(nation: Nation): PayNote {
  const steps = CONSULTANT_STEPS[nation];
  const later = listOf(steps.slice(1).map((step) => step.afterYears));
  const start = nation === 'england' ? 'threshold 1' : 'point 1';
  const how =
    nation === 'scotland'
      ? `move up with seniority, after ${later} years. Discretionary points are not included`
      : nation === 'england'
        ? `move up after ${later} years (2024 structure)`
        : `move up a point after ${later} years`;
  const ruleId = {
    england: consultantThresholds.id,
    scotland: scotlandConsultantPay2024.id,
    wales: walesConsultantPay2023.id,
    'northern-ireland': northernIrelandConsultantPay2023.id,
  }[nation];
  return {
    id: 'consultant-thresholds',
    message: `As a consultant in ${NATION_NAMES[nation]} you start on ${start} the day after your CCT and ${how}. The figures are for a full-time consultant; the part-time periods in your plan cover training only.`,
    ruleIds: [ruleId],
  };
}

export function buildNotes(
  timeline: Timeline,
  nation: Nation,
  flags: Flags,
  /** `startsAt` is the grade the plan starts at when the person was already a doctor before it. */
  beforePlan: { from: IsoDate; year: string; startsAt: string | null } | null,
  appointmentKnown: boolean,
): PayNote[] {
  const notes: PayNote[] = [
    {
      id: 'basic-pay-only',
      message:
        'Figures are gross basic pay, before tax, pension and other deductions, for a 40-hour week. They leave out pay for nights, weekends, on-call and extra hours, which depend on the rota. Flexible pay premia are not paid in palliative medicine.',
      ruleIds: [enhancementsNotIncluded.id],
    },
    FUTURE_AWARDS[nation],
  ];
  const add = (id: PayNote['id'], message: string, ruleIds: readonly string[] = []) =>
    notes.push({ id, message, ruleIds });
  if (!appointmentKnown) {
    add(
      'consultant-appointment-unknown',
      'You are already a consultant. Pathway does not know when you were appointed, so it cannot place you on a pay threshold.',
      [consultantThresholds.id],
    );
  }
  if (nation !== 'england') notes.push(NATION_NOTES[nation]);
  if (flags.englandResident2026) {
    const deal = englandResidentDeal2026.value;
    add(
      'england-resident-deal-2026',
      `Resident doctors in England accepted a deal in 2026: an average pay rise of ${deal.averageUplift}% by ${deal.fullyImplementedBy}, made up of the ${award(payAward2026.value.award)} award and a reform of the nodal points that changes what each point pays. The new points have not been published, so Pathway does not model the reform yet: its figures from ${payAward2026.value.scaleYear} include the ${award(payAward2026.value.award)} award only, and may be too low for some grades.`,
      [englandResidentDeal2026.id],
    );
  }
  if (flags.medicalSchool) {
    add(
      'student-finance-out-of-scope',
      'Medical school years show no salary. Student finance (tuition fee and maintenance loans, NHS bursaries) is outside what Pathway covers.',
    );
  }
  if (flags.notInTraining) add('not-in-training', notInTrainingPay.note, [notInTrainingPay.id]);
  if (flags.partTime) {
    add(
      'part-time-pay',
      `While you train less than full time, basic pay is the full-time salary ÷ 40 × your average weekly hours (40 × your WTE), plus a less than full time allowance of ${pounds(ltftAllowance.value.annual)} a year, paid pro rata to the days part time.`,
      [ltftBasicPayProRata.id, ltftAllowance.id],
    );
  }
  if (flags.unpaid) {
    add(
      'unpaid-time-out',
      'Career breaks (OOPC), out of programme experience (OOPE) and unpaid leave earn no training salary, so they count £0. A post you take during OOPE is paid by that employer.',
    );
  }
  if (flags.parental) {
    add(
      'parental-leave-pay-unknown',
      'Pay during parental leave depends on your employer’s occupational scheme and statutory pay, which are not in Pathway’s sources, so those days have no figure (not £0).',
    );
  }
  if (flags.elsewhere) {
    add(
      'out-of-programme-pay-unknown',
      'Out of programme training (OOPT), research (OOPR) and pause (OOPP) are paid by the arrangement: the host post, a fellowship or the NHS post you take. Pathway does not know that pay, so those days have no figure.',
    );
  }
  if (timeline.plan.changes.some((change) => (change as { kind?: unknown }).kind === 'sickness')) {
    add(
      'sickness-normal-pay',
      'Sickness is shown at your normal pay: Pathway’s sources do not cover sick pay, and long sickness can reduce it.',
    );
  }
  if (flags.consultant) notes.push(consultantNote(nation));
  if (flags.derived) {
    add(
      'derived-figures',
      'Figures marked as estimates are worked out by Pathway from a published scale and published pay awards, to the nearest pound; the notes for each year show the working. The official figures may differ by a pound or two.',
    );
  }
  if (flags.scaleNotKnown && nation === 'england') {
    add(
      'scale-not-known',
      'Part of your route falls before the pay scales Pathway has (2023/24 for doctors in training, 2024/25 for consultants), so it has no figure.',
    );
  }
  if (beforePlan !== null) {
    const from = formatLongDate(beforePlan.from);
    add(
      'before-plan',
      beforePlan.startsAt === null
        ? `Your plan starts on ${from}, so ${beforePlan.year} counts pay from that day only.`
        : `Your plan starts at ${beforePlan.startsAt} on ${from}. You were already a doctor before then, but Pathway does not know that pay, so ${beforePlan.year} has no figure; its known part counts from ${from}.`,
    );
  }
  return notes;
}
