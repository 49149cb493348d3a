/**
 * The checks every school qualification shares: one grade-set check (given? enough? do the best grades
 * reach the offer?), chemistry and a second science. Each qualification brings its words.
 */
import type { Subject, SubjectGrade } from '../plan/qualifications';
import { secondScience, contextualOffers } from '../rules/entry-requirements';
import { bestGrades, listText, orListText, reachesOffer } from './grades';
import type { EntryItemId } from './types';
import {
  type Item,
  type Predicted,
  SUBJECT_NAMES,
  RESITS,
  item,
  sentences,
  predictedWord,
  CONTEXTUAL_LOWER,
} from './words';
import type { Situation } from './situation';
import type { RuleId } from '../rules/types';

// ---------------------------------------------------------------------------------------------
// One grade-set check for every school qualification

/** What an item says, and the rules it draws on; the check decides its status. */
export type Outcome = {
  readonly summary: string;
  readonly ruleIds: readonly RuleId[];
  readonly detail?: string;
};

/**
 * A set of grades compared with a typical offer: A-levels, Highers and IB Higher Level grades are the
 * same decision (given? enough of them? do the best ones reach the offer?), each with its own words.
 */
export type GradeSet<Grade> = {
  readonly id: EntryItemId;
  readonly title: string;
  /** The typical offer the best grades are compared with; its length is how many grades count. */
  readonly offer: readonly Grade[];
  readonly rank: (grade: Grade) => number;
  readonly write: (grades: readonly Grade[]) => string;
  /** What the grades are called after "Your best 3 predicted": "grades", "Highers". */
  readonly gradesWord: string;
  readonly noneGiven: Outcome;
  readonly tooFew: (given: number) => Outcome;
  /** `label` is "Your best 3 predicted grades, AAA,". */
  readonly meets: (label: string, best: readonly Grade[], situation: Situation) => Outcome;
  readonly below: (label: string, best: readonly Grade[], situation: Situation) => Outcome;
};

function outcomeItem(
  id: EntryItemId,
  title: string,
  status: Item['status'],
  outcome: Outcome,
): Item {
  return item(id, title, status, outcome.summary, outcome.ruleIds, outcome.detail);
}

export function gradeSetItem<Grade>(
  set: GradeSet<Grade>,
  grades: readonly Grade[],
  predicted: Predicted,
  situation: Situation,
): Item {
  const count = set.offer.length;
  if (grades.length === 0) return outcomeItem(set.id, set.title, 'not-given', set.noneGiven);
  if (grades.length < count)
    return outcomeItem(set.id, set.title, 'not-given', set.tooFew(grades.length));
  const best = bestGrades(grades, count, set.rank);
  const label = `Your ${grades.length > count ? `best ${count} ` : ''}${predictedWord(predicted)}${set.gradesWord}, ${set.write(best)},`;
  return reachesOffer(best, set.offer, set.rank)
    ? outcomeItem(set.id, set.title, 'meets', set.meets(label, best, situation))
    : outcomeItem(set.id, set.title, 'below', set.below(label, best, situation));
}

/** Subjects that can rightly appear more than once: "other" and "languages" cover several. */
const REPEATABLE_SUBJECTS: ReadonlySet<Subject> = new Set(['other', 'languages']);

/**
 * One entry per named subject, keeping its best grade: a subject entered twice (a resit on its own
 * row) is one A-level or Higher, not two, and counting it twice would overstate the grades.
 */
export function oncePerSubject<Grade>(
  subjects: readonly SubjectGrade<Grade>[],
  rank: (grade: Grade) => number,
): SubjectGrade<Grade>[] {
  const kept: SubjectGrade<Grade>[] = [];
  const at = new Map<Subject, number>();
  for (const subject of subjects) {
    const index = REPEATABLE_SUBJECTS.has(subject.subject) ? undefined : at.get(subject.subject);
    if (index === undefined) {
      if (!REPEATABLE_SUBJECTS.has(subject.subject)) at.set(subject.subject, kept.length);
      kept.push(subject);
    } else if (rank(subject.grade) > rank((kept[index] as SubjectGrade<Grade>).grade)) {
      kept[index] = subject;
    }
  }
  return kept;
}

/** The best grade among the given subjects, or undefined when none of them was given. */
function bestIn<Grade>(
  subjects: readonly SubjectGrade<Grade>[],
  wanted: readonly Subject[],
  rank: (grade: Grade) => number,
): SubjectGrade<Grade> | undefined {
  return bestGrades(
    subjects.filter((subject) => wanted.includes(subject.subject)),
    1,
    (subject) => rank(subject.grade),
  )[0];
}

export type SubjectRules<Grade> = {
  readonly kindName: string;
  readonly rank: (grade: Grade) => number;
  readonly write: (grade: Grade) => string;
  /** The least grade the subject should have, from the lowest typical offer. */
  readonly minimum: Grade;
  readonly ruleIds: readonly RuleId[];
  readonly minimumReason: string;
};

export function chemistryItem<Grade>(
  subjects: readonly SubjectGrade<Grade>[],
  predicted: Predicted,
  rules: SubjectRules<Grade>,
): Item {
  const title = 'Chemistry';
  const chemistry = bestIn(subjects, ['chemistry'], rules.rank);
  if (subjects.length === 0)
    return item(
      'chemistry',
      title,
      'not-given',
      `Most medical schools ask for chemistry. Add your ${rules.kindName} to check.`,
      rules.ruleIds,
    );
  if (!chemistry)
    return item(
      'chemistry',
      title,
      'missing',
      `Chemistry is not among the ${rules.kindName} you have given. Most medical schools ask for it.`,
      rules.ruleIds,
      'A few schools may not ask for chemistry: check each school’s page.',
    );
  const grade = `${predictedWord(predicted)}grade ${rules.write(chemistry.grade)}`;
  if (rules.rank(chemistry.grade) >= rules.rank(rules.minimum))
    return item(
      'chemistry',
      title,
      'meets',
      `You have chemistry at ${grade}. Most medical schools ask for chemistry.`,
      rules.ruleIds,
      rules.minimumReason,
    );
  return item(
    'chemistry',
    title,
    'below',
    `You have chemistry at ${grade}. ${rules.minimumReason}`,
    [...rules.ruleIds, contextualOffers.id],
    sentences(
      `Contextual offers are typically ${CONTEXTUAL_LOWER.from} to ${CONTEXTUAL_LOWER.to} grades lower for applicants who meet widening participation criteria.`,
      RESITS,
    ),
  );
}

/** How a qualification speaks of a second science; the decision is secondScienceItem's. */
export type SecondScienceWords<Grade> = {
  readonly notGiven: Outcome;
  /** None of the subjects given is one of them: missing, or only something to know. */
  readonly noneOfThem: Outcome & { readonly status: 'missing' | 'info' };
  readonly meets: (best: SubjectGrade<Grade>, predicted: Predicted, hasBiology: boolean) => Outcome;
  readonly below: (best: SubjectGrade<Grade>, predicted: Predicted, hasBiology: boolean) => Outcome;
};

export function secondScienceItem<Grade>(
  subjects: readonly SubjectGrade<Grade>[],
  predicted: Predicted,
  rules: SubjectRules<Grade>,
  words: SecondScienceWords<Grade>,
): Item {
  const id = 'second-science';
  const title = 'Biology, maths or physics';
  if (subjects.length === 0) return outcomeItem(id, title, 'not-given', words.notGiven);
  const best = bestIn(subjects, secondScience.value.oneOf, rules.rank);
  if (!best) return outcomeItem(id, title, words.noneOfThem.status, words.noneOfThem);
  const hasBiology = subjects.some((subject) => subject.subject === 'biology');
  return rules.rank(best.grade) >= rules.rank(rules.minimum)
    ? outcomeItem(id, title, 'meets', words.meets(best, predicted, hasBiology))
    : outcomeItem(id, title, 'below', words.below(best, predicted, hasBiology));
}

export const SECOND_SCIENCE_NAMES = orListText(
  secondScience.value.oneOf.map((subject) => SUBJECT_NAMES[subject]),
);

/** The words for A-levels and Highers, where each subject has a letter grade. */
export function letterSecondScienceWords<Grade>(
  rules: SubjectRules<Grade>,
  extra?: string,
): SecondScienceWords<Grade> {
  const usual = `Schools usually ask for biology, or one of ${SECOND_SCIENCE_NAMES}, as well as chemistry.`;
  const biologyNote = `Some schools, such as ${listText(secondScience.value.biologyExamples)}, ask for biology itself.`;
  const grade = (best: SubjectGrade<Grade>, predicted: Predicted) =>
    `${SUBJECT_NAMES[best.subject]} at ${predictedWord(predicted)}grade ${rules.write(best.grade)}`;
  return {
    notGiven: { summary: `${usual} Add your ${rules.kindName} to check.`, ruleIds: rules.ruleIds },
    noneOfThem: {
      status: 'missing',
      summary: `None of the ${rules.kindName} you have given is ${SECOND_SCIENCE_NAMES}. ${usual}`,
      ruleIds: rules.ruleIds,
      detail: sentences(biologyNote, extra),
    },
    meets: (best, predicted, hasBiology) => ({
      summary: sentences(`You have ${grade(best, predicted)}.`, usual, !hasBiology && biologyNote),
      ruleIds: rules.ruleIds,
      ...(extra === undefined ? {} : { detail: extra }),
    }),
    below: (best, predicted, hasBiology) => ({
      summary: sentences(`You have ${grade(best, predicted)}.`, rules.minimumReason),
      ruleIds: [...rules.ruleIds, contextualOffers.id],
      detail: sentences(usual, !hasBiology && biologyNote, extra, RESITS),
    }),
  };
}
