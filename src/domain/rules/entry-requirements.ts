/**
 * What medical schools typically ask for: grades, subjects, admissions tests, interviews, contextual
 * offers and gateway courses (facts.md §1 and §2). The entry-requirements check (src/domain/entry)
 * reads its thresholds from these rules. School figures are examples from dated listings, never a
 * promise of a place.
 */
import type {
  ALevelGrade,
  DegreeClass,
  GcseGrade,
  GcseLetterGrade,
  HigherGrade,
  IbSubjectGrade,
  Subject,
} from '../plan/qualifications';
import { FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from './checked-on';
import type { Rule } from './types';
import {
  REVIEW_AFTER_NEXT_ENTRY_LISTINGS,
  REVIEW_GRADE_SCALES,
  REVIEW_WITHIN_A_YEAR,
} from './review';

/** A school named as an example, and what it asks for. */
export type SchoolExample = { readonly school: string; readonly asks: string };

export const aLevelTypicalOffers: Rule<{
  /** The lowest typical standard offer, best grade first. */
  readonly lowest: readonly ALevelGrade[];
  readonly lowestExamples: readonly string[];
  readonly higher: readonly ALevelGrade[];
  readonly higherExamples: readonly string[];
  readonly highest: readonly ALevelGrade[];
  readonly highestNote: string;
}> = {
  id: 'a-level-typical-offers',
  title: 'Typical A-level offers for medicine',
  value: {
    lowest: ['A', 'A', 'A'],
    lowestExamples: ['Aberdeen', 'Cardiff', 'Edge Hill'],
    higher: ['A*', 'A', 'A'],
    higherExamples: ['Oxford', 'several London schools'],
    highest: ['A*', 'A*', 'A'],
    highestNote: 'Cambridge’s minimum offer',
  },
  sourceId: 'msc-entry-requirements',
  alsoSourceIds: [
    'msc-entry-requirements-2025-start',
    'oxford-medicine-requirements',
    'msc-cambridge-medicine',
    'health-careers-palliative-medicine',
  ],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Standard offers run from AAA (for example Aberdeen, Cardiff and Edge Hill) to A*AA (Oxford and several London schools) and A*A*A (the minimum offer at Cambridge). The school figures come from 2022 to 2025 entry listings, so check each school for the year you apply.',
};

export const chemistryRequired: Rule<{
  readonly subject: Subject;
  readonly askedForBy: string;
  /** A school that names the A-level grade it asks for in chemistry. */
  readonly aLevelGradeExample: { readonly school: string; readonly grade: ALevelGrade };
}> = {
  id: 'chemistry-required',
  title: 'Chemistry',
  value: {
    subject: 'chemistry',
    askedForBy: 'most schools',
    aLevelGradeExample: { school: 'Oxford', grade: 'A' },
  },
  sourceId: 'msc-entry-requirements',
  alsoSourceIds: [
    'msc-entry-requirements-2025-start',
    'oxford-medicine-requirements',
    'msc-cambridge-medicine',
    'health-careers-palliative-medicine',
  ],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Most medical schools ask for chemistry. Oxford asks for an A in chemistry.',
};

export const secondScience: Rule<{
  readonly oneOf: readonly Subject[];
  readonly oneOfExamples: readonly string[];
  /** Schools that ask for biology itself, with chemistry. */
  readonly biologyExamples: readonly string[];
  /** A school that names the A-level grade it asks for in the second science. */
  readonly aLevelGradeExample: { readonly school: string; readonly grade: ALevelGrade };
}> = {
  id: 'second-science',
  title: 'Biology, maths or physics as well as chemistry',
  value: {
    oneOf: ['biology', 'maths', 'physics'],
    oneOfExamples: ['Aberdeen', 'Oxford', 'Cambridge'],
    biologyExamples: ['Cardiff', 'Edge Hill'],
    aLevelGradeExample: { school: 'Oxford', grade: 'A' },
  },
  sourceId: 'msc-entry-requirements',
  alsoSourceIds: [
    'msc-entry-requirements-2025-start',
    'oxford-medicine-requirements',
    'msc-cambridge-medicine',
    'health-careers-palliative-medicine',
  ],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Schools usually ask for biology, or one of biology, maths and physics, as well as chemistry. Aberdeen, Oxford and Cambridge accept any one of the three (Oxford asks for an A). Cardiff and Edge Hill ask for biology and chemistry.',
};

export const sciencePracticalEndorsement: Rule<{ readonly examples: readonly string[] }> = {
  id: 'science-practical-endorsement',
  title: 'Science practical endorsement',
  value: { examples: ['Oxford', 'Edge Hill'] },
  sourceId: 'oxford-medicine-requirements',
  alsoSourceIds: ['msc-entry-requirements-2025-start'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Where a science A-level includes a practical endorsement, schools such as Oxford and Edge Hill ask you to pass it.',
};

export const gcseTypicalRequirements: Rule<{
  /** The lowest example for English language and maths (meets some schools' minimum). */
  readonly englishAndMathsLowest: { readonly grade: GcseGrade; readonly school: string };
  /** The higher example for English language and maths. */
  readonly englishAndMathsHigher: { readonly grade: GcseGrade; readonly school: string };
  readonly science: { readonly grade: GcseGrade; readonly examples: readonly SchoolExample[] };
}> = {
  id: 'gcse-typical-requirements',
  title: 'GCSE requirements (examples)',
  value: {
    englishAndMathsLowest: { grade: 5, school: 'Aberdeen' },
    englishAndMathsHigher: { grade: 6, school: 'Cardiff' },
    science: {
      grade: 6,
      examples: [
        { school: 'Aberdeen', asks: 'grades 6 to 9, especially in the sciences' },
        { school: 'Cardiff', asks: 'grade 6 in double science (or chemistry and biology)' },
      ],
    },
  },
  sourceId: 'msc-entry-requirements',
  alsoSourceIds: ['msc-entry-requirements-2025-start'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Aberdeen asked for grade 5 in English and maths, plus grades 6 to 9, especially in the sciences (2022 entry). Cardiff asks for grade 6 in maths, English language and double science, and scores GCSEs (2025 start). These are dated examples.',
};

/** How a nation's exams at 16 are graded, and which grades a count of top grades asks about. */
export type GradeScale = {
  /** GCSEs, or National 5s in Scotland. */
  readonly qualification: 'gcse' | 'national-5';
  /** Every grade, highest first, as written on certificates. */
  readonly grades: readonly string[];
  /** The top grades, highest first: grade 7 or above, or the letter grades in line with it. */
  readonly topGrades: readonly string[];
  /** Whether pupils may also hold GCSEs graded 9 to 1, from exam boards in England. */
  readonly alsoNumbered: boolean;
};

export const gcseGradesEngland: Rule<GradeScale> = {
  id: 'gcse-grades-england',
  title: 'GCSE grades in England: 9 to 1',
  value: {
    qualification: 'gcse',
    grades: ['9', '8', '7', '6', '5', '4', '3', '2', '1'],
    topGrades: ['9', '8', '7'],
    alsoNumbered: true,
  },
  sourceId: 'ofqual-9-to-1-grading',
  alsoSourceIds: ['qualifications-wales-gcses'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_GRADE_SCALES,
  confidence: 'high',
  note: 'GCSEs in England are graded 9 to 1, with 9 the highest. When each new GCSE was first graded, broadly the same proportion of pupils got grade 7 or above as had got an A or above.',
};

export const gcseGradesWales: Rule<GradeScale> = {
  id: 'gcse-grades-wales',
  title: 'GCSE grades in Wales: A* to G',
  value: {
    qualification: 'gcse',
    grades: ['A*', 'A', 'B', 'C', 'D', 'E', 'F', 'G'],
    topGrades: ['A*', 'A'],
    alsoNumbered: true,
  },
  sourceId: 'qualifications-wales-gcses',
  alsoSourceIds: ['ucas-qip-gcse-wales'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_GRADE_SCALES,
  confidence: 'high',
  note: 'GCSEs in Wales keep letter grades, A* to G. Most applicants from Wales have only letter grades; a few also have GCSEs graded 9 to 1 from exam boards in England.',
};

export const gcseGradesNorthernIreland: Rule<GradeScale> = {
  id: 'gcse-grades-northern-ireland',
  title: 'GCSE grades in Northern Ireland: A* to G, with C*',
  value: {
    qualification: 'gcse',
    grades: ['A*', 'A', 'B', 'C*', 'C', 'D', 'E', 'F', 'G'],
    topGrades: ['A*', 'A'],
    alsoNumbered: true,
  },
  sourceId: 'ccea-gcse-grading-changes',
  alsoSourceIds: ['ccea-regulation-gcse-grading', 'qualifications-wales-gcses'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_GRADE_SCALES,
  confidence: 'high',
  note: 'CCEA GCSEs are graded on a 9-point scale, A* to G, with a C* between B and C. A* is in line with grade 9 and C* with grade 5. Pupils in Northern Ireland can also take GCSEs graded 9 to 1 from exam boards in England.',
};

export const national5Grades: Rule<GradeScale> = {
  id: 'national-5-grades',
  title: 'National 5 grades in Scotland: A to D',
  value: {
    qualification: 'national-5',
    grades: ['A', 'B', 'C', 'D'],
    topGrades: ['A'],
    alsoNumbered: false,
  },
  sourceId: 'sqa-national-course-results',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_GRADE_SCALES,
  confidence: 'high',
  note: 'National 5s, Highers and Advanced Highers are graded A to D, with A the highest. Pathway’s sources give no match between National 5 grades and GCSE grades.',
};

/** The grades a nation's pupils take at 16 (a function, so the registry lists each rule once). */
export function gradeScaleFor(
  nation: 'england' | 'wales' | 'northern-ireland' | 'scotland',
): Rule<GradeScale> {
  switch (nation) {
    case 'wales':
      return gcseGradesWales;
    case 'northern-ireland':
      return gcseGradesNorthernIreland;
    case 'scotland':
      return national5Grades;
    default:
      return gcseGradesEngland;
  }
}

/** A letter GCSE grade and the 9 to 1 grades it lines up with. */
export type LetterGradeMatch = {
  readonly letter: GcseLetterGrade;
  /** The lowest 9 to 1 grade it can be. */
  readonly from: GcseGrade;
  /** The highest 9 to 1 grade it can be: the same as `from` when it lines up with one grade. */
  readonly to: GcseGrade;
};

/** Below a C (or CCEA's C): under the bottom of grade 4, so grade 3 or below. */
const BELOW_C: readonly LetterGradeMatch[] = (['D', 'E', 'F', 'G'] as const).map((letter) => ({
  letter,
  from: 1,
  to: 3,
}));

/** How a nation's letter GCSE grades line up with 9 to 1. */
export type LetterGradeScale = {
  /** Each letter grade, highest first. */
  readonly grades: readonly LetterGradeMatch[];
  /**
   * Whether each letter starts and ends where 9 to 1 grades do, so an A covering 7 and 8 is "7 or 8";
   * when not, a letter covering parts of two numbers is "between" them.
   */
  readonly onNumberBoundaries: boolean;
};

export const gcseLetterGradesWales: Rule<LetterGradeScale> = {
  id: 'gcse-letter-grades-wales-against-9-to-1',
  title: 'GCSE grades A* to G (Wales) against 9 to 1',
  value: {
    grades: [
      { letter: 'A*', from: 7, to: 9 },
      { letter: 'A', from: 7, to: 9 },
      { letter: 'B', from: 5, to: 6 },
      { letter: 'C', from: 4, to: 5 },
      ...BELOW_C,
    ],
    onNumberBoundaries: false,
  },
  sourceId: 'ofqual-9-to-1-grading',
  alsoSourceIds: [
    'ucas-qip-gcse-9-to-1',
    'ccea-regulation-gcse-grading',
    'qualifications-wales-gcses',
    'ucas-qip-gcse-wales',
  ],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_GRADE_SCALES,
  confidence: 'medium',
  note: 'Ofqual lined up England’s 9 to 1 grades with the A* to G grades they replaced: broadly as many get grade 7 or above as got an A or above, 4 or above as got a C or above, and 1 or above as got a G or above; grade 5 covers the top third of a C and the bottom third of a B (UCAS). Wales kept A* to G. Read this way, an A* or A is in line with grade 7 or above, a B is between grades 5 and 6, a C between 4 and 5, and a D to G grade 3 or below. This is Ofqual’s match for the grades England replaced, not a published match for Welsh GCSEs, and a B or a C does not match one number: check with each school.',
};

export const gcseLetterGradesNorthernIreland: Rule<LetterGradeScale> = {
  id: 'gcse-letter-grades-northern-ireland-against-9-to-1',
  title: 'CCEA GCSE grades A* to G, with C*, against 9 to 1',
  value: {
    grades: [
      { letter: 'A*', from: 9, to: 9 },
      { letter: 'A', from: 7, to: 8 },
      { letter: 'B', from: 6, to: 6 },
      { letter: 'C*', from: 5, to: 5 },
      { letter: 'C', from: 4, to: 4 },
      ...BELOW_C,
    ],
    onNumberBoundaries: true,
  },
  sourceId: 'ccea-gcse-grading-changes',
  alsoSourceIds: [
    'ccea-regulation-gcse-grading',
    'ofqual-9-to-1-grading',
    'ccea-gcse-grading-guidance-copy',
  ],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_GRADE_SCALES,
  confidence: 'high',
  note: 'CCEA lined up its A* with grade 9 and its new C* with grade 5, and kept the A and C boundaries where they were, which Ofqual matched with the bottom of grades 7 and 4. So a CCEA A is in line with grade 7 or 8, a B with 6, a C* with 5, a C with 4, and a D to G with grade 3 or below. CCEA’s guidance (read on a copy) says the same: A covers 7 and 8, and B equates to 6.',
};

/** The letter grade written beside a 9 to 1 grade, and the schools that write them together. */
export type GradeWrittenBothWays = {
  readonly grade: GcseGrade;
  readonly letter: GcseLetterGrade;
  readonly schools: readonly string[];
};

export const gcseGradesAsSchoolsWriteThem: Rule<{
  readonly examples: readonly GradeWrittenBothWays[];
}> = {
  id: 'gcse-grades-as-schools-write-them',
  title: 'GCSE grades written as a number and a letter (examples)',
  value: {
    examples: [
      { grade: 6, letter: 'B', schools: ['Keele', 'Nottingham'] },
      { grade: 7, letter: 'A', schools: ['Keele', 'St Andrews', 'Nottingham'] },
    ],
  },
  sourceId: 'nottingham-medicine-2026',
  alsoSourceIds: ['keele-medicine-entry-requirements', 'msc-st-andrews-scotcom'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_NEXT_ENTRY_LISTINGS,
  confidence: 'medium',
  note: 'Some schools write each GCSE grade they ask for as a number and a letter: Keele asks for English language and maths at 6/B and top grades at 7/A, Nottingham for 6 (B) and 7 (A) (2026 entry), St Andrews (ScotCOM) for A or 7. These schools take a B for a 6 and an A for a 7. These are examples from three schools’ pages, not a rule for every school.',
};

/** A school that asks for a number of GCSEs at grade 7 (A) or above. */
export type TopGradeCountExample = {
  readonly school: string;
  readonly count: number;
  readonly asks: string;
};

export const gcseTopGradeCounts: Rule<{
  /** Schools that ask for a number of GCSEs at grade 7 (A) or above, fewest first. */
  readonly examples: readonly TopGradeCountExample[];
  /** What a school asks Scottish applicants for at National 5 (no school gives a count there). */
  readonly national5Example: SchoolExample;
}> = {
  id: 'gcse-top-grade-counts',
  title: 'How many GCSEs at grade 7 (A) or above (examples)',
  value: {
    examples: [
      {
        school: 'Keele',
        count: 5,
        asks: 'five GCSEs at grade 7/A, with English language and maths at 6/B or above',
      },
      {
        school: 'St Andrews',
        count: 5,
        asks: 'five GCSEs at grade A or 7, at one sitting, for its ScotCOM course',
      },
      {
        school: 'Nottingham',
        count: 6,
        asks: 'six GCSEs at grade 7 (A), including biology and chemistry, with maths and English language at 6 (B) or above (2026 entry)',
      },
    ],
    national5Example: {
      school: 'St Andrews (ScotCOM course)',
      asks: 'National 5 grade B in biology, maths and English, if not passed at Higher',
    },
  },
  sourceId: 'nottingham-medicine-2026',
  alsoSourceIds: ['keele-medicine-entry-requirements', 'msc-st-andrews-scotcom'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_NEXT_ENTRY_LISTINGS,
  confidence: 'medium',
  note: 'Some schools ask for a number of GCSEs at grade 7 (A) or above: Keele and St Andrews (ScotCOM) five, Nottingham six (2026 entry). These are examples from three schools’ own pages, not a rule for every school: many ask for grades in named subjects instead, or score GCSEs. The schools write the grade as 7/A, so an A or A* counts with a 7, 8 or 9. None of them gives a number of National 5s at grade A; St Andrews asks Scottish applicants for National 5 grade B in biology, maths and English if not passed at Higher.',
};

export const scottishHighersTypicalOffers: Rule<{
  /** The typical offer at Higher, best grade first. */
  readonly typical: readonly HigherGrade[];
  readonly examples: readonly SchoolExample[];
  /** A school that asks for more than one of the second sciences at Higher, and how many. */
  readonly secondSciencesExample: { readonly school: string; readonly count: number };
}> = {
  id: 'scottish-highers-typical-offers',
  title: 'Typical Scottish Higher offers',
  value: {
    typical: ['A', 'A', 'A', 'A', 'B'],
    examples: [
      {
        school: 'Aberdeen',
        asks: 'AAAAB, including chemistry and two of biology, maths and physics',
      },
      { school: 'Cardiff', asks: 'AAAAB' },
    ],
    secondSciencesExample: { school: 'Aberdeen', count: 2 },
  },
  sourceId: 'msc-entry-requirements',
  alsoSourceIds: ['msc-entry-requirements-2025-start'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Aberdeen and Cardiff ask for AAAAB at Higher. Aberdeen asks for chemistry and two of biology, maths and physics among them.',
};

export const advancedHighersExamples: Rule<{ readonly examples: readonly SchoolExample[] }> = {
  id: 'advanced-highers-examples',
  title: 'Advanced Highers (examples)',
  value: {
    examples: [
      { school: 'Aberdeen', asks: 'BBB at Advanced Higher in S6' },
      { school: 'Cardiff', asks: 'BB at Advanced Higher, in chemistry and biology' },
      { school: 'Cambridge', asks: 'A1 A1 A2 at Advanced Higher' },
    ],
  },
  sourceId: 'msc-entry-requirements',
  alsoSourceIds: ['msc-entry-requirements-2025-start', 'msc-cambridge-medicine'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Some schools also ask for Advanced Highers: Aberdeen BBB in S6, Cardiff BB in chemistry and biology, Cambridge A1 A1 A2.',
};

export const ibTypicalOffers: Rule<{
  readonly typicalPoints: number;
  /** Typical Higher Level grades, best first. */
  readonly typicalHigherLevel: readonly IbSubjectGrade[];
  readonly typicalExamples: readonly SchoolExample[];
  readonly highestPoints: { readonly from: number; readonly to: number };
  readonly highestHigherLevel: readonly IbSubjectGrade[];
  readonly highestExample: string;
  /** The Higher Level chemistry grade in the typical examples. */
  readonly chemistryHigherLevel: IbSubjectGrade;
  /** The school among the typical examples that names chemistry at Higher Level. */
  readonly chemistryNamedBy: string;
}> = {
  id: 'ib-typical-offers',
  title: 'Typical International Baccalaureate offers',
  value: {
    typicalPoints: 36,
    typicalHigherLevel: [6, 6, 6],
    typicalExamples: [
      { school: 'Aberdeen', asks: '36 points, with 6s at Higher Level including chemistry' },
      { school: 'Cardiff', asks: '36 points, with 6, 6, 6 at Higher Level' },
      { school: 'Oxford (graduate-entry course)', asks: '36 points, with 6s at Higher Level' },
    ],
    highestPoints: { from: 41, to: 42 },
    highestHigherLevel: [7, 7, 6],
    highestExample: 'Cambridge',
    chemistryHigherLevel: 6,
    chemistryNamedBy: 'Aberdeen',
  },
  sourceId: 'msc-entry-requirements',
  alsoSourceIds: ['msc-entry-requirements-2025-start', 'msc-cambridge-medicine'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Aberdeen and Cardiff ask for 36 points with 6s at Higher Level (Aberdeen including chemistry). Cambridge asks for 41 to 42 points with 7, 7, 6 at Higher Level.',
};

export const graduateEntryDegree: Rule<{
  /** Classifications that meet the usual requirement. */
  readonly accepted: readonly DegreeClass[];
  readonly anyDegreeExample: SchoolExample;
  readonly scienceDegreeExample: SchoolExample;
}> = {
  id: 'graduate-entry-degree',
  title: 'Degree needed for graduate entry',
  value: {
    accepted: ['first', 'upper-second'],
    anyDegreeExample: {
      school: 'Cambridge Graduate Course',
      asks: 'a 2:1 in any subject (home-fee applicants only, with a separate form)',
    },
    scienceDegreeExample: {
      school: 'Oxford graduate-entry course',
      asks: 'a 2:1 in an applied or experimental science, and AAB at A-level including chemistry',
    },
  },
  sourceId: 'bma-graduate-entry',
  alsoSourceIds: [
    'msc-graduate-entry-listing',
    'msc-oxford-graduate-entry',
    'cambridge-graduate-course',
  ],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Graduate applicants normally need a 2:1 or a first. Some graduate-entry courses accept any degree; others ask for a science or life science degree.',
};

export const contextualOffers: Rule<{
  readonly gradesLower: { readonly from: number; readonly to: number };
  /** Typical contextual A-level offers, best grade first. */
  readonly exampleOffers: readonly (readonly ALevelGrade[])[];
  readonly otherForms: readonly string[];
  readonly criteria: readonly string[];
}> = {
  id: 'contextual-offers',
  title: 'Contextual offers (widening participation)',
  value: {
    gradesLower: { from: 1, to: 2 },
    exampleOffers: [
      ['A', 'A', 'B'],
      ['A', 'B', 'B'],
    ],
    otherForms: ['a UCAT uplift', 'an automatic offer of an interview'],
    criteria: [
      'living in an area where few young people go to university (POLAR4 quintiles 1 and 2)',
      'living in a more deprived area (IMD deciles)',
      'having been in care',
      'being a young carer',
      'being a refugee',
      'being the first in your family to go to university',
      'having had free school meals',
    ],
  },
  sourceId: 'medicportal-contextual-offers',
  alsoSourceIds: ['nextgenmedprep-contextual-offers', 'health-careers-palliative-medicine'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Most UK medical schools run contextual admissions for applicants who meet widening participation criteria. Offers are typically 1 to 2 grades lower (such as AAB or ABB); some schools give a UCAT uplift or an automatic interview instead. Criteria and offers vary by school.',
};

export const contextualOfferExamples: Rule<{ readonly examples: readonly SchoolExample[] }> = {
  id: 'contextual-offer-examples',
  title: 'Contextual offers at some schools (examples)',
  value: {
    examples: [
      { school: 'Aberdeen', asks: 'AAB and a 10% UCAT uplift' },
      { school: 'Anglia Ruskin', asks: 'ABB' },
      { school: 'Aston', asks: 'AAB' },
      { school: 'Birmingham', asks: 'ABB' },
      { school: 'Bristol', asks: 'ABB' },
      { school: 'Exeter', asks: 'AAC' },
      { school: 'Imperial', asks: 'AAA' },
      { school: 'Keele', asks: 'AAB (or ABB with an A* in the EPQ)' },
      { school: 'Leeds', asks: 'ABB' },
      { school: 'Lancaster', asks: 'ABB' },
      { school: "King's College London", asks: 'up to two grades lower' },
      { school: 'Cambridge', asks: 'generally no contextual offer' },
    ],
  },
  sourceId: 'medicportal-contextual-offers',
  alsoSourceIds: ['nextgenmedprep-contextual-offers'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Examples from secondary sources (about 2024 to 2026 entry). Check each school before relying on them.',
};

export const hullYorkContextualPoints: Rule<{
  /** The school, as the check names it. */
  readonly school: string;
  readonly maxPoints: number;
  readonly examples: readonly { readonly criterion: string; readonly points: number }[];
}> = {
  id: 'hull-york-contextual-points',
  title: 'Hull York contextual points',
  value: {
    school: 'Hull York',
    maxPoints: 15,
    examples: [
      { criterion: 'care experience', points: 15 },
      { criterion: 'a UCAT bursary', points: 8 },
    ],
  },
  sourceId: 'hyms-contextual-admissions',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Hull York Medical School adds up to 15 contextual points when choosing whom to interview (for example 15 for care experience, 8 for a UCAT bursary).',
};

export const gatewayCourses: Rule<{
  readonly years: number;
  readonly examples: readonly SchoolExample[];
}> = {
  id: 'gateway-courses',
  title: 'Gateway (foundation year) courses',
  value: {
    years: 6,
    examples: [
      {
        school: 'Lancaster',
        asks: 'at least two widening participation criteria and the UCAT, for Medicine with a Gateway Year',
      },
      {
        school: 'Aberdeen',
        asks: 'Gateway2Medicine, a separate 1-year course (A1A1) leading to MBChB, for applicants living in Scotland only',
      },
    ],
  },
  sourceId: 'msc-gateway-courses',
  alsoSourceIds: ['lancaster-gateway-year'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Gateway courses add a first year, making 6 years in all, for applicants who meet widening participation criteria. UCAS codes and entry rules vary by school.',
};

export const ucatAdmissionsTest: Rule<{ readonly test: string; readonly usedBy: string }> = {
  id: 'ucat-admissions-test',
  title: 'UCAT: the admissions test most schools use',
  value: { test: 'UCAT', usedBy: 'most UK medical schools' },
  sourceId: 'msc-entry-requirements',
  alsoSourceIds: ['ucat-test-cycle', 'medicportal-bmat-scrapped', 'oxford-medicine-requirements'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Most UK medical schools ask for the UCAT; some graduate-entry courses use the GAMSAT. You sit the UCAT in the summer before you apply, once a year.',
};

export const ucatFormat: Rule<{
  readonly fromTestYear: number;
  readonly sections: readonly string[];
  readonly removed: string;
  readonly hours: number;
}> = {
  id: 'ucat-format',
  title: 'What the UCAT tests (from 2025)',
  value: {
    fromTestYear: 2025,
    sections: [
      'verbal reasoning',
      'decision making',
      'quantitative reasoning',
      'situational judgement',
    ],
    removed: 'abstract reasoning',
    hours: 2,
  },
  sourceId: 'emmigranz-ucat-2025',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'From 2025 the UCAT has four parts: verbal reasoning, decision making, quantitative reasoning and situational judgement. Abstract reasoning was removed. It takes about 2 hours.',
};

export const gamsatGraduateCourses: Rule<{
  readonly listCycle: number;
  readonly gamsatSchools: readonly string[];
  readonly ucatForGraduates: readonly string[];
}> = {
  id: 'gamsat-graduate-courses',
  title: 'Graduate courses that use the GAMSAT (dated list)',
  value: {
    listCycle: 2021,
    gamsatSchools: [
      "St George's",
      'Nottingham (graduate entry at Derby)',
      'Swansea (4-year graduate entry)',
      'Cardiff (all graduate applicants)',
      'Exeter',
      'Keele',
      'Liverpool',
      'Plymouth',
      'ScotGEM',
    ],
    ucatForGraduates: ['Barts', 'Birmingham', 'Cambridge'],
  },
  sourceId: 'kes-graduate-entry-medicine',
  alsoSourceIds: ['ukcatpeople-gamsat-overview', 'gamsat-eligibility'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: "In the 2021 cycle, graduate applicants sat the GAMSAT for St George's, Nottingham (Derby), Swansea, Cardiff, Exeter, Keele, Liverpool and Plymouth; ScotGEM is also cited. Barts, Birmingham and Cambridge used the UCAT for graduates. The list is dated.",
};

export const bmatDiscontinued: Rule<{
  readonly lastSitting: string;
  readonly lastEntryYear: number;
  readonly formerSchools: readonly string[];
}> = {
  id: 'bmat-discontinued',
  title: 'The BMAT has been discontinued',
  value: {
    lastSitting: 'October 2023',
    lastEntryYear: 2024,
    formerSchools: [
      'Oxford',
      'Cambridge',
      'Imperial',
      'UCL',
      'Brighton and Sussex',
      'Lancaster',
      'Leeds',
    ],
  },
  sourceId: 'medicportal-bmat-scrapped',
  alsoSourceIds: [
    'oxbridgementors-bmat',
    'oxford-medicine-requirements',
    'ukcatpeople-gamsat-overview',
  ],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'The BMAT was last sat in October 2023, for 2024 entry. The schools that used it (Oxford, Cambridge, Imperial, UCL, Brighton and Sussex, Lancaster and Leeds) moved to the UCAT; Cambridge from 2025 entry (medium confidence).',
};

export const interviewFormat: Rule<{
  readonly usualFormat: string;
  readonly oxbridge: string;
  /** The schools that hold the `oxbridge` interviews. */
  readonly oxbridgeSchools: readonly string[];
  readonly nhsValues: readonly string[];
}> = {
  id: 'medical-school-interview-format',
  title: 'Medical school interviews: format and NHS values',
  value: {
    usualFormat: 'multiple mini interviews (MMIs)',
    oxbridge: 'panel interviews in December',
    oxbridgeSchools: ['Oxford', 'Cambridge'],
    nhsValues: ['compassion', 'respect'],
  },
  sourceId: 'health-careers-palliative-medicine',
  alsoSourceIds: ['interview-decision-dates'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'You need to pass an interview, where you are asked to show NHS values such as compassion and respect. Most schools use multiple mini interviews (MMIs); Oxford and Cambridge interview in December, with panels.',
};

export const entryRequirementsListing: Rule<{
  readonly lastPdfBookletEntryYear: number;
  readonly webListingFromStartYear: number;
  readonly listingFor2026Or2027StartFound: boolean;
}> = {
  id: 'msc-entry-requirements-listing',
  title: 'Where to check entry requirements',
  value: {
    lastPdfBookletEntryYear: 2024,
    webListingFromStartYear: 2025,
    listingFor2026Or2027StartFound: false,
  },
  sourceId: 'msc-entry-requirements-2025-start',
  alsoSourceIds: ['msc-entry-requirements'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'The Medical Schools Council lists every school’s entry requirements on its website. Its last PDF booklet was for 2024 entry; from 2025 start it is a web listing only. A listing for 2026 or 2027 start was not found when this was checked, so also check each school’s own page.',
};
