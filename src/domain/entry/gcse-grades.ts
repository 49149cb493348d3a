/**
 * GCSE grades in English language, maths and science, as given (9 to 1, or a letter from Wales or
 * Northern Ireland), lined up with the 9 to 1 grades that schools' typical requirements are written in.
 * A letter that does not match one number (a Welsh B is between grades 5 and 6) says so, rather than
 * being given a precision it does not have. See docs/entry-requirements.md.
 */
import type { GcseGrade, GcseSubjectGrade } from '../plan/qualifications';
import type { Nation } from '../plan/types';
import {
  type LetterGradeMatch,
  gcseGradesAsSchoolsWriteThem,
  gcseLetterGradesNorthernIreland,
  gcseLetterGradesWales,
} from '../rules/entry-requirements';
import type { RuleId } from '../rules/types';

/** A GCSE grade as given, with the 9 to 1 grades it lines up with. */
export type GcseGradeReading = {
  /** As written on the certificate: "7", "B", "C*". */
  readonly written: string;
  /** The lowest 9 to 1 grade it can be. */
  readonly from: GcseGrade;
  /** The highest 9 to 1 grade it can be: the same as `from` for a 9 to 1 grade. */
  readonly to: GcseGrade;
  /** For a letter grade, the rule that lines it up with 9 to 1. */
  readonly ruleId?: RuleId;
  /** Whether it starts and ends where 9 to 1 grades do (true for 9 to 1 and CCEA's letters). */
  readonly onNumberBoundaries: boolean;
};

function matchIn(
  grades: readonly LetterGradeMatch[],
  letter: string,
): LetterGradeMatch | undefined {
  return grades.find((match) => match.letter === letter);
}

/**
 * Lines a grade up with 9 to 1. A letter grade is read on CCEA's scale in Northern Ireland (and a C*,
 * which only CCEA awards, anywhere); elsewhere on the A* to G scale Wales kept, as Ofqual matched it.
 */
export function readGcseGrade(grade: GcseSubjectGrade, nation: Nation): GcseGradeReading {
  if (typeof grade === 'number')
    return { written: String(grade), from: grade, to: grade, onNumberBoundaries: true };
  const rule =
    nation === 'northern-ireland' || grade === 'C*'
      ? gcseLetterGradesNorthernIreland
      : gcseLetterGradesWales;
  const match =
    matchIn(rule.value.grades, grade) ??
    // Every letter is on CCEA's scale, so this only guards against the rules being edited badly.
    matchIn(gcseLetterGradesNorthernIreland.value.grades, grade);
  const { onNumberBoundaries } = rule.value;
  return match === undefined
    ? { written: grade, from: 1, to: 1, ruleId: rule.id, onNumberBoundaries }
    : { written: grade, from: match.from, to: match.to, ruleId: rule.id, onNumberBoundaries };
}

/** Whether a grade is at or above a 9 to 1 grade, below it, or lines up with grades either side. */
export type Standing = 'at-or-above' | 'below' | 'either-side';

export function standingAgainst(reading: GcseGradeReading, wanted: GcseGrade): Standing {
  if (reading.from >= wanted) return 'at-or-above';
  if (reading.to < wanted) return 'below';
  return 'either-side';
}

/**
 * The schools that write `wanted` with this letter beside it (6/B), and so take the letter for the
 * number; none for a 9 to 1 grade or a letter no school in the sources writes that way.
 */
export function schoolsWritingItAs(
  reading: GcseGradeReading,
  wanted: GcseGrade,
): readonly string[] {
  if (reading.ruleId === undefined) return [];
  return (
    gcseGradesAsSchoolsWriteThem.value.examples.find(
      (example) => example.grade === wanted && example.letter === reading.written,
    )?.schools ?? []
  );
}

/**
 * How a letter grade lines up with 9 to 1, in words: "in line with grade 5", "in line with grade 7 or
 * above", "in line with grade 7 or 8" (CCEA's A), or "between grades 5 and 6" for a letter that covers
 * parts of two numbers (a Welsh B). Undefined for a 9 to 1 grade, which needs no explaining.
 */
export function lineUpText(reading: GcseGradeReading): string | undefined {
  if (reading.ruleId === undefined) return undefined;
  const { from, to } = reading;
  if (from === to) return `in line with grade ${from}`;
  if (to === 9) return `in line with grade ${from} or above`;
  if (from === 1) return `in line with grade ${to} or below`;
  if (reading.onNumberBoundaries && to === from + 1) return `in line with grade ${from} or ${to}`;
  return `between grades ${from} and ${to}`;
}
