/**
 * Saved, shared or imported qualifications, read strictly part by part (GCSEs, National 5s, the school
 * qualification, whether grades are predicted, the degree) with the schemas behind Qualifications
 * (src/domain/entry/read-qualifications.ts). A part that does not have exactly Qualifications' shape
 * (A-levels with no list of subjects, a subject with no name, IB Higher Levels that are not a list) is
 * left out and named, so no page ever meets a shape it does not expect; the other parts are kept.
 */
import { QUALIFICATION_PART_SCHEMAS as PARTS } from '../entry/read-qualifications';
import type { Qualifications } from './qualifications';

type Part = keyof typeof PARTS;

/** Each part as the person would recognise it, for "we could not read …". */
export const QUALIFICATION_PART_NAMES: Readonly<Record<Part, string>> = {
  gcse: 'your GCSE grades',
  national5: 'your National 5s',
  schoolQualification: 'your qualifications after GCSEs',
  gradesAre: 'whether your grades are results or predictions',
  degree: 'your degree',
};

/** The school qualification by its kind, when the kind itself could be read. */
const SCHOOL_NAMES: Readonly<Record<string, string>> = {
  'a-levels': 'your A-levels',
  'scottish-highers': 'your Highers',
  ib: 'your IB Diploma',
};

const PART_KEYS = Object.keys(PARTS) as Part[];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function schoolName(value: unknown): string {
  const kind = isRecord(value) && Object.hasOwn(value, 'kind') ? value.kind : undefined;
  return typeof kind === 'string' && Object.hasOwn(SCHOOL_NAMES, kind)
    ? (SCHOOL_NAMES[kind] ?? QUALIFICATION_PART_NAMES.schoolQualification)
    : QUALIFICATION_PART_NAMES.schoolQualification;
}

export type QualificationAnswersReading = {
  /** Undefined when the answer was not an object (then `unreadable` names it as a whole). */
  readonly qualifications: Qualifications | undefined;
  readonly unreadable: readonly string[];
};

/**
 * Reads an object of qualifications: each part of exactly Qualifications' shape is kept, anything else
 * is left out and named (unknown keys without comment: they may come from a newer version). Never throws.
 */
export function readQualificationAnswers(
  value: unknown,
  wholeName: string,
): QualificationAnswersReading {
  if (!isRecord(value)) return { qualifications: undefined, unreadable: [wholeName] };
  const unreadable: string[] = [];
  const kept: Record<string, unknown> = {};
  for (const part of PART_KEYS) {
    const given = Object.hasOwn(value, part) ? value[part] : undefined;
    // JSON has no undefined: null is a part not answered.
    if (given === undefined || given === null) continue;
    const read = PARTS[part].safeParse(given);
    if (read.success) kept[part] = read.data;
    else
      unreadable.push(
        part === 'schoolQualification' ? schoolName(given) : QUALIFICATION_PART_NAMES[part],
      );
  }
  // Each kept part passed its own part of qualificationsSchema, which is typed against Qualifications.
  return { qualifications: kept as Qualifications, unreadable };
}
