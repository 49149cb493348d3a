/**
 * Subjects and grades a person has or expects, as saved with their plan. The entry-requirements check
 * (src/domain/entry) compares them with what medical schools typically ask for. JSON form:
 *
 * {
 *   "gcse": { "englishLanguage": 7, "maths": "B", "science": 6, "topGrades": 8 },
 *   "national5": { "topGrades": 6 },
 *   "schoolQualification": { "kind": "a-levels", "subjects": [{ "subject": "chemistry", "grade": "A" }] },
 *   "gradesAre": "predicted",
 *   "degree": { "classification": "upper-second", "science": true }
 * }
 *
 * Every part is optional: people answer what they know.
 */

export const SUBJECTS = [
  'chemistry',
  'biology',
  'physics',
  'maths',
  'further-maths',
  'psychology',
  'english',
  'history',
  'geography',
  'economics',
  'languages',
  'other',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const A_LEVEL_GRADES = ['A*', 'A', 'B', 'C', 'D', 'E'] as const;
export type ALevelGrade = (typeof A_LEVEL_GRADES)[number];

export const HIGHER_GRADES = ['A', 'B', 'C', 'D'] as const;
export type HigherGrade = (typeof HIGHER_GRADES)[number];

/** GCSE grades in England run from 9 (highest) to 1. */
export const GCSE_GRADES = [9, 8, 7, 6, 5, 4, 3, 2, 1] as const;
export type GcseGrade = (typeof GCSE_GRADES)[number];

/**
 * Letter GCSE grades, highest first: A* to G in Wales, and A* to G with a C* between B and C from CCEA
 * in Northern Ireland (rules/entry-requirements: gcse-grades-wales, gcse-grades-northern-ireland).
 */
export const GCSE_LETTER_GRADES = ['A*', 'A', 'B', 'C*', 'C', 'D', 'E', 'F', 'G'] as const;
export type GcseLetterGrade = (typeof GCSE_LETTER_GRADES)[number];

/**
 * A GCSE grade as it is written on the certificate: a number from 9 to 1 (saved as a number), or a
 * letter (saved as text). Pupils in Wales and Northern Ireland may have both kinds.
 */
export type GcseSubjectGrade = GcseGrade | GcseLetterGrade;

/**
 * The most GCSEs or National 5s a count of top grades may give: more than anyone sits, so a larger
 * number is a typing slip. A bound on what is typed, not a rule about schools.
 */
export const MAX_TOP_GRADES = 20;

/** IB Diploma: up to 45 points; each Higher Level subject is graded 1 to 7. */
export const IB_MAX_POINTS = 45;
export const IB_SUBJECT_GRADES = [7, 6, 5, 4, 3, 2, 1] as const;
export type IbSubjectGrade = (typeof IB_SUBJECT_GRADES)[number];

export const DEGREE_CLASSES = ['first', 'upper-second', 'lower-second', 'third', 'other'] as const;
export type DegreeClass = (typeof DEGREE_CLASSES)[number];

export type SubjectGrade<Grade> = { readonly subject: Subject; readonly grade: Grade };

export type SchoolQualification =
  | { readonly kind: 'a-levels'; readonly subjects: readonly SubjectGrade<ALevelGrade>[] }
  | { readonly kind: 'scottish-highers'; readonly subjects: readonly SubjectGrade<HigherGrade>[] }
  | {
      readonly kind: 'ib';
      readonly points: number;
      readonly higherLevel: readonly SubjectGrade<IbSubjectGrade>[];
    }
  /** Another qualification (BTEC, Irish Leaving Certificate…): Pathway cannot compare it. */
  | { readonly kind: 'other' };

export type SchoolQualificationKind = SchoolQualification['kind'];

export type Qualifications = {
  /**
   * GCSE (or equivalent) grades in English language, maths and science: 9 to 1, or a letter grade
   * (A* to G, or C* from CCEA). Plans saved before letter grades had only 9 to 1, which read unchanged.
   */
  readonly gcse?: {
    readonly englishLanguage?: GcseSubjectGrade;
    readonly maths?: GcseSubjectGrade;
    readonly science?: GcseSubjectGrade;
    /**
     * How many GCSEs are at grade 7, 8 or 9, or A* or A where they have letter grades (Wales and
     * Northern Ireland), results and predictions together: 0 to MAX_TOP_GRADES.
     */
    readonly topGrades?: number;
  };
  /** Scottish National 5s: how many are at grade A (0 to MAX_TOP_GRADES). */
  readonly national5?: { readonly topGrades?: number };
  readonly schoolQualification?: SchoolQualification;
  /** Whether the school grades are results already achieved or predictions. */
  readonly gradesAre?: 'achieved' | 'predicted';
  /** A first degree, for graduate entry. `science` is true for a science or health-related subject. */
  readonly degree?: { readonly classification: DegreeClass; readonly science: boolean };
};
