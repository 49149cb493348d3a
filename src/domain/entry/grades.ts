/** Comparing sets of grades with an offer, and writing them the way offers are written. */
import type { ALevelGrade, DegreeClass, HigherGrade, IbSubjectGrade } from '../plan/qualifications';

const A_LEVEL_RANK: Readonly<Record<ALevelGrade, number>> = {
  'A*': 6,
  A: 5,
  B: 4,
  C: 3,
  D: 2,
  E: 1,
};

const HIGHER_RANK: Readonly<Record<HigherGrade, number>> = { A: 4, B: 3, C: 2, D: 1 };

export function aLevelRank(grade: ALevelGrade): number {
  return A_LEVEL_RANK[grade];
}

export function higherRank(grade: HigherGrade): number {
  return HIGHER_RANK[grade];
}

export function ibRank(grade: IbSubjectGrade): number {
  return grade;
}

/** Degree classes in order; `other` cannot be compared. */
const DEGREE_RANK: Readonly<Record<Exclude<DegreeClass, 'other'>, number>> = {
  first: 4,
  'upper-second': 3,
  'lower-second': 2,
  third: 1,
};

export function degreeRank(classification: DegreeClass): number | undefined {
  return classification === 'other' ? undefined : DEGREE_RANK[classification];
}

/** The best `count` grades, best first. */
export function bestGrades<Grade>(
  grades: readonly Grade[],
  count: number,
  rank: (grade: Grade) => number,
): Grade[] {
  return [...grades].sort((a, b) => rank(b) - rank(a)).slice(0, count);
}

/**
 * Whether `grades` reach `offer`: matched best against best, each grade at least the offer's.
 * A*BB does not reach AAB (its second grade is lower), while A*AB does.
 */
export function reachesOffer<Grade>(
  grades: readonly Grade[],
  offer: readonly Grade[],
  rank: (grade: Grade) => number,
): boolean {
  if (grades.length < offer.length) return false;
  const mine = bestGrades(grades, offer.length, rank);
  const wanted = bestGrades(offer, offer.length, rank);
  return wanted.every((grade, index) => {
    const own = mine[index];
    return own !== undefined && rank(own) >= rank(grade);
  });
}

/** The lowest grade in an offer: the least any one subject in it may have. */
export function lowestGrade<Grade>(
  offer: readonly Grade[],
  rank: (grade: Grade) => number,
): Grade | undefined {
  return bestGrades(offer, offer.length, rank).at(-1);
}

/** A-levels and Highers are written run together, best first: "A*AA", "AAAAB". */
export function writeLetterGrades<Grade extends string>(
  grades: readonly Grade[],
  rank: (grade: Grade) => number,
): string {
  return bestGrades(grades, grades.length, rank).join('');
}

/** IB Higher Level grades are written with commas, best first: "7, 7, 6". */
export function writeIbGrades(grades: readonly IbSubjectGrade[]): string {
  return bestGrades(grades, grades.length, ibRank).join(', ');
}

/** "Aberdeen, Cardiff and Edge Hill". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "Aberdeen, Cardiff or Edge Hill". */
export function orListText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}
