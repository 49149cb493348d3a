/**
 * Plan answers for the timeline and pay engines' fuzz suites (issue 15): mostly a person of a fitting
 * age for where they are now, so most plans are worked out, with part-time periods, time out and leave
 * of any kind, length, WTE or credit, and now and then hostile values in any answer or a clock far off.
 */
import { fc } from '@fast-check/vitest';
import { CHANGE_KINDS } from '../../src/domain/cct/kinds';
import { STAGE_YEAR_RANGES, type StageWithYear } from '../../src/domain/plan/stage-years';
import { MRCP_PROGRESS, NATIONS, ST4_ROUTES } from '../../src/domain/plan/types';
import { MEDICAL_SCHOOL_ROUTES } from '../../src/domain/rules/medical-school';
import { CORE_ROUTES } from '../../src/domain/rules/specialty';
import {
  dateBetween,
  dayOfIso,
  hostileDateText,
  hostileNumber,
  isoOfDay,
  likelyShare,
} from './fuzz';

type Now = Readonly<Record<string, unknown>>;

/** `value` one time in `every`, else null. */
function sometimes<T>(value: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> {
  return fc.oneof(
    { weight: every - 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: value },
  );
}

/** Any year of a stage that validation accepts (stage-years.ts). */
function yearOf(stage: StageWithYear): fc.Arbitrary<number> {
  const { first, last } = STAGE_YEAR_RANGES[stage];
  return fc.integer({ min: first, max: last });
}

const { first: firstYearGroup, last: lastYearGroup } = STAGE_YEAR_RANGES.school;

/** Where a person is now, and the ages (in years) that usually go with it. */
const nowAndAges: fc.Arbitrary<readonly [Now, number, number]> = fc.oneof(
  fc
    // Years 7 to 14: the year groups the planner covers and some either side, refused or read in
    // another nation's numbering.
    .integer({ min: firstYearGroup - 2, max: lastYearGroup + 1 })
    .map((yearGroup) => [{ stage: 'school', yearGroup }, yearGroup + 3, yearGroup + 6] as const),
  fc.constant([{ stage: 'gap-year' }, 17, 20] as const),
  fc.constant([{ stage: 'graduate' }, 20, 30] as const),
  yearOf('medical-school').map(
    (year) => [{ stage: 'medical-school', year }, 17 + year, 30] as const,
  ),
  fc.constantFrom([{ stage: 'f1' }, 22, 35] as const, [{ stage: 'f2' }, 23, 36] as const),
  yearOf('imt').map((year) => [{ stage: 'imt', year }, 24, 40] as const),
  yearOf('accs').map((year) => [{ stage: 'accs', year }, 24, 40] as const),
  yearOf('st').map((year) => [{ stage: 'st', year }, 27, 50] as const),
  fc.constant([{ stage: 'other-post' }, 25, 50] as const),
  fc.constant([{ stage: 'consultant' }, 32, 69] as const),
);

const share = fc.oneof(
  { weight: 3, arbitrary: likelyShare },
  { weight: 1, arbitrary: hostileNumber },
);

/** Periods one after another from around today, of any kind, length, WTE or credit. */
function periodsFrom(today: string): fc.Arbitrary<unknown[]> {
  return fc
    .array(
      fc.record({
        kind: fc.oneof(
          { weight: 12, arbitrary: fc.constantFrom(...CHANGE_KINDS) },
          { weight: 1, arbitrary: fc.constantFrom('__proto__', 'toString', '', null) },
        ),
        gap: fc.integer({ min: -400, max: 3000 }),
        days: fc.integer({ min: 1, max: 2000 }),
        openEnded: fc.boolean(),
        wte: share,
        credit: share,
        hostileDate: sometimes(hostileDateText, 20),
      }),
      { maxLength: 5 },
    )
    .map((specs) => {
      let next = dayOfIso(today);
      return specs.map((spec) => {
        const first = next + spec.gap;
        next = first + spec.days;
        return {
          kind: spec.kind,
          start: spec.hostileDate ?? isoOfDay(first),
          end: spec.openEnded ? null : isoOfDay(first + spec.days - 1),
          wte: spec.wte,
          credit: spec.credit,
        };
      });
    });
}

/** A hostile value for any answer. */
const junk = fc.oneof(
  hostileNumber,
  hostileDateText,
  fc.constantFrom('__proto__', 'constructor', {}, []),
);

const ANSWER_KEYS = [
  'dateOfBirth',
  'nation',
  'now',
  'medicalSchoolRoute',
  'intercalate',
  'gapYearsBeforeMedicalSchool',
  'yearsBeforeCoreTraining',
  'coreRoute',
  'st4Route',
  'mrcp',
  'plannedSt4Year',
  'qualificationYear',
  'appliedInCurrentRound',
  'changes',
] as const;

export type FuzzedPlan = { readonly today: unknown; readonly answers: Record<string, unknown> };

/** Today: mostly in the years people use Pathway, sometimes near 2200, sometimes not a date. */
const todayArb = fc.oneof(
  { weight: 12, arbitrary: dateBetween('2024-01-01', '2035-12-31') },
  { weight: 1, arbitrary: dateBetween('2185-01-01', '2200-12-31') },
  { weight: 1, arbitrary: hostileDateText },
);

export const fuzzedPlan: fc.Arbitrary<FuzzedPlan> = todayArb.chain((today) => {
  const realToday =
    typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : '2026-11-25';
  return fc
    .record({
      nowAndAges,
      ageDays: fc.integer({ min: 0, max: 365 * 55 }),
      nation: fc.constantFrom(...NATIONS),
      medicalSchoolRoute: fc.constantFrom(...MEDICAL_SCHOOL_ROUTES),
      intercalate: fc.boolean(),
      gapYearsBeforeMedicalSchool: fc.integer({ min: 0, max: 3 }),
      yearsBeforeCoreTraining: fc.integer({ min: 0, max: 3 }),
      coreRoute: fc.constantFrom(...CORE_ROUTES),
      st4Route: fc.constantFrom(...ST4_ROUTES),
      mrcp: fc.constantFrom(...MRCP_PROGRESS),
      plannedSt4Year: fc.integer({ min: 2024, max: 2040 }),
      qualificationYear: fc.integer({ min: 2020, max: 2040 }),
      appliedInCurrentRound: fc.boolean(),
      changes: periodsFrom(realToday),
      broken: sometimes(fc.tuple(fc.constantFrom(...ANSWER_KEYS), junk), 8),
    })
    .map((drawn) => {
      const [now, youngest, oldest] = drawn.nowAndAges;
      // A date of birth that fits the stage: between its youngest and oldest ages on today.
      const span = (oldest - youngest + 1) * 365;
      const dateOfBirth = isoOfDay(dayOfIso(realToday) - youngest * 365 - (drawn.ageDays % span));
      const answers: Record<string, unknown> = {
        dateOfBirth,
        nation: drawn.nation,
        now,
        medicalSchoolRoute: drawn.medicalSchoolRoute,
        intercalate: drawn.intercalate,
        gapYearsBeforeMedicalSchool: drawn.gapYearsBeforeMedicalSchool,
        yearsBeforeCoreTraining: drawn.yearsBeforeCoreTraining,
        coreRoute: drawn.coreRoute,
        appliedInCurrentRound: drawn.appliedInCurrentRound,
        changes: drawn.changes,
      };
      if (now.stage === 'other-post') {
        answers.st4Route = drawn.st4Route;
        answers.mrcp = drawn.mrcp;
        answers.plannedSt4Year = drawn.plannedSt4Year;
      }
      if (now.stage === 'graduate' || drawn.medicalSchoolRoute === 'graduate-entry')
        answers.qualificationYear = drawn.qualificationYear;
      if (drawn.broken !== null) answers[drawn.broken[0]] = drawn.broken[1];
      return { today, answers };
    });
});
