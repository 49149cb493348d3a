/**
 * Reads saved qualifications (untrusted: old saves, hand-edited files, share links) part by part.
 * Each part is checked with a zod/mini schema built from the Qualifications type; a part that does not
 * parse is left out and described in plain English, and the rest is still used. Never throws.
 */
import * as z from 'zod/mini';
import {
  A_LEVEL_GRADES,
  type ALevelGrade,
  DEGREE_CLASSES,
  type DegreeClass,
  GCSE_GRADES,
  GCSE_LETTER_GRADES,
  type GcseSubjectGrade,
  HIGHER_GRADES,
  type HigherGrade,
  IB_MAX_POINTS,
  IB_SUBJECT_GRADES,
  type IbSubjectGrade,
  MAX_TOP_GRADES,
  type Qualifications,
  SUBJECTS,
  type SubjectGrade,
} from '../plan/qualifications';

export const subjectSchema = z.enum(SUBJECTS);
export const aLevelGradeSchema = z.enum(A_LEVEL_GRADES);
export const higherGradeSchema = z.enum(HIGHER_GRADES);
/** A GCSE grade from 9 to 1 (a number), or a letter grade from Wales or Northern Ireland (text). */
export const gcseGradeSchema = z.union([z.literal(GCSE_GRADES), z.enum(GCSE_LETTER_GRADES)]);
export const ibSubjectGradeSchema = z.literal(IB_SUBJECT_GRADES);
export const ibPointsSchema = z.int().check(z.gte(0), z.lte(IB_MAX_POINTS));
export const topGradesSchema = z.int().check(z.gte(0), z.lte(MAX_TOP_GRADES));
export const degreeClassSchema = z.enum(DEGREE_CLASSES);
export const gradesAreSchema = z.enum(['achieved', 'predicted']);

function subjectGradeSchema<Grade extends z.ZodMiniType>(grade: Grade) {
  return z.object({ subject: subjectSchema, grade });
}

/**
 * Each part of Qualifications, defined once: qualificationsSchema below is built from them, and the
 * saved-answers reader (plan/qualification-answers.ts) checks each part with them on its own, keeping
 * the parts that parse.
 */
export const QUALIFICATION_PART_SCHEMAS = {
  gcse: z.object({
    englishLanguage: z.optional(gcseGradeSchema),
    maths: z.optional(gcseGradeSchema),
    science: z.optional(gcseGradeSchema),
    topGrades: z.optional(topGradesSchema),
  }),
  national5: z.object({ topGrades: z.optional(topGradesSchema) }),
  schoolQualification: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('a-levels'),
      subjects: z.array(subjectGradeSchema(aLevelGradeSchema)),
    }),
    z.object({
      kind: z.literal('scottish-highers'),
      subjects: z.array(subjectGradeSchema(higherGradeSchema)),
    }),
    z.object({
      kind: z.literal('ib'),
      points: ibPointsSchema,
      higherLevel: z.array(subjectGradeSchema(ibSubjectGradeSchema)),
    }),
    z.object({ kind: z.literal('other') }),
  ]),
  gradesAre: gradesAreSchema,
  degree: z.object({ classification: degreeClassSchema, science: z.boolean() }),
} as const;

/**
 * The strict form of Qualifications, for saving and for tests. Typed against Qualifications, so the
 * two cannot drift apart. The check itself reads input leniently (readQualifications below).
 */
export const qualificationsSchema: z.ZodMiniType<Qualifications> = z.object({
  gcse: z.optional(QUALIFICATION_PART_SCHEMAS.gcse),
  national5: z.optional(QUALIFICATION_PART_SCHEMAS.national5),
  schoolQualification: z.optional(QUALIFICATION_PART_SCHEMAS.schoolQualification),
  gradesAre: z.optional(QUALIFICATION_PART_SCHEMAS.gradesAre),
  degree: z.optional(QUALIFICATION_PART_SCHEMAS.degree),
});

/** What could be read. Like Qualifications, but any part may be missing because it could not be read. */
export type ReadSchoolQualification =
  | { readonly kind: 'a-levels'; readonly subjects: readonly SubjectGrade<ALevelGrade>[] }
  | { readonly kind: 'scottish-highers'; readonly subjects: readonly SubjectGrade<HigherGrade>[] }
  | {
      readonly kind: 'ib';
      readonly points?: number;
      readonly higherLevel: readonly SubjectGrade<IbSubjectGrade>[];
    }
  | { readonly kind: 'other' };

export type ReadQualifications = {
  readonly gcse?: {
    readonly englishLanguage?: GcseSubjectGrade;
    readonly maths?: GcseSubjectGrade;
    readonly science?: GcseSubjectGrade;
    readonly topGrades?: number;
  };
  readonly national5?: { readonly topGrades?: number };
  readonly schoolQualification?: ReadSchoolQualification;
  readonly gradesAre?: 'achieved' | 'predicted';
  readonly degree?: { readonly classification?: DegreeClass; readonly science?: boolean };
};

export type QualificationsReading = {
  readonly qualifications: ReadQualifications;
  readonly unreadable: readonly string[];
};

type Fields = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Left out on purpose: people answer what they know, and a cleared answer may be saved as null. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** A key name, safe to show: short, and only if it looks like a name rather than a value. */
function keyName(key: string): string {
  const short = key.length > 30 ? `${key.slice(0, 30)}…` : key;
  return /^[\w\- ]+…?$/.test(short) ? `“${short}”` : 'an answer';
}

function readField<T>(
  fields: Fields,
  key: string,
  schema: z.ZodMiniType<T>,
  problem: string,
  unreadable: string[],
): T | undefined {
  const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
  if (isAbsent(value)) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  unreadable.push(problem);
  return undefined;
}

function reportUnknownKeys(
  fields: Fields,
  known: readonly string[],
  where: string,
  unreadable: string[],
): void {
  for (const key of Object.keys(fields)) {
    if (!known.includes(key)) {
      unreadable.push(`We did not recognise ${keyName(key)} in ${where}, so it is left out`);
    }
  }
}

const GCSE_NAMES = {
  englishLanguage: 'English language',
  maths: 'maths',
  science: 'science',
} as const;

const GCSE_KEYS = [...Object.keys(GCSE_NAMES), 'topGrades'];

const TOP_GRADES_PROBLEM = `should be a whole number from 0 to ${MAX_TOP_GRADES}`;

function readGcse(value: unknown, unreadable: string[]): ReadQualifications['gcse'] {
  if (isAbsent(value)) return undefined;
  if (!isRecord(value)) {
    unreadable.push('Your GCSE grades could not be read, so they are left out');
    return undefined;
  }
  reportUnknownKeys(value, GCSE_KEYS, 'your GCSEs', unreadable);
  const gcse: {
    englishLanguage?: GcseSubjectGrade;
    maths?: GcseSubjectGrade;
    science?: GcseSubjectGrade;
    topGrades?: number;
  } = {};
  for (const key of ['englishLanguage', 'maths', 'science'] as const) {
    const grade = readField(
      value,
      key,
      gcseGradeSchema,
      `Your GCSE ${GCSE_NAMES[key]} grade could not be read (it should be a grade from 9 to 1, or a letter from A* to G), so it is left out`,
      unreadable,
    );
    if (grade !== undefined) gcse[key] = grade;
  }
  const topGrades = readField(
    value,
    'topGrades',
    topGradesSchema,
    `How many GCSEs you have at the top grades could not be read (it ${TOP_GRADES_PROBLEM}), so it is left out`,
    unreadable,
  );
  if (topGrades !== undefined) gcse.topGrades = topGrades;
  return gcse;
}

function readNational5(value: unknown, unreadable: string[]): ReadQualifications['national5'] {
  if (isAbsent(value)) return undefined;
  if (!isRecord(value)) {
    unreadable.push('Your National 5s could not be read, so they are left out');
    return undefined;
  }
  reportUnknownKeys(value, ['topGrades'], 'your National 5s', unreadable);
  const topGrades = readField(
    value,
    'topGrades',
    topGradesSchema,
    `How many National 5s you have at grade A could not be read (it ${TOP_GRADES_PROBLEM}), so it is left out`,
    unreadable,
  );
  return topGrades === undefined ? {} : { topGrades };
}

function readSubjects<Grade>(
  value: unknown,
  gradeSchema: z.ZodMiniType<Grade>,
  names: { readonly list: string; readonly one: string; readonly gradeRange: string },
  unreadable: string[],
): SubjectGrade<Grade>[] {
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) {
    unreadable.push(`Your ${names.list} could not be read, so they are left out`);
    return [];
  }
  const schema = z.object({ subject: subjectSchema, grade: gradeSchema });
  const subjects: SubjectGrade<Grade>[] = [];
  // A plain loop, so holes in a sparse array are read as missing subjects rather than skipped.
  for (let index = 0; index < value.length; index += 1) {
    const parsed = schema.safeParse(value[index]);
    if (parsed.success) subjects.push({ subject: parsed.data.subject, grade: parsed.data.grade });
    else
      unreadable.push(
        `${names.one} ${index + 1} could not be read (it needs a subject from the list and a grade ${names.gradeRange}), so it is left out`,
      );
  }
  return subjects;
}

const SCHOOL_KINDS = ['a-levels', 'scottish-highers', 'ib', 'other'] as const;

function readSchoolQualification(
  value: unknown,
  unreadable: string[],
): ReadSchoolQualification | undefined {
  if (isAbsent(value)) return undefined;
  const kind = isRecord(value) ? value.kind : undefined;
  if (!isRecord(value) || !SCHOOL_KINDS.some((known) => known === kind)) {
    unreadable.push(
      'We could not tell which school qualification you have (A-levels, Scottish Highers, the IB or another), so your school grades are left out',
    );
    return undefined;
  }
  switch (kind) {
    case 'a-levels':
      reportUnknownKeys(value, ['kind', 'subjects'], 'your A-levels', unreadable);
      return {
        kind,
        subjects: readSubjects(
          value.subjects,
          aLevelGradeSchema,
          { list: 'A-levels', one: 'A-level', gradeRange: 'from A* to E' },
          unreadable,
        ),
      };
    case 'scottish-highers':
      reportUnknownKeys(value, ['kind', 'subjects'], 'your Highers', unreadable);
      return {
        kind,
        subjects: readSubjects(
          value.subjects,
          higherGradeSchema,
          { list: 'Highers', one: 'Higher', gradeRange: 'from A to D' },
          unreadable,
        ),
      };
    case 'ib': {
      reportUnknownKeys(value, ['kind', 'points', 'higherLevel'], 'your IB Diploma', unreadable);
      const points = readField(
        value,
        'points',
        ibPointsSchema,
        `Your IB points could not be read (they should be a whole number from 0 to ${IB_MAX_POINTS}), so they are left out`,
        unreadable,
      );
      const higherLevel = readSubjects(
        value.higherLevel,
        ibSubjectGradeSchema,
        {
          list: 'IB Higher Level subjects',
          one: 'IB Higher Level subject',
          gradeRange: 'from 1 to 7',
        },
        unreadable,
      );
      return points === undefined ? { kind, higherLevel } : { kind, points, higherLevel };
    }
    default:
      reportUnknownKeys(value, ['kind'], 'your school qualification', unreadable);
      return { kind: 'other' };
  }
}

function readDegree(value: unknown, unreadable: string[]): ReadQualifications['degree'] {
  if (isAbsent(value)) return undefined;
  if (!isRecord(value)) {
    unreadable.push('Your degree could not be read, so it is left out');
    return undefined;
  }
  reportUnknownKeys(value, ['classification', 'science'], 'your degree', unreadable);
  const classification = readField(
    value,
    'classification',
    degreeClassSchema,
    'Your degree classification could not be read, so it is left out',
    unreadable,
  );
  const science = readField(
    value,
    'science',
    z.boolean(),
    'Whether your degree is in a science could not be read, so it is left out',
    unreadable,
  );
  return {
    ...(classification === undefined ? {} : { classification }),
    ...(science === undefined ? {} : { science }),
  };
}

const TOP_LEVEL_KEYS = ['gcse', 'national5', 'schoolQualification', 'gradesAre', 'degree'] as const;

/**
 * Listed when the qualifications as a whole cannot be read: here, and in the entry check's fallback
 * (check-entry-requirements.ts), so the two say the same.
 */
export const QUALIFICATIONS_UNREADABLE =
  'Your qualifications could not be read, so none of them are checked';

/** Reads whatever can be read; everything else is listed in `unreadable`. Never throws. */
export function readQualifications(input: unknown): QualificationsReading {
  const unreadable: string[] = [];
  if (isAbsent(input)) return { qualifications: {}, unreadable };
  if (!isRecord(input)) {
    unreadable.push(QUALIFICATIONS_UNREADABLE);
    return { qualifications: {}, unreadable };
  }
  reportUnknownKeys(input, TOP_LEVEL_KEYS, 'your qualifications', unreadable);
  const field = (key: (typeof TOP_LEVEL_KEYS)[number]): unknown =>
    Object.hasOwn(input, key) ? input[key] : undefined;

  const gcse = readGcse(field('gcse'), unreadable);
  const national5 = readNational5(field('national5'), unreadable);
  const schoolQualification = readSchoolQualification(field('schoolQualification'), unreadable);
  const gradesAre = readField(
    input,
    'gradesAre',
    gradesAreSchema,
    'Whether your grades are predicted or achieved could not be read, so it is left out',
    unreadable,
  );
  const degree = readDegree(field('degree'), unreadable);
  return {
    qualifications: {
      ...(gcse === undefined ? {} : { gcse }),
      ...(national5 === undefined ? {} : { national5 }),
      ...(schoolQualification === undefined ? {} : { schoolQualification }),
      ...(gradesAre === undefined ? {} : { gradesAre }),
      ...(degree === undefined ? {} : { degree }),
    },
    unreadable,
  };
}
