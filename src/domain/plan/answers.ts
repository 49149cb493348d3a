/**
 * A plan's answers: the Plan's JSON form (docs/timeline-rules.md) with every field optional, because
 * people answer one question at a time. Answers come back from places Pathway does not control (saved
 * data, share links, imported files), so `readPlanAnswers` only checks that each answer has the right
 * type and leaves the rules to `validatePlan`, which says how to put a wrong answer right.
 */
import * as z from 'zod/mini';
import { type Period, readPeriods } from '../cct/period';
import type { Qualifications } from './qualifications';

export type NowAnswer = {
  readonly stage: string;
  readonly yearGroup?: number;
  readonly year?: number;
};

export type PlanAnswers = {
  readonly dateOfBirth?: string;
  readonly nation?: string;
  readonly now?: NowAnswer;
  readonly medicalSchoolRoute?: string;
  readonly intercalate?: boolean;
  readonly gapYearsBeforeMedicalSchool?: number;
  readonly yearsBeforeCoreTraining?: number;
  readonly coreRoute?: string;
  /** For a doctor in another post: `core-training`, or `alternative-certificate` straight to ST4. */
  readonly st4Route?: string;
  /** How much of MRCP(UK) the person has passed: `none`, `part-1` or `full`. */
  readonly mrcp?: string;
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
const text = z.string();
const yesOrNo = z.boolean();
// Any finite number: whether it is a whole number in range is a rule, checked by validatePlan.
const count = z.number();

type Fields = Readonly<Record<string, unknown>>;

/** JSON has no `undefined`, so a `null` answer means "not answered" rather than a wrong answer. */
function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function readNow(value: unknown, unreadable: string[]): NowAnswer | undefined {
  const fields = plainObject.safeParse(value);
  const stage = fields.success ? text.safeParse(fields.data.stage) : null;
  if (!fields.success || !stage?.success) {
    unreadable.push(ANSWER_NAMES.now);
    return undefined;
  }
  const now: { stage: string; yearGroup?: number; year?: number } = { stage: stage.data };
  for (const part of ['yearGroup', 'year'] as const) {
    const partValue = fields.data[part];
    if (isAbsent(partValue)) continue;
    const read = count.safeParse(partValue);
    if (read.success) now[part] = read.data;
    else unreadable.push(NOW_PART_NAMES[part]);
  }
  return now;
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
 * Reads answers from untrusted input. Answers of the wrong type are left out and named in `unreadable`;
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
    const value = fields[field];
    if (isAbsent(value)) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    unreadable.push(ANSWER_NAMES[field]);
    return undefined;
  }

  // Every field listed (the `as` clause makes each one required), so none can be forgotten here.
  const candidates: { [Field in keyof PlanAnswers as Field]: PlanAnswers[Field] | undefined } = {
    dateOfBirth: read('dateOfBirth', text),
    nation: read('nation', text),
    now: isAbsent(fields.now) ? undefined : readNow(fields.now, unreadable),
    medicalSchoolRoute: read('medicalSchoolRoute', text),
    intercalate: read('intercalate', yesOrNo),
    gapYearsBeforeMedicalSchool: read('gapYearsBeforeMedicalSchool', count),
    yearsBeforeCoreTraining: read('yearsBeforeCoreTraining', count),
    coreRoute: read('coreRoute', text),
    st4Route: read('st4Route', text),
    mrcp: read('mrcp', text),
    plannedSt4Year: read('plannedSt4Year', count),
    qualificationYear: read('qualificationYear', count),
    appliedInCurrentRound: read('appliedInCurrentRound', yesOrNo),
    schoolYearChecked: read('schoolYearChecked', yesOrNo),
    // Kept as given: the entry-requirements check reads qualifications part by part and says what
    // it cannot compare, so only the outer shape is checked here.
    qualifications: read('qualifications', plainObject) as Qualifications | undefined,
    changes: readChanges(fields.changes, unreadable),
    reflections: readReflections(fields.reflections, unreadable),
  };

  // Leave unanswered questions out altogether, so `'field' in answers` means it was answered.
  const answers = Object.fromEntries(
    Object.entries(candidates).filter(([, value]) => value !== undefined),
  ) as PlanAnswers;
  return { answers, unreadable };
}
