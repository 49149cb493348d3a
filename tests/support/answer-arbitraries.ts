/**
 * fast-check arbitraries for a plan's answers: `typedAnswers` gives answers as readPlanAnswers returns
 * them (every choice known, every number in range, qualifications of exactly their shape), and
 * `hostileAnswers` the same fields with any JSON in place of any answer or any part of one, as a
 * hand-made link, an edited file or corrupted saved data could hold.
 */
import { fc } from '@fast-check/vitest';
import { CHANGE_KINDS } from '../../src/domain/cct/kinds';
import { readPeriods } from '../../src/domain/cct/period';
import type { PlanAnswers } from '../../src/domain/plan/answers';
import {
  A_LEVEL_GRADES,
  DEGREE_CLASSES,
  GCSE_GRADES,
  GCSE_LETTER_GRADES,
  HIGHER_GRADES,
  IB_MAX_POINTS,
  IB_SUBJECT_GRADES,
  MAX_TOP_GRADES,
  type Qualifications,
  SUBJECTS,
} from '../../src/domain/plan/qualifications';
import { MRCP_PROGRESS, NATIONS, NOW_STAGES, ST4_ROUTES } from '../../src/domain/plan/types';
import { MEDICAL_SCHOOL_ROUTES } from '../../src/domain/rules/medical-school';
import { CORE_ROUTES } from '../../src/domain/rules/specialty';

/** Any JSON, as it comes back from JSON.parse (so never -0). */
export const anyJson: fc.Arbitrary<unknown> = fc
  .jsonValue({ maxDepth: 2 })
  .map((value): unknown => JSON.parse(JSON.stringify(value)));

/** Keys and values that trip lookups made with untrusted keys. */
const prototypeKey = fc.constantFrom('__proto__', 'toString', 'constructor', 'hasOwnProperty');

/** Mostly the good value; often any JSON or a prototype key instead. */
function orHostile<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: good, weight: 3 }, anyJson, prototypeKey);
}

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString().slice(0, 10));

const gcseGrade = fc.oneof(fc.constantFrom(...GCSE_GRADES), fc.constantFrom(...GCSE_LETTER_GRADES));
const topGrades = fc.integer({ min: 0, max: MAX_TOP_GRADES });

function subjects<Grade>(grades: readonly Grade[], maxLength: number) {
  return fc.array(
    fc.record({ subject: fc.constantFrom(...SUBJECTS), grade: fc.constantFrom(...grades) }),
    { maxLength },
  );
}

// Up to 7 Highers, as Scottish offers can ask for five or more; up to 5 A-levels and 4 at IB Higher Level.
const schoolQualification = fc.oneof(
  fc.record({ kind: fc.constant('a-levels' as const), subjects: subjects(A_LEVEL_GRADES, 5) }),
  fc.record({
    kind: fc.constant('scottish-highers' as const),
    subjects: subjects(HIGHER_GRADES, 7),
  }),
  fc.record({
    kind: fc.constant('ib' as const),
    points: fc.integer({ min: 0, max: IB_MAX_POINTS }),
    higherLevel: subjects(IB_SUBJECT_GRADES, 4),
  }),
  fc.record({ kind: fc.constant('other' as const) }),
);

/** Qualifications as readPlanAnswers returns them: every grade on its scale, every part optional. */
export const typedQualifications: fc.Arbitrary<Qualifications> = fc.record(
  {
    gcse: fc.record(
      { englishLanguage: gcseGrade, maths: gcseGrade, science: gcseGrade, topGrades },
      { requiredKeys: [] },
    ),
    national5: fc.record({ topGrades }, { requiredKeys: [] }),
    schoolQualification,
    gradesAre: fc.constantFrom('achieved' as const, 'predicted' as const),
    degree: fc.record({
      classification: fc.constantFrom(...DEGREE_CLASSES),
      science: fc.boolean(),
    }),
  },
  { requiredKeys: [] },
);

const period = fc.record(
  {
    kind: fc.constantFrom(...CHANGE_KINDS),
    start: isoDate,
    end: fc.option(isoDate, { nil: null }),
    wte: fc.double({ min: 0.5, max: 1, noNaN: true }),
    credit: fc.double({ min: 0, max: 1, noNaN: true }),
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
  },
  { requiredKeys: ['kind', 'start', 'end', 'wte', 'credit'] },
);

const yearOfStage = fc.integer({ min: 1, max: 20 });
const year = fc.integer({ min: 1900, max: 2200 });
const yearsOut = fc.integer({ min: 0, max: 10 });

/** The fields of typed answers, each arbitrary on its own, so hostileAnswers can swap any of them. */
const FIELDS = {
  dateOfBirth: isoDate,
  nation: fc.constantFrom(...NATIONS),
  now: fc.record(
    { stage: fc.constantFrom(...NOW_STAGES), yearGroup: yearOfStage, year: yearOfStage },
    { requiredKeys: ['stage'] },
  ),
  medicalSchoolRoute: fc.constantFrom(...MEDICAL_SCHOOL_ROUTES),
  intercalate: fc.boolean(),
  gapYearsBeforeMedicalSchool: yearsOut,
  yearsBeforeCoreTraining: yearsOut,
  coreRoute: fc.constantFrom(...CORE_ROUTES),
  st4Route: fc.constantFrom(...ST4_ROUTES),
  mrcp: fc.constantFrom(...MRCP_PROGRESS),
  plannedSt4Year: year,
  qualificationYear: year,
  appliedInCurrentRound: fc.boolean(),
  schoolYearChecked: fc.boolean(),
  qualifications: typedQualifications,
  changes: fc.array(period, { maxLength: 4 }).map((list) => readPeriods(list).periods),
  reflections: fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 4 }),
};

/** Answers as readPlanAnswers gives them back: each one known, in range and of its exact shape. */
export const typedAnswers: fc.Arbitrary<PlanAnswers> = fc.record(FIELDS, { requiredKeys: [] });

/** A school qualification with a known kind but any JSON in its other fields, or any JSON at all. */
const hostileSchoolQualification = fc.oneof(
  schoolQualification,
  fc.record(
    {
      kind: fc.constantFrom('a-levels', 'scottish-highers', 'ib', 'other', '__proto__'),
      subjects: orHostile(
        fc.array(
          orHostile(
            fc.record({ subject: orHostile(fc.constantFrom(...SUBJECTS)), grade: anyJson }),
          ),
        ),
      ),
      points: anyJson,
      higherLevel: anyJson,
    },
    { requiredKeys: ['kind'] },
  ),
  anyJson,
);

/** Answers with any field, or any part of the qualifications, a period or "now", replaced by any JSON. */
export const hostileAnswers: fc.Arbitrary<Readonly<Record<string, unknown>>> = fc.record(
  {
    ...Object.fromEntries(
      Object.entries(FIELDS).map(([field, good]) => [
        field,
        orHostile(good as fc.Arbitrary<unknown>),
      ]),
    ),
    now: orHostile(
      fc.record(
        {
          stage: orHostile(fc.constantFrom(...NOW_STAGES)),
          yearGroup: orHostile(yearOfStage),
          year: orHostile(yearOfStage),
        },
        { requiredKeys: [] },
      ),
    ),
    qualifications: orHostile(
      fc.record(
        {
          gcse: orHostile(
            fc.record(
              { maths: orHostile(gcseGrade), topGrades: orHostile(topGrades) },
              { requiredKeys: [] },
            ),
          ),
          national5: orHostile(fc.record({ topGrades: orHostile(topGrades) })),
          schoolQualification: hostileSchoolQualification,
          gradesAre: orHostile(fc.constantFrom('achieved', 'predicted')),
          degree: orHostile(
            fc.record({
              classification: orHostile(fc.constantFrom(...DEGREE_CLASSES)),
              science: anyJson,
            }),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    changes: orHostile(
      fc.array(
        orHostile(
          fc.record(
            {
              kind: orHostile(fc.constantFrom(...CHANGE_KINDS)),
              start: orHostile(isoDate),
              end: orHostile(isoDate),
              wte: anyJson,
              credit: anyJson,
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 3 },
      ),
    ),
    unknownField: anyJson,
  },
  { requiredKeys: [] },
);
