/**
 * The qualifications pupils take in each UK nation, in that nation's own terms (rules/entry-requirements:
 * gcse-grades-*, national-5-grades): GCSEs graded 9 to 1 in England, A* to G in Wales, A* to G with a
 * C* from CCEA in Northern Ireland, and National 5s graded A to D in Scotland; after them A-levels, or
 * Highers and Advanced Highers in Scotland. The question pages and the entry-requirements check both
 * word the count of top grades from here, so they always agree.
 */
import { type GradeScale, gcseGradesEngland, gradeScaleFor } from '../rules/entry-requirements';
import { PLAN_DEFAULTS } from './defaults';
import {
  GCSE_GRADES,
  GCSE_LETTER_GRADES,
  type GcseSubjectGrade,
  MAX_TOP_GRADES,
  type SchoolQualificationKind,
} from './qualifications';
import { NATIONS, type Nation } from './types';
import type { RuleId } from '../rules/types';

/** The plan's nation, or England's when it is not (yet) known. */
export function nationOrDefault(nation: unknown): Nation {
  return (NATIONS as readonly unknown[]).includes(nation)
    ? (nation as Nation)
    : PLAN_DEFAULTS.nation;
}

/** The qualifications after 16 that most pupils in the nation take: Highers in Scotland. */
export function usualSchoolQualification(
  nation: unknown,
): Extract<SchoolQualificationKind, 'a-levels' | 'scottish-highers'> {
  return nationOrDefault(nation) === 'scotland' ? 'scottish-highers' : 'a-levels';
}

/** How a count of top grades is asked and written. */
export type TopGradesTerms = {
  readonly qualification: GradeScale['qualification'];
  /** "GCSE", "National 5". */
  readonly singular: string;
  /** "GCSEs", "National 5s". */
  readonly plural: string;
  /** The top grades, lowest first: "7, 8 or 9", "A or A*", "A". */
  readonly grades: string;
  /** The question: "How many GCSEs do you have at grade 7, 8 or 9?" */
  readonly question: string;
  /** Under the question: how the nation writes its grades, and what else to count. */
  readonly hint: string;
  /** The grading rule behind these terms, for its source. */
  readonly ruleId: RuleId;
};

/** Whose grades a scale describes, as the hint says it. */
const SCALE_OWNERS: Readonly<Record<Nation, string>> = {
  england: 'GCSEs in England',
  wales: 'GCSEs in Wales',
  'northern-ireland': 'CCEA GCSEs',
  scotland: 'National 5s',
};

/** "7, 8 or 9" (or with `and`: "7, 8 and 9"), lowest first. */
function gradeList(grades: readonly string[], joiner: 'or' | 'and'): string {
  const lowestFirst = [...grades].reverse();
  if (lowestFirst.length <= 1) return lowestFirst.join('');
  return `${lowestFirst.slice(0, -1).join(', ')} ${joiner} ${lowestFirst.at(-1) ?? ''}`;
}

function termsOf(nation: Nation, scale: GradeScale, ruleId: RuleId): TopGradesTerms {
  const singular = scale.qualification === 'national-5' ? 'National 5' : 'GCSE';
  const plural = `${singular}s`;
  const grades = gradeList(scale.topGrades, 'or');
  const numbered = gcseGradesEngland.value;
  const lettered = scale.grades[0] !== numbered.grades[0];
  const hint = [
    `${SCALE_OWNERS[nation]} are graded ${scale.grades[0] ?? ''} to ${scale.grades.at(-1) ?? ''}.`,
    lettered && scale.alsoNumbered
      ? `If you also have GCSEs graded ${numbered.grades[0] ?? ''} to ${numbered.grades.at(-1) ?? ''}, count grades ${gradeList(numbered.topGrades, 'and')} too.`
      : '',
    'Count the results you have and the grades you are predicted.',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
  return {
    qualification: scale.qualification,
    singular,
    plural,
    grades,
    question: `How many ${plural} do you have at grade ${grades}?`,
    hint,
    ruleId,
  };
}

/** The count of top grades in the nation's own qualification: GCSEs, or National 5s in Scotland. */
export function topGradesTermsFor(nation: unknown): TopGradesTerms {
  const known = nationOrDefault(nation);
  const rule = gradeScaleFor(known);
  return termsOf(known, rule.value, rule.id);
}

/**
 * The count of top GCSE grades in the nation's terms; in Scotland, where pupils take National 5s, a
 * pupil's GCSEs were most likely taken in England, so England's.
 */
export function gcseTopGradesTermsFor(nation: unknown): TopGradesTerms {
  const known = nationOrDefault(nation);
  return known === 'scotland'
    ? termsOf('england', gcseGradesEngland.value, gcseGradesEngland.id)
    : topGradesTermsFor(known);
}

export type TopGradesReading =
  | { readonly ok: true; readonly count: number | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a typed count of top grades. Left empty, the count is not known yet (`undefined`); otherwise it
 * must be a whole number from 0 to MAX_TOP_GRADES, and the message says how to put it right.
 */
export function readTopGradesCount(text: string, terms: TopGradesTerms): TopGradesReading {
  const typed = text.trim();
  if (typed === '') return { ok: true, count: undefined };
  const what = `${terms.plural} at grade ${terms.grades}`;
  if (/^-\d+$/.test(typed))
    return { ok: false, message: `The number of ${what} must be 0 or more` };
  if (!/^\d+$/.test(typed))
    return {
      ok: false,
      message: `Enter the number of ${what} as a whole number, like 6`,
    };
  const count = Number(typed);
  if (count > MAX_TOP_GRADES)
    return { ok: false, message: `The number of ${what} must be ${MAX_TOP_GRADES} or fewer` };
  return { ok: true, count };
}

/** "8 at grade 7, 8 or 9", for the check answers page. */
export function topGradesSummary(count: number, terms: TopGradesTerms): string {
  return `${count} at grade ${terms.grades}`;
}

/** Grades offered together, under a label: "Grades A* to G". */
export type GcseGradeGroup = {
  readonly label: string;
  /** Highest first. */
  readonly grades: readonly GcseSubjectGrade[];
};

/** The grades the GCSE grades page offers for English language, maths and science. */
export type GcseGradeChoices = {
  /** Under the heading: how the nation's GCSEs are graded. */
  readonly intro: string;
  /** The nation's own grades first; in Wales and Northern Ireland, then 9 to 1. */
  readonly groups: readonly GcseGradeGroup[];
};

function isLetterGrade(grade: string): grade is (typeof GCSE_LETTER_GRADES)[number] {
  return (GCSE_LETTER_GRADES as readonly string[]).includes(grade);
}

/**
 * The GCSE grades to offer in the nation, from its grading rule: 9 to 1 in England (and in Scotland,
 * where GCSEs are most likely England's); A* to G in Wales and CCEA's A* to G with C* in Northern
 * Ireland, then 9 to 1 for GCSEs from exam boards in England, which pupils there may also have.
 */
export function gcseGradeChoicesFor(nation: unknown): GcseGradeChoices {
  const known = nationOrDefault(nation);
  const numbered: GcseGradeGroup = { label: 'Grades 9 to 1', grades: GCSE_GRADES };
  const scale = gradeScaleFor(known).value;
  const letters = scale.qualification === 'gcse' ? scale.grades.filter(isLetterGrade) : [];
  const first = letters[0];
  const last = letters.at(-1);
  if (first === undefined || last === undefined)
    return { intro: 'Results or predicted grades, from 9 (highest) to 1.', groups: [numbered] };
  const starred = letters.filter((grade) => grade !== first && grade.endsWith('*'));
  const between = starred.map((grade) => {
    const at = letters.indexOf(grade);
    return `, with ${grade} between ${letters[at - 1] ?? ''} and ${letters[at + 1] ?? ''}`;
  });
  return {
    intro: [
      'Results or predicted grades.',
      `${SCALE_OWNERS[known]} are graded ${first} (highest) to ${last}${between.join('')}.`,
      scale.alsoNumbered ? 'If a GCSE is graded 9 to 1, choose its number.' : '',
    ]
      .filter((sentence) => sentence !== '')
      .join(' '),
    groups: [
      { label: `Grades ${first} to ${last}`, grades: letters },
      ...(scale.alsoNumbered ? [numbered] : []),
    ],
  };
}
