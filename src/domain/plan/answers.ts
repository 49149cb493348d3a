/**
 * A plan's answers: the Plan's JSON form (docs/timeline-rules.md) with every field optional, because
 * people answer one question at a time. Answers come back from places Pathway does not control (saved
 * data, share links, imported files), so `readPlanAnswers` parses them once, here, into typed values:
 * each choice one of the known options, each number a whole number in a sane range, each date a real
 * date, qualifications of exactly their shape. Anything else is left out and named, never passed on,
 * so no page meets a shape it does not expect. Whether the answers make a plan together (a year group
 * that exists in the nation, a date of birth in the past) is `validatePlan`'s to say.
 */
import * as z from 'zod/mini';
import { type Period, readPeriods } from '../cct/period';
import { type IsoDate, parseIsoDate } from '../dates';
import { MEDICAL_SCHOOL_ROUTES, type MedicalSchoolRoute } from '../rules/medical-school';
import { CORE_ROUTES, type CoreRoute } from '../rules/specialty';
import { MAX_YEARS_OUT } from './defaults';
import { readQualificationAnswers } from './qualification-answers';
import type { Qualifications } from './qualifications';
import {
  MRCP_PROGRESS,
  type MrcpProgress,
  NATIONS,
  type Nation,
  NOW_STAGES,
  type NowStageId,
  ST4_ROUTES,
  type St4Route,
} from './types';

/** The years parseIsoDate accepts: a year answer outside them could never become a date. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

const nation = z.enum(NATIONS);
const nowStage = z.enum(NOW_STAGES);
const medicalSchoolRoute = z.enum(MEDICAL_SCHOOL_ROUTES);
const coreRoute = z.enum(CORE_ROUTES);
const st4Route = z.enum(ST4_ROUTES);
const mrcp = z.enum(MRCP_PROGRESS);

export type NowAnswer = {
  readonly stage: NowStageId;
  readonly yearGroup?: number;
  readonly year?: number;
};

export type PlanAnswers = {
  /** A real date, YYYY-MM-DD (typed as text so hand-written answers in tests need no cast). */
  readonly dateOfBirth?: string;
  readonly nation?: Nation;
  readonly now?: NowAnswer;
  readonly medicalSchoolRoute?: MedicalSchoolRoute;
  readonly intercalate?: boolean;
  readonly gapYearsBeforeMedicalSchool?: number;
  readonly yearsBeforeCoreTraining?: number;
  readonly coreRoute?: CoreRoute;
  /** For a doctor in another post: `core-training`, or `alternative-certificate` straight to ST4. */
  readonly st4Route?: St4Route;
  /** How much of MRCP(UK) the person has passed: `none`, `part-1` or `full`. */
  readonly mrcp?: MrcpProgress;
  /** The August an Alternative Certificate applicant wants to start ST4. */
  readonly plannedSt4Year?: number;
  readonly qualificationYear?: number;
  readonly appliedInCurrentRound?: boolean;
  /**
   * The person said their school year is right although their date of birth usually means a year two or
   * more away (asked once; cleared when either answer changes).
   */
  readonly schoolYearChecked?: boolean;
  readonly qualifications?: Qualifications;
  /**
   * Part-time periods, time out and leave, each typed with a stable id (src/domain/cct/period.ts). The
   * timeline engine checks them against the training dates and names any field that is wrong.
   */
  readonly changes?: readonly Period[];
  /**
   * The skills ticked on the roles page's self-reflection checklist, by id. Not a test: nothing reads
   * them but the checklist. Ids the checklist does not know (from a newer version) are kept.
   */
  readonly reflections?: readonly string[];
};

export type PlanAnswersReading = {
  readonly answers: PlanAnswers;
  /** Each answer that could not be read, in plain English ("the date of birth"), in question order. */
  readonly unreadable: string[];
};

/** How each answer is named when we tell someone we could not read it. */
export const ANSWER_NAMES: Readonly<Record<keyof PlanAnswers, string>> = {
  dateOfBirth: 'the date of birth',
  nation: 'where you live',
  now: 'where you are now',
  medicalSchoolRoute: 'the route through medical school',
  intercalate: 'whether you plan an intercalated year',
  gapYearsBeforeMedicalSchool: 'the gap years before medical school',
  yearsBeforeCoreTraining: 'the years between Foundation and core training',
  coreRoute: 'the core training route',
  st4Route: 'how you plan to reach ST4',
  mrcp: 'how much of MRCP(UK) you have passed',
  plannedSt4Year: 'when you want to start ST4',
  qualificationYear: 'the year you finish your first degree',
  appliedInCurrentRound: 'whether you have already applied',
  schoolYearChecked: 'that your school year is right',
  qualifications: 'your qualifications',
  changes: 'your part-time periods and time out',
  reflections: 'your skills checklist',
};

const NOW_PART_NAMES: Readonly<Record<'yearGroup' | 'year', string>> = {
  yearGroup: 'your school year group',
  year: 'which year you are in',
};

const plainObject = z.record(z.string(), z.unknown());
const yesOrNo = z.boolean();
/** A real date, YYYY-MM-DD, in the years Pathway's date arithmetic covers. */
const isoDate = z.custom<IsoDate>((value) => parseIsoDate(value) !== null);

/**
 * Whole numbers within bounds wider than any plan needs: wide enough that validatePlan, not the reader,
 * explains a value a form could save (a year group the nation does not have), narrow enough that
 * nothing downstream meets a fraction, a huge number or a year outside the dates Pathway works with.
 */
const yearOfStage = z.int().check(z.gte(1), z.lte(20));
const yearsOut = z.int().check(z.gte(0), z.lte(MAX_YEARS_OUT));
const calendarYear = z.int().check(z.gte(FIRST_YEAR), z.lte(LAST_YEAR));

type Fields = Readonly<Record<string, unknown>>;

/** JSON has no `undefined`, so a `null` answer means "not answered" rather than a wrong answer. */
function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

/** A field of untrusted input, by own property only (never `toString` or `__proto__` from a prototype). */
function own(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

function readNow(value: unknown, unreadable: string[]): NowAnswer | undefined {
  const fields = plainObject.safeParse(value);
  const stage = fields.success ? nowStage.safeParse(own(fields.data, 'stage')) : null;
  if (!fields.success || !stage?.success) {
    unreadable.push(ANSWER_NAMES.now);
    return undefined;
  }
  const now: { stage: NowStageId; yearGroup?: number; year?: number } = { stage: stage.data };
  for (const part of ['yearGroup', 'year'] as const) {
    const partValue = own(fields.data, part);
    if (isAbsent(partValue)) continue;
    const read = yearOfStage.safeParse(partValue);
    if (read.success) now[part] = read.data;
    else unreadable.push(NOW_PART_NAMES[part]);
  }
  return now;
}

function readQualifications(value: unknown, unreadable: string[]): Qualifications | undefined {
  if (isAbsent(value)) return undefined;
  const reading = readQualificationAnswers(value, ANSWER_NAMES.qualifications);
  unreadable.push(...reading.unreadable);
  return reading.qualifications;
}

/**
 * The skills checklist, read leniently: any list is kept, with its text entries once each and anything
 * else left out, since a lost tick matters less than a lost list.
 */
function readReflections(value: unknown, unreadable: string[]): readonly string[] | undefined {
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value)) {
    unreadable.push(ANSWER_NAMES.reflections);
    return undefined;
  }
  return [...new Set(value.filter((entry): entry is string => typeof entry === 'string'))];
}

/**
 * Each period that has the shape of one, with its id (given one when it has none); a period that cannot
 * be read is left out and named, so the saved copy is kept and the person told.
 */
function readChanges(value: unknown, unreadable: string[]): readonly Period[] | undefined {
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value)) {
    unreadable.push(ANSWER_NAMES.changes);
    return undefined;
  }
  const reading = readPeriods(value);
  if (reading.unreadable === 1)
    unreadable.push('1 part-time period or time out that Pathway cannot read');
  else if (reading.unreadable > 1)
    unreadable.push(`${reading.unreadable} part-time periods or time out that Pathway cannot read`);
  return reading.periods;
}

/**
 * Reads answers from untrusted input. Answers that are not one of their known values, of their type
 * and range, are left out and named in `unreadable`;
 * fields Pathway does not know are left out without comment (they may come from a newer version).
 * Never throws.
 */
export function readPlanAnswers(input: unknown): PlanAnswersReading {
  const unreadable: string[] = [];
  if (isAbsent(input)) return { answers: {}, unreadable };
  const parsed = plainObject.safeParse(input);
  if (!parsed.success) return { answers: {}, unreadable: ['the answers'] };
  const fields: Fields = parsed.data;

  function read<T>(field: keyof PlanAnswers, schema: z.ZodMiniType<T>): T | undefined {
    const value = own(fields, field);
    if (isAbsent(value)) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    unreadable.push(ANSWER_NAMES[field]);
    return undefined;
  }

  // Every field listed (the `as` clause makes each one required), so none can be forgotten here.
  const candidates: { [Field in keyof PlanAnswers as Field]: PlanAnswers[Field] | undefined } = {
    dateOfBirth: read('dateOfBirth', isoDate),
    nation: read('nation', nation),
    now: isAbsent(own(fields, 'now')) ? undefined : readNow(own(fields, 'now'), unreadable),
    medicalSchoolRoute: read('medicalSchoolRoute', medicalSchoolRoute),
    intercalate: read('intercalate', yesOrNo),
    gapYearsBeforeMedicalSchool: read('gapYearsBeforeMedicalSchool', yearsOut),
    yearsBeforeCoreTraining: read('yearsBeforeCoreTraining', yearsOut),
    coreRoute: read('coreRoute', coreRoute),
    st4Route: read('st4Route', st4Route),
    mrcp: read('mrcp', mrcp),
    plannedSt4Year: read('plannedSt4Year', calendarYear),
    qualificationYear: read('qualificationYear', calendarYear),
    appliedInCurrentRound: read('appliedInCurrentRound', yesOrNo),
    schoolYearChecked: read('schoolYearChecked', yesOrNo),
    qualifications: readQualifications(own(fields, 'qualifications'), unreadable),
    changes: readChanges(own(fields, 'changes'), unreadable),
    reflections: readReflections(own(fields, 'reflections'), unreadable),
  };

  // Leave unanswered questions out altogether, so `'field' in answers` means it was answered.
  const answers = Object.fromEntries(
    Object.entries(candidates).filter(([, value]) => value !== undefined),
  ) as PlanAnswers;
  return { answers, unreadable };
}
