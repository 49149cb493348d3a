/**
 * Properties of buildTimeline over generated valid plans, checked against docs/timeline-rules.md.
 * Expected values are worked out here from the contract, with date arithmetic of the tests' own.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildTimeline } from './build-timeline';
import { type Milestone, type MilestoneId, type StageId, STAGE_IDS, type Timeline } from './types';
import { isoOfDay } from '../../../tests/support/fuzz';

// ---------------------------------------------------------------------------------------------
// Date arithmetic of the tests' own (UTC day numbers), independent of src/domain/dates.ts.

const DAY = 86_400_000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY;
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

function nextDay(iso: string): string {
  return isoOfDay(dayNumber(iso) + 1);
}

/** The first Wednesday in August. */
function rotation(year: number): string {
  const weekdayOfFirst = new Date(Date.UTC(year, 7, 1)).getUTCDay();
  return isoOfDay(dayOf(year, 8, 1 + ((3 - weekdayOfFirst + 7) % 7)));
}

/** Whole years from `dateOfBirth` to `date`. Date.UTC rolls 29 February into 1 March in common years. */
function wholeYears(dateOfBirth: string, date: string): number {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const year = yearOf(date);
  const birthdayThisYear = Date.UTC(year, birthMonth - 1, birthDay) / DAY;
  return year - birthYear - (dayNumber(date) < birthdayThisYear ? 1 : 0);
}

function endOfMonth(iso: string): string {
  return isoOfDay(dayOf(yearOf(iso), Number(iso.slice(5, 7)) + 1, 1) - 1);
}

function academicYearOf(iso: string): number {
  return iso.slice(5) >= '09-01' ? yearOf(iso) : yearOf(iso) - 1;
}

// ---------------------------------------------------------------------------------------------
// Generated plans.

type NowInput = { readonly stage: NowStage; readonly yearGroup?: number; readonly year?: number };
type PlanInput = {
  readonly dateOfBirth: string;
  readonly nation: string;
  readonly now: NowInput;
  readonly medicalSchoolRoute: Route;
  readonly intercalate: boolean;
  readonly gapYearsBeforeMedicalSchool: number;
  readonly yearsBeforeCoreTraining: number;
  readonly coreRoute: 'imt' | 'accs-im';
  readonly appliedInCurrentRound: boolean;
  readonly qualificationYear?: number;
};
type Scenario = { readonly today: string; readonly plan: PlanInput };

const NOW_STAGES = [
  'school',
  'gap-year',
  'graduate',
  'medical-school',
  'f1',
  'f2',
  'imt',
  'accs',
  'st',
  'consultant',
] as const;
type NowStage = (typeof NOW_STAGES)[number];
const BEFORE_CORE: readonly NowStage[] = [
  'school',
  'gap-year',
  'graduate',
  'medical-school',
  'f1',
  'f2',
];
const BEFORE_MEDICAL_SCHOOL: readonly NowStage[] = ['school', 'gap-year', 'graduate'];

const ROUTES = ['standard', 'integrated-degree', 'gateway', 'graduate-entry'] as const;
type Route = (typeof ROUTES)[number];
/** Course lengths from the contract. */
const COURSE_YEARS: Readonly<Record<Route, number>> = {
  standard: 5,
  'integrated-degree': 6,
  gateway: 6,
  'graduate-entry': 4,
};

const FIRST_TODAY = dayOf(2025, 1, 1);
const LAST_TODAY = dayOf(2035, 12, 31);
const todayArb = fc.integer({ min: FIRST_TODAY, max: LAST_TODAY }).map(isoOfDay);

type Choices = Omit<PlanInput, 'dateOfBirth' | 'now' | 'qualificationYear'>;

const choicesArb: fc.Arbitrary<Choices> = fc.record({
  nation: fc.constantFrom('england', 'scotland', 'wales', 'northern-ireland'),
  medicalSchoolRoute: fc.constantFrom(...ROUTES),
  intercalate: fc.boolean(),
  gapYearsBeforeMedicalSchool: fc.integer({ min: 0, max: 3 }),
  yearsBeforeCoreTraining: fc.integer({ min: 0, max: 3 }),
  coreRoute: fc.constantFrom('imt' as const, 'accs-im' as const),
  appliedInCurrentRound: fc.boolean(),
});

/** A date of birth for someone roughly `from` to `to` years old on `today` (kept within 13 to 60). */
function bornAged(today: string, from: number, to: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: 364 }))
    .map(([age, days]) => isoOfDay(dayNumber(today) - Math.round(age * 365.25) - days));
}

type Person = {
  readonly now: NowInput;
  readonly dateOfBirth: string;
  readonly qualificationYear?: number;
};

function personArb(stage: NowStage, choices: Choices, today: string): fc.Arbitrary<Person> {
  const academicYear = academicYearOf(today);
  switch (stage) {
    case 'school': {
      // Each nation's own numbering (docs/timeline-rules.md): England and Wales Years 9 to 13 (born from
      // 1 September Y − G − 5), Northern Ireland Years 8 to 14 (from 2 July Y − G − 4), Scotland S1 to
      // S6 (from 1 March Y − G − 11).
      const school = {
        england: { first: 9, last: 13, month: 9, day: 1, offset: 5 },
        wales: { first: 9, last: 13, month: 9, day: 1, offset: 5 },
        'northern-ireland': { first: 8, last: 14, month: 7, day: 2, offset: 4 },
        scotland: { first: 1, last: 6, month: 3, day: 1, offset: 11 },
      }[choices.nation as 'england'];
      return fc
        .tuple(
          fc.integer({ min: school.first, max: school.last }),
          fc.integer({ min: 0, max: 364 }),
          fc.integer({ min: 3, max: 5 }),
        )
        .map(([yearGroup, days, degreeYears]) => {
          const dateOfBirth = isoOfDay(
            dayOf(academicYear - yearGroup - school.offset, school.month, school.day) + days,
          );
          const leavingYear = academicYear + (school.last - yearGroup) + 1;
          return {
            now: { stage, yearGroup },
            dateOfBirth,
            ...(choices.medicalSchoolRoute === 'graduate-entry'
              ? { qualificationYear: leavingYear + degreeYears }
              : {}),
          };
        });
    }
    case 'gap-year':
      return bornAged(today, 18, 22).map((dateOfBirth) => ({ now: { stage }, dateOfBirth }));
    case 'graduate':
      // A first degree finished (or to finish) at 21 or later, and at most 8 years ago.
      return bornAged(today, 21, 40).chain((dateOfBirth) =>
        fc
          .option(
            fc.integer({
              min: Math.max(academicYear - 8, yearOf(dateOfBirth) + 21),
              max: academicYear + 3,
            }),
            { nil: undefined },
          )
          .map((qualificationYear) => ({
            now: { stage },
            dateOfBirth,
            ...(qualificationYear === undefined ? {} : { qualificationYear }),
          })),
      );
    case 'medical-school': {
      const courseYears = COURSE_YEARS[choices.medicalSchoolRoute] + (choices.intercalate ? 1 : 0);
      return fc.integer({ min: 1, max: courseYears }).chain((year) =>
        bornAged(today, 17 + year, 35).map((dateOfBirth) => ({
          now: { stage, year },
          dateOfBirth,
        })),
      );
    }
    case 'f1':
      return bornAged(today, 23, 35).map((dateOfBirth) => ({ now: { stage }, dateOfBirth }));
    case 'f2':
      return bornAged(today, 24, 36).map((dateOfBirth) => ({ now: { stage }, dateOfBirth }));
    case 'imt':
    case 'accs':
      return fc.integer({ min: 1, max: stage === 'imt' ? 3 : 4 }).chain((year) =>
        bornAged(today, 24 + year, 42).map((dateOfBirth) => ({
          now: { stage, year },
          dateOfBirth,
        })),
      );
    case 'st':
      return fc.integer({ min: 4, max: 7 }).chain((year) =>
        bornAged(today, 24 + year, 50).map((dateOfBirth) => ({
          now: { stage, year },
          dateOfBirth,
        })),
      );
    case 'consultant':
      return bornAged(today, 32, 59).map((dateOfBirth) => ({ now: { stage }, dateOfBirth }));
  }
}

function scenarioArb(
  stages: readonly NowStage[] = NOW_STAGES,
  today: fc.Arbitrary<string> = todayArb,
): fc.Arbitrary<Scenario> {
  return fc.tuple(today, choicesArb, fc.constantFrom(...stages)).chain(([day, choices, stage]) =>
    personArb(stage, choices, day).map((person) => ({
      today: day,
      plan: { ...choices, ...person },
    })),
  );
}

function build(plan: unknown, today: string): Timeline {
  const result = buildTimeline(plan, today);
  if (!result.ok)
    throw new Error(
      `A valid plan was rejected: ${JSON.stringify(result.errors)} for ${JSON.stringify(plan)} on ${today}`,
    );
  return result.timeline;
}

function milestone(timeline: Timeline, id: MilestoneId): Milestone | undefined {
  return timeline.milestones.find((item) => item.id === id);
}

function dateOfMilestone(timeline: Timeline, id: MilestoneId): string {
  const found = milestone(timeline, id);
  if (!found) throw new Error(`The timeline has no ${id} milestone`);
  return found.date;
}

/** The last day a milestone covers: a window's close, or the end of the month for a month-precision date. */
function lastDayCovered(item: Milestone): string {
  if (item.endDate !== undefined) return item.endDate;
  if (item.precision === 'month') return endOfMonth(item.date);
  if (item.precision === 'year') return `${item.date.slice(0, 4)}-12-31`;
  return item.date;
}

// Milestones grouped by the part of the route they belong to.
const ENTRY: readonly MilestoneId[] = [
  'ucat-registration-opens',
  'ucat-booking-deadline',
  'ucat-last-test-day',
  'gamsat-sitting',
  'ucas-deadline',
  'medical-school-interviews',
  'medical-school-offers',
];
const MEDICAL_SCHOOL: readonly MilestoneId[] = [
  'medical-school-start',
  'foundation-application-window',
  'medical-school-graduation',
];
const FOUNDATION: readonly MilestoneId[] = [
  'f1-start',
  'full-gmc-registration',
  'f2-start',
  'foundation-complete',
  'core-application-window',
];
const CORE: readonly MilestoneId[] = [
  'core-training-start',
  'st4-application-window',
  'mrcp-complete-by',
];
const HIGHER: readonly MilestoneId[] = [
  'st4-start',
  'st5-start',
  'st6-start',
  'sce-sitting',
  'st7-start',
  'cct',
];

const ALLOWED_MILESTONES: Readonly<Record<NowStage, readonly MilestoneId[]>> = {
  school: [...ENTRY, ...MEDICAL_SCHOOL, ...FOUNDATION, ...CORE, ...HIGHER],
  'gap-year': [...ENTRY, ...MEDICAL_SCHOOL, ...FOUNDATION, ...CORE, ...HIGHER],
  graduate: [...ENTRY, ...MEDICAL_SCHOOL, ...FOUNDATION, ...CORE, ...HIGHER],
  'medical-school': [...MEDICAL_SCHOOL, ...FOUNDATION, ...CORE, ...HIGHER],
  f1: [...FOUNDATION, ...CORE, ...HIGHER],
  f2: [...FOUNDATION, ...CORE, ...HIGHER],
  imt: [...CORE, ...HIGHER],
  accs: [...CORE, ...HIGHER],
  st: HIGHER,
  consultant: [],
};

/** The stage the timeline opens with, for each place a person can be now. */
const FIRST_STAGE: Readonly<Record<NowStage, readonly StageId[]>> = {
  school: ['school'],
  'gap-year': ['gap-years'],
  graduate: ['first-degree', 'gap-years'],
  'medical-school': ['medical-school'],
  f1: ['foundation'],
  f2: ['foundation'],
  imt: ['core-training'],
  accs: ['core-training'],
  st: ['higher-specialty-training'],
  consultant: ['consultant'],
};

// ---------------------------------------------------------------------------------------------

describe('buildTimeline never throws', () => {
  const junk = fc.anything({
    withNullPrototype: true,
    withBoxedValues: true,
    withSparseArray: true,
    withBigInt: true,
    withDate: true,
  });
  const todayish = fc.oneof(
    fc.string(),
    todayArb,
    fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2200, 12, 31) }).map(isoOfDay),
    junk,
  );

  test.prop([junk, todayish])('for any input and any today', (input, today) => {
    const result = buildTimeline(input, today);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
    }
  });

  const fields = [
    'dateOfBirth',
    'nation',
    'now',
    'medicalSchoolRoute',
    'intercalate',
    'gapYearsBeforeMedicalSchool',
    'yearsBeforeCoreTraining',
    'coreRoute',
    'qualificationYear',
    'appliedInCurrentRound',
  ] as const;

  test.prop([
    scenarioArb(),
    fc.constantFrom(...fields, 'now.stage', 'now.year', 'now.yearGroup'),
    junk,
  ])('for a valid plan with one field replaced by junk', (scenario, field, value) => {
    const plan: Record<string, unknown> = { ...scenario.plan };
    if (field.startsWith('now.')) plan.now = { ...scenario.plan.now, [field.slice(4)]: value };
    else plan[field] = value;
    const result = buildTimeline(plan, scenario.today);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('buildTimeline over valid plans', () => {
  test.prop([scenarioArb()])('accepts every generated plan', (scenario) => {
    const result = buildTimeline(scenario.plan, scenario.today);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  test.prop([scenarioArb()])('lists milestones in date order', ({ plan, today }) => {
    const { milestones } = build(plan, today);
    for (let i = 1; i < milestones.length; i += 1) {
      expect(
        milestones[i - 1]!.date <= milestones[i]!.date,
        `${milestones[i - 1]!.id} then ${milestones[i]!.id}`,
      ).toBe(true);
    }
  });

  test.prop([scenarioArb()])(
    'has contiguous stages in route order: each ends the day before the next starts, only the consultant stage is open-ended',
    ({ plan, today }) => {
      const { stages } = build(plan, today);
      expect(stages.length).toBeGreaterThan(0);
      const order = stages.map((stage) => STAGE_IDS.indexOf(stage.id));
      for (let i = 1; i < order.length; i += 1) expect(order[i]!).toBeGreaterThan(order[i - 1]!);
      stages.forEach((stage, index) => {
        const next = stages[index + 1];
        if (next === undefined) {
          expect(stage.id).toBe('consultant');
          expect(stage.end).toBeNull();
        } else {
          expect(stage.end, `${stage.id} end`).not.toBeNull();
          const end = stage.end ?? '';
          expect(stage.start <= end, `${stage.id}: ${stage.start} to ${end}`).toBe(true);
          expect(nextDay(end), `${stage.id} ends ${end}, ${next.id} starts ${next.start}`).toBe(
            next.start,
          );
        }
      });
    },
  );

  test.prop([scenarioArb()])('ends stages on the dates the contract gives', ({ plan, today }) => {
    const timeline = build(plan, today);
    for (const stage of timeline.stages) {
      if (stage.id === 'school') expect(stage.end?.slice(5)).toBe('08-31');
      if (stage.id === 'first-degree') expect(stage.end).toBe(`${plan.qualificationYear}-08-31`);
      if (stage.id === 'medical-school')
        expect(stage.end).toBe(isoOfDay(dayNumber(dateOfMilestone(timeline, 'f1-start')) - 1));
      if (stage.id === 'higher-specialty-training')
        expect(stage.end).toBe(dateOfMilestone(timeline, 'cct'));
    }
  });

  test.prop([scenarioArb()])(
    'opens with the current stage, which has already started',
    ({ plan, today }) => {
      // It need not contain today: a final-year student is still in the academic year after F1 starts
      // on the first Wednesday in August, so their medical-school stage ends a few days before 1 September.
      const { stages } = build(plan, today);
      const first = stages[0]!;
      expect(FIRST_STAGE[plan.now.stage]).toContain(first.id);
      expect(first.start <= today).toBe(true);
    },
  );

  // docs/timeline-rules.md: "The timeline shows every milestone from the start of the person's current
  // stage", and each milestone names the stage it falls in.
  it('dates every milestone within the stage it names: a gap-year student who applied', () => {
    // Their UCAT registration (20 May 2026) came before the gap year that began on 1 September 2026.
    const plan = {
      dateOfBirth: '2008-07-19',
      now: { stage: 'gap-year' },
      appliedInCurrentRound: true,
    };
    const { stages, milestones } = build(plan, '2026-11-25');
    const outside = milestones.filter((item) => {
      const stage = stages.find((candidate) => candidate.id === item.stageId);
      return !stage || item.date < stage.start || (stage.end !== null && item.date > stage.end);
    });
    expect(outside.map((item) => `${item.id} ${item.date} (${item.stageId})`)).toEqual([]);
    expect(milestones.map((item) => item.id)).toContain('ucat-registration-opens');
  });

  test.prop([scenarioArb()])(
    'dates every milestone on or after the start of the current stage',
    ({ plan, today }) => {
      const { stages, milestones } = build(plan, today);
      const start = stages[0]!.start;
      expect(
        milestones.filter((item) => item.date < start).map((item) => `${item.id} ${item.date}`),
      ).toEqual([]);
    },
  );

  test.prop([scenarioArb()])(
    'dates every milestone from the start of the timeline within the stage it names',
    ({ plan, today }) => {
      const { stages, milestones } = build(plan, today);
      const timelineStart = stages[0]!.start;
      for (const item of milestones.filter((m) => m.date >= timelineStart)) {
        const stage = stages.find((candidate) => candidate.id === item.stageId);
        expect(stage, `${item.id} names ${item.stageId}`).toBeDefined();
        if (!stage) continue;
        expect(
          stage.start <= item.date,
          `${item.id} ${item.date} in ${stage.id} from ${stage.start}`,
        ).toBe(true);
        if (stage.end !== null)
          expect(
            item.date <= stage.end,
            `${item.id} ${item.date} in ${stage.id} to ${stage.end}`,
          ).toBe(true);
      }
    },
  );

  test.prop([scenarioArb()])(
    'gives each milestone the age in whole years on its date',
    ({ plan, today }) => {
      const { milestones, summary } = build(plan, today);
      for (const item of milestones)
        expect(item.age, `${item.id} on ${item.date}`).toBe(
          wholeYears(plan.dateOfBirth, item.date),
        );
      for (let i = 1; i < milestones.length; i += 1)
        expect(milestones[i]!.age).toBeGreaterThanOrEqual(milestones[i - 1]!.age);
      if (summary.cct !== null)
        expect(summary.ageAtCct).toBe(wholeYears(plan.dateOfBirth, summary.cct));
    },
  );

  test.prop([scenarioArb()])(
    'marks past milestones done (unless the window or month they cover is still running) and future ones upcoming',
    ({ plan, today }) => {
      const { milestones } = build(plan, today);
      for (const item of milestones) {
        if (item.date > today) expect(item.status, `${item.id} on ${item.date}`).toBe('upcoming');
        else if (lastDayCovered(item) < today)
          expect(item.status, `${item.id} on ${item.date}`).toBe('done');
        else
          expect(item.status, `${item.id} from ${item.date} to ${lastDayCovered(item)}`).toBe(
            'now',
          );
      }
    },
  );

  test.prop([scenarioArb()])(
    'shows no milestones from stages before the current one, and always the CCT (except for consultants)',
    ({ plan, today }) => {
      const timeline = build(plan, today);
      const allowed = ALLOWED_MILESTONES[plan.now.stage];
      expect(
        timeline.milestones.map((item) => item.id).filter((id) => !allowed.includes(id)),
      ).toEqual([]);
      if (plan.now.stage === 'consultant') {
        expect(milestone(timeline, 'cct')).toBeUndefined();
        expect(timeline.summary.cct).toBeNull();
      } else {
        expect(milestone(timeline, 'cct')).toBeDefined();
        expect(timeline.summary.cct).toBe(dateOfMilestone(timeline, 'cct'));
      }
    },
  );

  test.prop([scenarioArb(BEFORE_MEDICAL_SCHOOL)])(
    'shows the admissions milestones before medical school, with GAMSAT only for graduate entry',
    ({ plan, today }) => {
      const timeline = build(plan, today);
      for (const id of ENTRY.filter((entry) => entry !== 'gamsat-sitting'))
        expect(milestone(timeline, id), id).toBeDefined();
      expect(milestone(timeline, 'gamsat-sitting') !== undefined).toBe(
        plan.medicalSchoolRoute === 'graduate-entry',
      );
    },
  );

  test.prop([scenarioArb(NOW_STAGES.filter((stage) => stage !== 'consultant'))])(
    'dates higher training from the ST4 start: yearly rotations, the SCE in ST6, the CCT 4 years on less a day',
    ({ plan, today }) => {
      const timeline = build(plan, today);
      const st4 = dateOfMilestone(timeline, 'st4-start');
      const h = yearOf(st4);
      expect(st4).toBe(rotation(h));
      expect(dateOfMilestone(timeline, 'st5-start')).toBe(rotation(h + 1));
      expect(dateOfMilestone(timeline, 'st6-start')).toBe(rotation(h + 2));
      expect(dateOfMilestone(timeline, 'st7-start')).toBe(rotation(h + 3));
      const sce = dateOfMilestone(timeline, 'sce-sitting');
      expect(sce >= rotation(h + 2) && sce < rotation(h + 3), `SCE ${sce}`).toBe(true);
      expect(dateOfMilestone(timeline, 'cct')).toBe(
        isoOfDay(dayOf(h + 4, Number(st4.slice(5, 7)), Number(st4.slice(8))) - 1),
      );
      // The full MRCP(UK) by the round's first offers deadline: the third Thursday in April of the
      // ST4 year (the 15th to the 21st), or the published deadline (21 April 2022, 18 April 2024).
      const mrcp = milestone(timeline, 'mrcp-complete-by');
      if (mrcp) {
        const published: Readonly<Record<number, string>> = {
          2022: '2022-04-21',
          2024: '2024-04-18',
        };
        const day = Number(mrcp.date.slice(8));
        const isThursday = new Date(`${mrcp.date}T00:00:00Z`).getUTCDay() === 4;
        expect(
          published[h] === mrcp.date ||
            (mrcp.date.startsWith(`${h}-04-`) && day >= 15 && day <= 21 && isThursday),
          `MRCP by ${mrcp.date} for ST4 in ${h}`,
        ).toBe(true);
      }
    },
  );

  test.prop([scenarioArb(BEFORE_CORE)])(
    'dates foundation and core training from the F1 start',
    ({ plan, today }) => {
      const timeline = build(plan, today);
      const g = yearOf(dateOfMilestone(timeline, 'f1-start'));
      expect(dateOfMilestone(timeline, 'f1-start')).toBe(rotation(g));
      expect(dateOfMilestone(timeline, 'f2-start')).toBe(rotation(g + 1));
      expect(dateOfMilestone(timeline, 'full-gmc-registration')).toBe(rotation(g + 1));
      expect(dateOfMilestone(timeline, 'foundation-complete')).toBe(
        isoOfDay(dayNumber(rotation(g + 2)) - 1),
      );
      const k = yearOf(dateOfMilestone(timeline, 'core-training-start'));
      expect(dateOfMilestone(timeline, 'core-training-start')).toBe(rotation(k));
      // K = G + 2 + yearsBeforeCoreTraining, or a later round if that one has closed.
      expect(k).toBeGreaterThanOrEqual(g + 2 + plan.yearsBeforeCoreTraining);
      if (plan.now.stage !== 'f2' || plan.appliedInCurrentRound)
        expect(k).toBe(g + 2 + plan.yearsBeforeCoreTraining);
      const coreYears = plan.coreRoute === 'imt' ? 3 : 4;
      expect(yearOf(dateOfMilestone(timeline, 'st4-start'))).toBe(k + coreYears);
    },
  );

  test.prop([scenarioArb()])(
    'without an application already made, every application round shown is still open today',
    ({ plan, today }) => {
      fc.pre(!plan.appliedInCurrentRound);
      const timeline = build(plan, today);
      const ucas = milestone(timeline, 'ucas-deadline');
      if (ucas) expect(ucas.date >= today, `UCAS deadline ${ucas.date}`).toBe(true);
      for (const id of ['core-application-window', 'st4-application-window'] as const) {
        const window = milestone(timeline, id);
        if (window)
          expect(lastDayCovered(window) >= today, `${id} closes ${lastDayCovered(window)}`).toBe(
            true,
          );
      }
    },
  );
});

describe('how choices move the route', () => {
  test.prop([scenarioArb(BEFORE_CORE)])(
    'ACCS-IM instead of IMT moves the CCT exactly one training year later',
    ({ plan, today }) => {
      const imt = build({ ...plan, coreRoute: 'imt' }, today);
      const accs = build({ ...plan, coreRoute: 'accs-im' }, today);
      const imtCct = dateOfMilestone(imt, 'cct');
      const accsCct = dateOfMilestone(accs, 'cct');
      expect(yearOf(accsCct)).toBe(yearOf(imtCct) + 1);
      const imtSt4 = dateOfMilestone(imt, 'st4-start');
      expect(dateOfMilestone(accs, 'st4-start')).toBe(rotation(yearOf(imtSt4) + 1));
      expect(dateOfMilestone(accs, 'core-training-start')).toBe(
        dateOfMilestone(imt, 'core-training-start'),
      );
      expect(accs.summary.coreRouteYears).toBe(imt.summary.coreRouteYears + 1);
    },
  );

  function expectNoMilestoneEarlier(before: Timeline, after: Timeline): void {
    const earlier = before.milestones.flatMap((item) => {
      const moved = milestone(after, item.id);
      return moved && moved.date < item.date
        ? [`${item.id}: ${item.date} became ${moved.date}`]
        : [];
    });
    expect(earlier).toEqual([]);
  }

  test.prop([scenarioArb(BEFORE_MEDICAL_SCHOOL)])(
    'an extra gap year never moves a milestone earlier',
    ({ plan, today }) => {
      const before = build(plan, today);
      const after = build(
        { ...plan, gapYearsBeforeMedicalSchool: plan.gapYearsBeforeMedicalSchool + 1 },
        today,
      );
      expectNoMilestoneEarlier(before, after);
    },
  );

  test.prop([scenarioArb()])(
    'an extra F3 year never moves a milestone earlier',
    ({ plan, today }) => {
      const before = build(plan, today);
      const after = build(
        { ...plan, yearsBeforeCoreTraining: plan.yearsBeforeCoreTraining + 1 },
        today,
      );
      expectNoMilestoneEarlier(before, after);
    },
  );

  test.prop([scenarioArb(BEFORE_CORE)])(
    'an extra F3 year moves core training and the CCT one year later',
    ({ plan, today }) => {
      // An F2 doctor who missed this year's core round and has not applied already waits a year, which an F3 year absorbs.
      fc.pre(plan.now.stage !== 'f2' || plan.appliedInCurrentRound);
      const before = build(plan, today);
      const after = build(
        { ...plan, yearsBeforeCoreTraining: plan.yearsBeforeCoreTraining + 1 },
        today,
      );
      expect(yearOf(dateOfMilestone(after, 'cct'))).toBe(
        yearOf(dateOfMilestone(before, 'cct')) + 1,
      );
      expect(dateOfMilestone(after, 'f1-start')).toBe(dateOfMilestone(before, 'f1-start'));
    },
  );

  /** 15 October of `year`, or the Monday after when it is a weekend (docs/timeline-rules.md). */
  function ucasDeadlineDay(year: number): number {
    const day = dayOf(year, 10, 15);
    const weekday = new Date(day * 86_400_000).getUTCDay(); // 0 Sunday … 6 Saturday
    return day + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0);
  }
  /** The final school year in each nation's own numbering. */
  const FINAL_YEAR: Readonly<Record<string, number>> = {
    england: 13,
    wales: 13,
    'northern-ireland': 14,
    scotland: 6,
  };

  // A pupil in their final school year (Year 13, Year 14 in Northern Ireland, S6) in the academic year
  // starting 1 September Y, checked on or before 15 October Y, and again after that year's deadline.
  const year13Arb = fc
    .record({
      academicYear: fc.integer({ min: 2025, max: 2034 }),
      onTime: fc.integer({ min: 0, max: 44 }),
      late: fc.integer({ min: 0, max: 319 }),
      bornDay: fc.integer({ min: 0, max: 364 }),
      choices: choicesArb,
      route: fc.constantFrom('standard' as const, 'integrated-degree' as const, 'gateway' as const),
    })
    .map(({ academicYear, onTime, late, bornDay, choices, route }) => ({
      academicYear,
      onOrBeforeDeadline: isoOfDay(dayOf(academicYear, 9, 1) + onTime),
      afterDeadline: isoOfDay(
        Math.min(ucasDeadlineDay(academicYear) + 1 + late, dayOf(academicYear + 1, 8, 31)),
      ),
      plan: {
        ...choices,
        medicalSchoolRoute: route,
        now: { stage: 'school' as const, yearGroup: FINAL_YEAR[choices.nation] ?? 13 },
        dateOfBirth: isoOfDay(dayOf(academicYear - 18, 9, 1) + bornDay),
      },
    }));

  test.prop([year13Arb])(
    'a Year 13 pupil checked after 15 October starts medical school a year later, unless they applied',
    ({ academicYear, onOrBeforeDeadline, afterDeadline, plan }) => {
      expect(onOrBeforeDeadline <= `${academicYear}-10-15`).toBe(true);
      expect(
        afterDeadline > `${academicYear}-10-15` && afterDeadline <= `${academicYear + 1}-08-31`,
      ).toBe(true);
      const early = build(plan, onOrBeforeDeadline);
      const late = build(plan, afterDeadline);
      const earlyStart = yearOf(dateOfMilestone(early, 'medical-school-start'));
      const lateStart = yearOf(dateOfMilestone(late, 'medical-school-start'));
      // S = max(L + gap years, E), with L = Y + 1 and E = Y + 1 by 15 October, Y + 2 after it.
      expect(earlyStart).toBe(academicYear + 1 + plan.gapYearsBeforeMedicalSchool);
      const missed = plan.gapYearsBeforeMedicalSchool === 0 && !plan.appliedInCurrentRound;
      expect(lateStart).toBe(earlyStart + (missed ? 1 : 0));
      expect(early.notices.map((notice) => notice.id)).not.toContain('ucas-deadline-passed');
      if (missed) expect(late.notices.map((notice) => notice.id)).toContain('ucas-deadline-passed');
    },
  );

  test.prop([year13Arb])(
    'a Year 13 pupil who has not applied always sees a UCAS deadline still to come',
    ({ onOrBeforeDeadline, afterDeadline, plan }) => {
      const notApplied = { ...plan, appliedInCurrentRound: false };
      for (const today of [onOrBeforeDeadline, afterDeadline]) {
        expect(dateOfMilestone(build(notApplied, today), 'ucas-deadline') >= today).toBe(true);
      }
    },
  );
});

describe('application rounds close at the end of their last day', () => {
  // Worked from docs/timeline-rules.md with the contract's rotation dates (2027-08-04, 2028-08-02).
  it.each([
    [
      'an F2 doctor on the day the core window closes',
      { now: { stage: 'f2' } },
      '2026-12-01',
      'core-training-start',
      '2027-08-04',
    ],
    [
      'an F2 doctor the day after',
      { now: { stage: 'f2' } },
      '2026-12-02',
      'core-training-start',
      '2028-08-02',
    ],
    [
      'an F2 doctor the day after, who applied',
      { now: { stage: 'f2' }, appliedInCurrentRound: true },
      '2026-12-02',
      'core-training-start',
      '2027-08-04',
    ],
    [
      'an IMT3 doctor on the day the ST4 window closes',
      { now: { stage: 'imt', year: 3 } },
      '2026-12-31',
      'st4-start',
      '2027-08-04',
    ],
    [
      'an IMT3 doctor the day after',
      { now: { stage: 'imt', year: 3 } },
      '2027-01-01',
      'st4-start',
      '2028-08-02',
    ],
    [
      'an IMT3 doctor the day after, who applied',
      { now: { stage: 'imt', year: 3 }, appliedInCurrentRound: true },
      '2027-01-01',
      'st4-start',
      '2027-08-04',
    ],
    [
      'an ACCS4 doctor the day after the ST4 window closes',
      { now: { stage: 'accs', year: 4 } },
      '2027-01-01',
      'st4-start',
      '2028-08-02',
    ],
    [
      'a Year 13 pupil on the UCAS deadline',
      { now: { stage: 'school', yearGroup: 13 } },
      '2026-10-15',
      'medical-school-start',
      '2027-09',
    ],
    [
      'a Year 13 pupil the day after',
      { now: { stage: 'school', yearGroup: 13 } },
      '2026-10-16',
      'medical-school-start',
      '2028-09',
    ],
  ] as const)('%s (%j on %s): %s is %s', (_label, change, today, id, expected) => {
    const dateOfBirth = change.now.stage === 'school' ? '2008-10-01' : '1998-04-04';
    const timeline = build({ dateOfBirth, ...change }, today);
    expect(dateOfMilestone(timeline, id).slice(0, expected.length)).toBe(expected);
  });
});
