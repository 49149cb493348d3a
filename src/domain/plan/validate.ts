/**
 * Turns untrusted input (a form, saved data, a share link, a fixture) into a Plan, or into a list of
 * errors that each name a field and say in plain English how to put it right. Never throws.
 */
import { academicYearOf, schoolLeavingYear, trainingYearOf } from '../calendar';
import { type IsoDate, ageOn, parseIsoDate, yearOf } from '../dates';
import {
  MEDICAL_SCHOOL_ROUTES,
  type MedicalSchoolRoute,
  courseLengths,
  intercalationYear,
} from '../rules/medical-school';
import { CORE_ROUTES } from '../rules/specialty';
import { MAX_YEARS_OUT, PLAN_AGE_LIMITS, PLAN_DEFAULTS } from './defaults';
import { STAGE_YEAR_RANGES } from './stage-years';
import {
  MRCP_PROGRESS,
  NATIONS,
  NOW_STAGES,
  ST4_ROUTES,
  type Nation,
  type NowStage,
  type Plan,
  type PlanError,
  type PlanErrorCode,
  type PlanField,
} from './types';
import { schoolYearsFor } from '../rules/school-years';

/** How many years after this academic year a first degree may end. */
const LATEST_DEGREE_END_YEARS = 12;

/** How each nation's school years are named in a message. */
const NATION_NUMBERING: Readonly<Record<Nation, string>> = {
  england: 'England',
  wales: 'Wales',
  'northern-ireland': 'Northern Ireland',
  scotland: 'Scottish',
};

export type PlanValidation =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly errors: readonly PlanError[] };

type Fields = Readonly<Record<string, unknown>>;

const FIELD_ORDER: readonly PlanField[] = [
  'today',
  'dateOfBirth',
  'nation',
  'now',
  'now.stage',
  'now.yearGroup',
  'now.year',
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
];

const ROUTE_NAMES: Readonly<Record<MedicalSchoolRoute, string>> = {
  standard: 'standard',
  'integrated-degree': '6-year integrated degree',
  gateway: 'gateway',
  'graduate-entry': 'graduate entry',
};

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

class ErrorList {
  readonly errors: PlanError[] = [];
  add(field: PlanField, code: PlanErrorCode, message: string): void {
    this.errors.push({ field, code, message });
  }
}

/**
 * The youngest person the planner takes in each nation: the youngest pupil in its first school year
 * covered (Year 9 in England and Wales, Year 8 in Northern Ireland, S1 in Scotland).
 */
export function youngestAge(nation: Nation): number {
  const { first, birthOffset } = schoolYearsFor(nation).value;
  return first + birthOffset - 1;
}

const FIRST_YEAR_WORDS: Readonly<Record<Nation, string>> = {
  england: 'Year 9 at school in England',
  wales: 'Year 9 at school in Wales',
  'northern-ireland': 'Year 8 at school in Northern Ireland',
  scotland: 'S1 at school in Scotland',
};

function checkDateOfBirth(
  value: unknown,
  today: IsoDate,
  nation: Nation,
  errors: ErrorList,
): IsoDate | null {
  if (value === undefined || value === null || value === '') {
    errors.add('dateOfBirth', 'required', 'Enter your date of birth');
    return null;
  }
  const dateOfBirth = parseIsoDate(value);
  if (!dateOfBirth) {
    errors.add('dateOfBirth', 'invalid-date', 'Date of birth must be a real date');
    return null;
  }
  if (dateOfBirth > today) {
    errors.add('dateOfBirth', 'future-date', 'Date of birth must be in the past');
    return null;
  }
  const age = ageOn(dateOfBirth, today);
  if (age < youngestAge(nation)) {
    errors.add(
      'dateOfBirth',
      'too-young',
      `Date of birth must be for someone aged ${youngestAge(nation)} or over. This planner starts from ${FIRST_YEAR_WORDS[nation]}`,
    );
    return null;
  }
  if (age > PLAN_AGE_LIMITS.oldest) {
    errors.add(
      'dateOfBirth',
      'too-old',
      `Date of birth must be for someone aged ${PLAN_AGE_LIMITS.oldest} or under`,
    );
    return null;
  }
  return dateOfBirth;
}

function checkYearsOut(
  field: 'gapYearsBeforeMedicalSchool' | 'yearsBeforeCoreTraining',
  value: unknown,
  label: string,
  errors: ErrorList,
): number {
  if (value === undefined) return PLAN_DEFAULTS[field];
  if (!isWholeNumber(value) || value < 0 || value > MAX_YEARS_OUT) {
    errors.add(field, 'out-of-range', `${label} must be a whole number from 0 to ${MAX_YEARS_OUT}`);
    return 0;
  }
  return value;
}

function courseLength(route: MedicalSchoolRoute, intercalate: boolean): number {
  return courseLengths[route].value.years + (intercalate ? intercalationYear.value.years : 0);
}

function checkYearInStage(
  value: unknown,
  from: number,
  to: number,
  message: string,
  errors: ErrorList,
): number | null {
  if (value === undefined) {
    errors.add('now.year', 'required', message);
    return null;
  }
  if (!isWholeNumber(value) || value < from || value > to) {
    errors.add('now.year', 'out-of-range', message);
    return null;
  }
  return value;
}

function checkNow(
  value: unknown,
  route: MedicalSchoolRoute,
  intercalate: boolean,
  nation: Nation,
  errors: ErrorList,
): NowStage | null {
  if (!isRecord(value)) {
    errors.add('now', 'required', 'Select where you are now');
    return null;
  }
  const stage = value.stage;
  if (!isOneOf(NOW_STAGES, stage)) {
    errors.add('now.stage', 'unknown-option', 'Select where you are now from the list');
    return null;
  }
  switch (stage) {
    case 'school': {
      const yearGroup = value.yearGroup;
      const { first, last, prefix } = schoolYearsFor(nation).value;
      if (!isWholeNumber(yearGroup) || yearGroup < first || yearGroup > last) {
        errors.add(
          'now.yearGroup',
          'out-of-range',
          `Year group must be from ${prefix}${first} to ${prefix}${last} (${NATION_NUMBERING[nation]} numbering)`,
        );
        return null;
      }
      return { stage, yearGroup };
    }
    case 'medical-school': {
      const length = courseLength(route, intercalate);
      const year = checkYearInStage(
        value.year,
        1,
        length,
        `Year at medical school must be from 1 to ${length}, the length of a ${ROUTE_NAMES[route]} course${intercalate ? ' with an intercalated year' : ''}`,
        errors,
      );
      return year === null ? null : { stage, year };
    }
    case 'imt':
    case 'accs': {
      const { first, last } = STAGE_YEAR_RANGES[stage];
      const name = stage === 'imt' ? 'IMT' : 'ACCS';
      const year = checkYearInStage(
        value.year,
        first,
        last,
        `${name} year must be from ${first} to ${last}`,
        errors,
      );
      return year === null ? null : { stage, year };
    }
    case 'st': {
      const { first, last } = STAGE_YEAR_RANGES.st;
      const year = checkYearInStage(
        value.year,
        first,
        last,
        `Specialty training year must be from ST${first} to ST${last}`,
        errors,
      );
      return year === null ? null : { stage, year };
    }
    default:
      return { stage };
  }
}

function checkQualificationYear(
  value: unknown,
  now: NowStage | null,
  nation: Nation,
  route: MedicalSchoolRoute,
  today: IsoDate,
  errors: ErrorList,
): number | undefined {
  const academicYear = academicYearOf(today);
  const needed = now?.stage === 'school' && route === 'graduate-entry';
  if (value === undefined || value === null) {
    if (needed) {
      errors.add(
        'qualificationYear',
        'required',
        'Enter the year you expect to finish your first degree. Graduate-entry courses are for people who already have a degree',
      );
    }
    return undefined;
  }
  // The youngest pupils covered (Year 8 in Northern Ireland) leave school 7 years on, then a degree.
  if (!isWholeNumber(value) || value < 1950 || value > academicYear + LATEST_DEGREE_END_YEARS) {
    errors.add(
      'qualificationYear',
      'out-of-range',
      `The year you finish your degree must be a year from 1950 to ${academicYear + LATEST_DEGREE_END_YEARS}`,
    );
    return undefined;
  }
  if (
    needed &&
    now?.stage === 'school' &&
    value <= schoolLeavingYear(academicYear, now.yearGroup, schoolYearsFor(nation).value.last)
  ) {
    errors.add(
      'qualificationYear',
      'inconsistent',
      'The year you finish your degree must be after the year you leave school',
    );
    return undefined;
  }
  return value;
}

/**
 * The August an Alternative Certificate applicant wants to start ST4: a whole year from the next August
 * to 11 years on (a round already closed moves on to the next, as other rounds do). Only checked on
 * that route, so an answer left from an earlier choice never blocks another route.
 */
function checkPlannedSt4Year(
  value: unknown,
  used: boolean,
  today: IsoDate,
  errors: ErrorList,
): number | undefined {
  if (value === undefined || value === null || !used) return undefined;
  const first = trainingYearOf(today) + 1;
  const last = first + MAX_YEARS_OUT;
  if (!isWholeNumber(value) || value < first || value > last) {
    errors.add(
      'plannedSt4Year',
      'out-of-range',
      `The year you want to start ST4 must be a year from ${first} to ${last}. ST4 posts start in August`,
    );
    return undefined;
  }
  return value;
}

/** Checks a plan against the rules on `today`. Fields left out take the documented defaults. */
export function validatePlan(input: unknown, today: IsoDate): PlanValidation {
  const errors = new ErrorList();
  const fields: Fields = isRecord(input) ? input : {};

  const dateOfBirth = checkDateOfBirth(
    fields.dateOfBirth,
    today,
    isOneOf(NATIONS, fields.nation) ? fields.nation : PLAN_DEFAULTS.nation,
    errors,
  );

  const nation = fields.nation ?? PLAN_DEFAULTS.nation;
  if (!isOneOf(NATIONS, nation))
    errors.add('nation', 'unknown-option', 'Select England, Scotland, Wales or Northern Ireland');

  const route = fields.medicalSchoolRoute ?? PLAN_DEFAULTS.medicalSchoolRoute;
  const routeIsKnown = isOneOf(MEDICAL_SCHOOL_ROUTES, route);
  if (!routeIsKnown) {
    errors.add(
      'medicalSchoolRoute',
      'unknown-option',
      'Select a route through medical school: standard, 6-year with an integrated degree, gateway year or graduate entry',
    );
  }

  const intercalate = fields.intercalate ?? PLAN_DEFAULTS.intercalate;
  if (typeof intercalate !== 'boolean')
    errors.add('intercalate', 'invalid-type', 'Select yes or no for an intercalated year');

  const now = checkNow(
    fields.now,
    routeIsKnown ? route : 'standard',
    intercalate === true,
    isOneOf(NATIONS, nation) ? nation : PLAN_DEFAULTS.nation,
    errors,
  );

  const gapYears = checkYearsOut(
    'gapYearsBeforeMedicalSchool',
    fields.gapYearsBeforeMedicalSchool,
    'Gap years before medical school',
    errors,
  );
  const yearsBeforeCore = checkYearsOut(
    'yearsBeforeCoreTraining',
    fields.yearsBeforeCoreTraining,
    'Years between Foundation and core training',
    errors,
  );

  const coreRoute = fields.coreRoute ?? PLAN_DEFAULTS.coreRoute;
  if (!isOneOf(CORE_ROUTES, coreRoute))
    errors.add(
      'coreRoute',
      'unknown-option',
      'Select a core training route: IMT or ACCS internal medicine',
    );

  const st4Route = fields.st4Route ?? PLAN_DEFAULTS.st4Route;
  if (!isOneOf(ST4_ROUTES, st4Route))
    errors.add(
      'st4Route',
      'unknown-option',
      'Select how you plan to reach ST4: core training, or an Alternative Certificate',
    );

  const mrcp = fields.mrcp ?? PLAN_DEFAULTS.mrcp;
  if (!isOneOf(MRCP_PROGRESS, mrcp))
    errors.add(
      'mrcp',
      'unknown-option',
      'Select how much of MRCP(UK) you have passed: the full diploma, Part 1, or not yet',
    );

  const plannedSt4Year = checkPlannedSt4Year(
    fields.plannedSt4Year,
    now?.stage === 'other-post' && st4Route === 'alternative-certificate',
    today,
    errors,
  );

  const qualificationYear = checkQualificationYear(
    fields.qualificationYear,
    now,
    isOneOf(NATIONS, nation) ? nation : PLAN_DEFAULTS.nation,
    routeIsKnown ? route : 'standard',
    today,
    errors,
  );

  const changes = fields.changes ?? [];
  if (!Array.isArray(changes))
    errors.add('changes', 'invalid-type', 'Enter part-time periods and time out as a list');

  const applied = fields.appliedInCurrentRound ?? PLAN_DEFAULTS.appliedInCurrentRound;
  if (typeof applied !== 'boolean')
    errors.add(
      'appliedInCurrentRound',
      'invalid-type',
      'Select yes or no for whether you have already applied',
    );

  if (
    errors.errors.length > 0 ||
    !dateOfBirth ||
    !now ||
    !routeIsKnown ||
    !isOneOf(NATIONS, nation) ||
    !isOneOf(CORE_ROUTES, coreRoute) ||
    !isOneOf(ST4_ROUTES, st4Route) ||
    !isOneOf(MRCP_PROGRESS, mrcp) ||
    typeof intercalate !== 'boolean' ||
    typeof applied !== 'boolean'
  ) {
    const ordered = [...errors.errors].sort(
      (a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field),
    );
    return { ok: false, errors: ordered };
  }

  const plan: Plan = {
    dateOfBirth,
    nation,
    now,
    medicalSchoolRoute: route,
    intercalate,
    gapYearsBeforeMedicalSchool: gapYears,
    yearsBeforeCoreTraining: yearsBeforeCore,
    coreRoute,
    st4Route,
    mrcp,
    appliedInCurrentRound: applied,
    changes: Array.isArray(changes) ? changes : [],
    ...(qualificationYear === undefined ? {} : { qualificationYear }),
    ...(plannedSt4Year === undefined ? {} : { plannedSt4Year }),
  };
  return { ok: true, plan };
}

/** Checks `today` itself: the engine refuses to plan from an impossible date. */
export function validateToday(
  today: unknown,
): { ok: true; today: IsoDate } | { ok: false; error: PlanError } {
  const parsed = parseIsoDate(today);
  if (!parsed || yearOf(parsed) < 2000) {
    return {
      ok: false,
      error: {
        field: 'today',
        code: 'invalid-date',
        message: "Today's date must be a real date written YYYY-MM-DD",
      },
    };
  }
  return { ok: true, today: parsed };
}

/** The problem with a date of birth on `today`, if any: the same check the whole plan gets. */
export function dateOfBirthProblem(
  value: unknown,
  today: IsoDate,
  nation: Nation = PLAN_DEFAULTS.nation,
): PlanError | null {
  const errors = new ErrorList();
  checkDateOfBirth(value, today, nation, errors);
  return errors.errors[0] ?? null;
}
