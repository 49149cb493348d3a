/**
 * The pay engine: gross basic pay for each financial year (1 April to 31 March) and each month of a
 * built timeline, with its working. Pure: no clock, no I/O. The rules are in docs/pay-rules.md.
 *
 * Arithmetic is exact. A day's pay is annual rate × WTE ÷ days in the financial year (plus the LTFT
 * allowance the same way); with the WTE in thousandths, everything up to the final division is a whole
 * number, so a year is rounded once, half up, with no floating-point drift.
 */
import { PERIOD_KINDS, TIME_AWAY_KINDS, type PayTreatment, type TimeAwayKind } from '../cct/kinds';
import type { ChangeKind } from '../cct/types';
import {
  type DayNumber,
  dayNumber,
  dayNumberOf,
  daysInMonth,
  formatLongDate,
  monthOf,
  plusDays,
  yearOf,
} from '../dates';
import type { Nation, NowStageId } from '../plan/types';
import { ltftAllowance, ltftBasicPayProRata } from '../rules/pay';
import type { CoreRoute } from '../rules/specialty';
import { buildTimeline } from '../timeline/build-timeline';
import type { Timeline } from '../timeline/types';
import {
  type GradePeriod,
  NOT_IN_TRAINING_RULES,
  gradeLabel,
  gradeRuleIds,
  gradeSchedule,
  payPointFor,
} from './grades';
import { financialYearMonths, isoOfDay } from './day-strings';
import { buildNotes, payFacts } from './notes';
import {
  type KnownRate,
  LATEST_SCALE_YEAR,
  SCOTLAND_BEYOND_SCALE,
  financialYearLabel,
  rateBoundaries,
  rateFor,
  scotlandPointOn,
} from './rates';
import type {
  PayMonth,
  PayPart,
  PayPoint,
  PayResult,
  PaySummary,
  PayYear,
  PayYearStatus,
  UnknownReason,
} from './types';
import type { RuleId } from '../rules/types';
import {
  FULL_TIME,
  FULL_TIME_THOUSANDTHS,
  NO_THOUSANDTHS,
  type Wte,
  type WteThousandths,
  shareOfThousandths,
  wteThousandthsOf,
} from '../units';

/** WTE is taken to the nearest thousandth for pay (a third is 0.333): full time is 1000. */
const WTE_UNITS = FULL_TIME_THOUSANDTHS;

/** Round `numerator ÷ denominator` (both whole, denominator > 0) to a whole number, halves up. */
export function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

type ChangeSpan = {
  readonly first: DayNumber;
  readonly last: DayNumber;
  readonly kind: Exclude<ChangeKind, 'sickness'>;
  readonly wte: Wte | null;
};

type FinancialYearSpan = {
  readonly startYear: number;
  readonly first: DayNumber;
  readonly last: DayNumber;
};

/** What a stretch of days earns, before dates and amounts are attached. */
type Classified = {
  readonly kind: PayPart['kind'];
  readonly rate: KnownRate | null;
  readonly payPoint: PayPoint | null;
  /** WTE in thousandths: 1000 full time, 0 unpaid. */
  readonly wteUnits: WteThousandths;
  readonly allowance: number;
  readonly unknownReason: UnknownReason | null;
  readonly explanation: string | null;
  readonly ruleIds: readonly RuleId[];
};

/** What the pay table says about time away, by kind; how each kind is paid is in the kinds table. */
const TIME_AWAY_EXPLANATIONS: Readonly<Record<TimeAwayKind, string>> = {
  oopc: 'Career break (OOPC): no training salary.',
  oope: 'Out of programme for experience (OOPE): no training salary. A post you take during it (such as a locum consultant job) is paid by that employer.',
  'unpaid-leave': 'Unpaid leave: no pay.',
  oopt: 'Out of programme for training (OOPT): paid by the arrangement (often the host post), which Pathway does not know.',
  oopr: 'Out of programme for research (OOPR): often paid by a fellowship or grant, which Pathway does not know.',
  oopp: 'Out of programme pause (OOPP): paid by the NHS post you take during the pause, which Pathway does not know.',
  'parental-leave':
    'Parental leave: pay depends on your employer’s occupational scheme and statutory pay, which are not in Pathway’s sources, so there is no figure (not £0).',
};

const NO_SALARY_EXPLANATIONS: Record<string, string> = {
  school: 'At school: no salary.',
  'first-degree': 'First degree: no salary.',
  'gap-years': 'Before medical school: no salary shown.',
  'medical-school':
    'Medical school: no salary. Student finance (loans and NHS bursaries) is outside what Pathway covers.',
};

const NOT_IN_TRAINING_EXPLANATION =
  'Not in training: pay varies (locum or trust-grade posts), and Pathway has no figure for it.';

const PART_TIME_RULES_UNKNOWN =
  'How part-time pay is worked out outside England’s 2016 contract is not in Pathway’s sources.';

const BEFORE_PLAN_EXPLANATION = 'Before the start of this plan: not counted.';

const NONE: readonly RuleId[] = [];

/** A classification with no figure or no pay; built once, as these never vary. */
function fixed(
  kind: PayPart['kind'],
  unknownReason: UnknownReason | null,
  explanation: string,
  ruleIds: readonly RuleId[] = NONE,
): Classified {
  return {
    kind,
    rate: null,
    payPoint: null,
    wteUnits: NO_THOUSANDTHS,
    allowance: 0,
    unknownReason,
    explanation,
    ruleIds,
  };
}

const BEFORE_PLAN = fixed('before-plan', null, BEFORE_PLAN_EXPLANATION);

/**
 * Where someone is today when their plan starts after F1, at the start of their core or higher
 * training (or in another post before it): they were already a doctor before it, paid at a rate
 * Pathway does not know, so those days have no figure. A pupil's, a student's or a foundation doctor's
 * plan starts at or before F1, so the days before it come before F1: not yet a doctor, no salary, not
 * counted.
 */
const PAST_F1_STAGES: ReadonlySet<NowStageId> = new Set([
  'imt',
  'accs',
  'st',
  'other-post',
  'consultant',
]);

const NOT_IN_TRAINING = fixed(
  'unknown',
  'not-in-training',
  NOT_IN_TRAINING_EXPLANATION,
  NOT_IN_TRAINING_RULES,
);
/** The pay of a day of time away, decided by the kind's pay treatment whatever the grade. */
const BY_CHANGE = new Map<ChangeKind, Classified>(
  TIME_AWAY_KINDS.map((kind) => {
    const explanation = TIME_AWAY_EXPLANATIONS[kind];
    const treatment: PayTreatment = PERIOD_KINDS[kind].pay;
    const classified =
      treatment === 'unpaid'
        ? fixed('unpaid', null, explanation)
        : treatment === 'parental-leave'
          ? fixed('unknown', 'parental-leave', explanation)
          : fixed('unknown', 'out-of-programme-paid-elsewhere', explanation);
    return [kind, classified] as const;
  }),
);
const NO_SALARY = new Map(
  Object.entries(NO_SALARY_EXPLANATIONS).map(([stage, explanation]) => [
    stage,
    fixed('no-salary', null, explanation),
  ]),
);
const NO_SALARY_OTHER = fixed('no-salary', null, 'No salary.');

/**
 * Salary classifications, remembered by rate, grade rules and WTE: a route has only a few dozen, and
 * building each once keeps the per-part cost down (rates are built once in rates.ts, so the keys are few).
 */
const salaryCache = new Map<KnownRate, Map<readonly RuleId[], Map<number, Classified>>>();

function salary(
  rate: KnownRate,
  point: PayPoint,
  gradeRules: readonly RuleId[],
  wteUnits: WteThousandths,
): Classified {
  let byGrade = salaryCache.get(rate);
  if (byGrade === undefined) salaryCache.set(rate, (byGrade = new Map()));
  let byWte = byGrade.get(gradeRules);
  if (byWte === undefined) byGrade.set(gradeRules, (byWte = new Map()));
  let classified = byWte.get(wteUnits);
  if (classified === undefined) {
    const partTime = wteUnits < WTE_UNITS;
    classified = {
      kind: 'salary',
      rate,
      payPoint: point,
      wteUnits,
      allowance: partTime ? ltftAllowance.value.annual : 0,
      unknownReason: null,
      // A figure Pathway worked out shows its working; a published one needs none.
      explanation: rate.working,
      ruleIds: partTime
        ? [...gradeRules, ...rate.ruleIds, ltftBasicPayProRata.id, ltftAllowance.id]
        : [...gradeRules, ...rate.ruleIds],
    };
    if (byWte.size < 1_000) byWte.set(wteUnits, classified);
  }
  return classified;
}

function classify(
  period: GradePeriod | null,
  change: ChangeSpan | null,
  nation: Nation,
  coreRoute: CoreRoute,
  financialYear: number,
  day: DayNumber,
  beforePlan: Classified,
): Classified {
  // A period of time out or leave decides the day's pay whatever the grade. It is checked first: a year
  // that would start during parental leave starts on the return, so the leave can precede the grade.
  if (change !== null) {
    const byChange = BY_CHANGE.get(change.kind);
    if (byChange !== undefined) return byChange;
  }
  if (period === null) return beforePlan;
  if (period.kind === 'no-salary') return NO_SALARY.get(period.stage ?? '') ?? NO_SALARY_OTHER;
  if (period.kind === 'not-in-training' || period.grade === null) return NOT_IN_TRAINING;
  const startPoint = payPointFor(period.grade, nation, coreRoute);
  // Scotland's pay deal moves F1 and F2 doctors up a pay point on set days.
  const point =
    nation === 'scotland' && startPoint !== null
      ? scotlandPointOn(startPoint, period.first, day)
      : startPoint;
  const lookup =
    startPoint !== null && point === null
      ? SCOTLAND_BEYOND_SCALE
      : rateFor(nation, point, financialYear, day);
  if (!lookup.known || point === null) {
    return {
      ...fixed(
        'unknown',
        'scale-not-known',
        lookup.known ? 'No pay point is known for this grade.' : lookup.explanation,
        lookup.ruleIds,
      ),
      payPoint: point,
    };
  }
  const partTime =
    change !== null && change.kind === 'ltft' && change.wte !== null && change.wte < 1;
  if (partTime && nation !== 'england') {
    return {
      ...fixed('unknown', 'part-time-rules-not-known', PART_TIME_RULES_UNKNOWN, lookup.ruleIds),
      payPoint: point,
    };
  }
  const wteUnits = partTime ? wteThousandthsOf(change.wte ?? FULL_TIME) : WTE_UNITS;
  return salary(lookup, point, gradeRuleIds(period.grade, coreRoute, nation), wteUnits);
}

/** The numerator of a day's pay over (WTE_UNITS × days in the financial year). */
function perDayNumerator(classified: Classified): number {
  if (classified.rate === null) return 0;
  return classified.rate.annual * classified.wteUnits + classified.allowance * WTE_UNITS;
}

/** The financial years (1 April to 31 March) from the one holding `firstDay` to the one holding `lastDay`. */
function financialYearsBetween(firstDay: DayNumber, lastDay: DayNumber): FinancialYearSpan[] {
  const firstDate = isoOfDay(firstDay);
  let year = yearOf(firstDate) - (monthOf(firstDate) < 4 ? 1 : 0);
  const spans: FinancialYearSpan[] = [];
  let first = dayNumberOf(year, 4, 1);
  while (first <= lastDay) {
    const next = dayNumberOf(year + 1, 4, 1);
    spans.push({ startYear: year, first, last: plusDays(next, -1) });
    year += 1;
    first = next;
  }
  return spans;
}

function changeSpans(timeline: Timeline): ChangeSpan[] {
  const segments = timeline.partTime?.calculation.segments ?? [];
  const spans: ChangeSpan[] = [];
  for (const segment of segments) {
    if (segment.kind === 'full-time') continue;
    spans.push({
      first: dayNumber(segment.start),
      last: dayNumber(segment.end),
      kind: segment.kind,
      wte: segment.wte,
    });
  }
  return spans;
}

type PartRecord = {
  readonly part: PayPart;
  readonly numerator: number;
  readonly first: DayNumber;
  readonly rate: KnownRate | null;
};

function yearStatus(postgraduateDays: number, unknownDays: number): PayYearStatus {
  if (postgraduateDays === 0) return 'no-salary';
  if (unknownDays === 0) return 'known';
  return unknownDays === postgraduateDays ? 'unknown' : 'partly-known';
}

function isPostgraduate(kind: PayPart['kind']): boolean {
  return kind === 'salary' || kind === 'unpaid' || kind === 'unknown';
}

/** Pay for a built timeline. */
export function payForTimeline(timeline: Timeline): PaySummary {
  const nation = timeline.plan.nation;
  const schedule = gradeSchedule(timeline);
  const { periods, planFirst, horizonLast, coreRoute } = schedule;
  if (periods.length === 0) {
    const notes = buildNotes(payFacts(timeline.plan, [], null, schedule.appointment !== null));
    return {
      ok: true,
      nation,
      years: [],
      months: [],
      notes,
      ruleIds: [...new Set(notes.flatMap((note) => note.ruleIds))],
      latestScaleYear: LATEST_SCALE_YEAR[nation],
    };
  }

  const years = financialYearsBetween(planFirst, horizonLast);
  const firstPeriod = periods[0];
  // Days before the plan: before F1 (not counted), or already a doctor (no figure, not £0).
  const startsAt =
    PAST_F1_STAGES.has(timeline.plan.now.stage) && firstPeriod?.grade
      ? gradeLabel(firstPeriod.grade, coreRoute)
      : null;
  const beforePlanDays =
    startsAt === null
      ? BEFORE_PLAN
      : fixed(
          'unknown',
          'before-plan',
          `Pathway does not know your pay before ${formatLongDate(isoOfDay(planFirst))}, when your plan starts at ${startsAt}: you were already a doctor, so these days have no figure (not £0).`,
        );
  const rangeFirst = years[0]?.first ?? planFirst;
  const changes = changeSpans(timeline);

  // Every day on which something may change, in order (a typed array sorts numbers without a callback).
  const extra = rateBoundaries(nation);
  const bounds = new Float64Array(
    3 + years.length + periods.length + 2 * changes.length + extra.length,
  );
  let count = 0;
  bounds[count++] = rangeFirst;
  bounds[count++] = planFirst;
  bounds[count++] = horizonLast + 1;
  for (const year of years) bounds[count++] = year.first;
  for (const period of periods) bounds[count++] = period.first;
  for (const change of changes) {
    bounds[count++] = change.first;
    bounds[count++] = change.last + 1;
  }
  for (const day of extra) bounds[count++] = day;
  bounds.sort();
  /** The bounds are day numbers, kept in a typed array so they sort fast. */
  const boundAt = (index: number) => (bounds[index] ?? 0) as DayNumber;

  const records: PartRecord[][] = years.map(() => []);
  let periodIndex = 0;
  let changeIndex = 0;
  let yearIndex = 0;
  let previous = -Infinity;
  for (let index = 0; index < bounds.length - 1; index += 1) {
    const first = boundAt(index);
    const next = boundAt(index + 1);
    if (first === previous || first < rangeFirst || next <= first || first > horizonLast) continue;
    previous = first;
    const beforeNext = plusDays(next, -1);
    const last = beforeNext < horizonLast ? beforeNext : horizonLast;
    while (yearIndex < years.length - 1 && (years[yearIndex]?.last ?? Infinity) < first)
      yearIndex += 1;
    while (periodIndex < periods.length - 1 && (periods[periodIndex]?.last ?? Infinity) < first)
      periodIndex += 1;
    while (changeIndex < changes.length && (changes[changeIndex]?.last ?? Infinity) < first)
      changeIndex += 1;
    const year = years[yearIndex];
    if (year === undefined) continue;
    const candidate = periods[periodIndex];
    const period =
      candidate !== undefined && candidate.first <= first && first <= candidate.last
        ? candidate
        : null;
    const activeChange = changes[changeIndex];
    const change = activeChange !== undefined && activeChange.first <= first ? activeChange : null;

    const classified = classify(
      period,
      change,
      nation,
      coreRoute,
      year.startYear,
      first,
      beforePlanDays,
    );
    const days = last - first + 1;
    const numerator = perDayNumerator(classified) * days;
    const denominator = WTE_UNITS * (year.last - year.first + 1);
    const rate = classified.rate;
    const part: PayPart = {
      start: isoOfDay(first),
      end: isoOfDay(last),
      days,
      kind: classified.kind,
      grade: period?.grade ?? null,
      stage: period?.stage ?? null,
      payPoint: classified.payPoint,
      annualRate: rate?.annual ?? null,
      scaleYear: rate?.scaleYear ?? null,
      estimated: rate?.estimated ?? false,
      derived: rate?.derived ?? false,
      ratesLabel: rate?.ratesLabel ?? null,
      confidence: rate?.confidence ?? null,
      change: change?.kind ?? null,
      ltftFactor: shareOfThousandths(classified.wteUnits),
      allowance: classified.allowance,
      amount:
        classified.kind === 'unknown' ? null : Math.round((numerator * 100) / denominator) / 100,
      unknownReason: classified.unknownReason,
      explanation: classified.explanation,
      ruleIds: classified.ruleIds,
    };
    records[yearIndex]?.push({ part, numerator, first, rate });
  }

  const payYears: PayYear[] = [];
  const months: PayMonth[] = [];
  years.forEach((year, index) => {
    const yearRecords = records[index] ?? [];
    const daysInYear = year.last - year.first + 1;
    const denominator = WTE_UNITS * daysInYear;
    let knownNumerator = 0;
    let allowanceNumerator = 0;
    let unknownDays = 0;
    let postgraduateDays = 0;
    let estimated = false;
    let derived = false;
    let scaleYear: PayYear['scaleYear'] = null;
    // The year's label comes from its most estimated rate: an earlier year's rates, then a scale
    // Pathway worked out, then a published scale.
    let labelRate: KnownRate | null = null;
    const ruleIds = new Set<RuleId>();
    for (const { part, numerator, rate } of yearRecords) {
      if (rate !== null && (labelRate === null || rate.labelRank > labelRate.labelRank))
        labelRate = rate;
      if (isPostgraduate(part.kind)) postgraduateDays += part.days;
      if (part.kind === 'unknown') unknownDays += part.days;
      else knownNumerator += numerator;
      if (part.allowance > 0) allowanceNumerator += part.allowance * WTE_UNITS * part.days;
      if (part.estimated) estimated = true;
      if (part.derived) derived = true;
      if (part.scaleYear !== null) scaleYear ??= part.scaleYear;
      for (const id of part.ruleIds) ruleIds.add(id);
    }
    const status = yearStatus(postgraduateDays, unknownDays);
    const knownAmount = roundHalfUp(knownNumerator, denominator);
    const firstRecord = yearRecords[0];
    const countedFrom =
      planFirst > year.first && planFirst <= year.last ? isoOfDay(planFirst) : null;
    payYears.push({
      financialYear: financialYearLabel(year.startYear),
      start: isoOfDay(year.first),
      end: isoOfDay(year.last),
      days: daysInYear,
      status,
      amount: status === 'known' ? knownAmount : null,
      knownAmount,
      unknownDays,
      ltftAllowance: roundHalfUp(allowanceNumerator, denominator),
      scaleYear,
      estimated,
      derived,
      label: labelRate?.label ?? null,
      countedFrom: firstRecord === undefined ? null : countedFrom,
      parts: yearRecords.map((record) => record.part),
      ruleIds: [...ruleIds],
    });
    months.push(...monthsOf(year, yearRecords, denominator));
  });

  const firstYear = payYears[0];
  const beforePlan =
    firstYear?.countedFrom && firstPeriod?.kind === 'training'
      ? { from: firstYear.countedFrom, year: firstYear.financialYear, startsAt }
      : null;
  // The notes read what the years show (docs/pay-rules.md, "Notes").
  const notes = buildNotes(payFacts(timeline.plan, payYears, beforePlan, true));
  const ruleIds = new Set<RuleId>();
  for (const year of payYears) for (const id of year.ruleIds) ruleIds.add(id);
  for (const note of notes) for (const id of note.ruleIds) ruleIds.add(id);
  return {
    ok: true,
    nation,
    years: payYears,
    months,
    notes,
    ruleIds: [...ruleIds],
    latestScaleYear: LATEST_SCALE_YEAR[nation],
  };
}

/** The twelve months of a financial year (April to March), from its parts. */
function monthsOf(
  year: FinancialYearSpan,
  records: readonly PartRecord[],
  denominator: number,
): PayMonth[] {
  const label = financialYearLabel(year.startYear);
  const monthLabels = financialYearMonths(year.startYear);
  const months: PayMonth[] = [];
  let monthFirst = year.first;
  let recordIndex = 0;
  for (let month = 0; month < 12; month += 1) {
    // Month 0 is April of the start year; months 9 to 11 are January to March of the next.
    const length =
      month < 9
        ? daysInMonth(year.startYear, month + 4)
        : daysInMonth(year.startYear + 1, month - 8);
    const monthLast = plusDays(monthFirst, length - 1);
    let known = 0;
    let unknownDays = 0;
    let postgraduateDays = 0;
    let estimated = false;
    // Parts are in date order: skip those that end before this month, then take those that overlap.
    while (recordIndex < records.length) {
      const record = records[recordIndex];
      if (record === undefined) break;
      const recordLast = record.first + record.part.days - 1;
      if (recordLast < monthFirst) {
        recordIndex += 1;
        continue;
      }
      break;
    }
    for (let scan = recordIndex; scan < records.length; scan += 1) {
      const record = records[scan];
      if (record === undefined || record.first > monthLast) break;
      const recordLast = record.first + record.part.days - 1;
      const overlap = Math.min(recordLast, monthLast) - Math.max(record.first, monthFirst) + 1;
      if (overlap <= 0) continue;
      const { part } = record;
      if (isPostgraduate(part.kind)) postgraduateDays += overlap;
      if (part.kind === 'unknown') unknownDays += overlap;
      else known += (record.numerator / part.days) * overlap;
      if (part.estimated) estimated = true;
    }
    const status = yearStatus(postgraduateDays, unknownDays);
    const knownAmount = roundHalfUp(Math.round(known), denominator);
    months.push({
      month: monthLabels[month] ?? '',
      financialYear: label,
      status,
      amount: status === 'known' ? knownAmount : null,
      knownAmount,
      estimated,
    });
    monthFirst = plusDays(monthLast, 1);
  }
  return months;
}

/**
 * Pay for an untrusted plan on `today` (`YYYY-MM-DD`): builds the timeline, then its pay. Never throws;
 * an invalid plan gives the timeline's field errors.
 */
export function buildPay(planInput: unknown, today: unknown): PayResult {
  const result = buildTimeline(planInput, today);
  if (!result.ok) return { ok: false, errors: result.errors };
  return payForTimeline(result.timeline);
}
