/**
 * Compares the subjects and grades a person has given with what medical schools typically ask for
 * (src/domain/rules/entry-requirements.ts). It says what is typical and where to check; it never
 * says whether someone will get a place. The contract is docs/entry-requirements.md. Never throws.
 */
import type {
  ALevelGrade,
  GcseGrade,
  GcseSubjectGrade,
  HigherGrade,
  IbSubjectGrade,
  Subject,
  SubjectGrade,
} from '../plan/qualifications';
import {
  type TopGradesTerms,
  gcseTopGradesTermsFor,
  topGradesTermsFor,
  usualSchoolQualification,
} from '../plan/nation-qualifications';
import { NATIONS, type Nation, NOW_STAGES, type NowStageId } from '../plan/types';
import {
  gamsatSittings,
  medicalSchoolInterviews,
  ucasMedicineChoices,
  ucasMedicineDeadline,
  ucatYearlyPattern,
} from '../rules/entry';
import {
  chemistryRequired,
  secondScience,
  aLevelTypicalOffers,
  advancedHighersExamples,
  bmatDiscontinued,
  contextualOfferExamples,
  contextualOffers,
  entryRequirementsListing,
  gamsatGraduateCourses,
  gatewayCourses,
  gcseGradesAsSchoolsWriteThem,
  gcseLetterGradesNorthernIreland,
  gcseLetterGradesWales,
  gcseTopGradeCounts,
  gcseTypicalRequirements,
  graduateEntryDegree,
  hullYorkContextualPoints,
  ibTypicalOffers,
  interviewFormat,
  sciencePracticalEndorsement,
  scottishHighersTypicalOffers,
  ucatAdmissionsTest,
  ucatFormat,
} from '../rules/entry-requirements';
import {
  MEDICAL_SCHOOL_ROUTES,
  type MedicalSchoolRoute,
  courseLengths,
} from '../rules/medical-school';
import {
  aLevelRank,
  bestGrades,
  degreeRank,
  higherRank,
  ibRank,
  listText,
  lowestGrade,
  orListText,
  reachesOffer,
  writeIbGrades,
  writeLetterGrades,
} from './grades';
import {
  type GcseGradeReading,
  lineUpText,
  readGcseGrade,
  schoolsWritingItAs,
  standingAgainst,
} from './gcse-grades';
import { type ReadQualifications, readQualifications } from './read-qualifications';
import type { EntryCheckItem, EntryCheckResult, EntryContext, EntryItemId } from './types';

type Item = EntryCheckItem;
type Predicted = boolean;

const SCHOOL_GRADE_ITEMS: readonly EntryItemId[] = [
  'a-level-grades',
  'scottish-highers',
  'ib-points',
  'ib-higher-level',
  'chemistry',
  'second-science',
];

const SUBJECT_NAMES: Readonly<Record<Subject, string>> = {
  chemistry: 'chemistry',
  biology: 'biology',
  physics: 'physics',
  maths: 'maths',
  'further-maths': 'further maths',
  psychology: 'psychology',
  english: 'English',
  history: 'history',
  geography: 'geography',
  economics: 'economics',
  languages: 'a language',
  other: 'another subject',
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const RESITS =
  'If you are thinking about resits, ask each school how it treats them before you plan around them.';

const CHECK_EACH_SCHOOL =
  'These are typical examples from dated listings: check each school’s own page for the year you apply.';

function item(
  id: EntryItemId,
  title: string,
  status: Item['status'],
  summary: string,
  ruleIds: readonly string[],
  detail?: string,
): Item {
  return detail === undefined
    ? { id, title, status, summary, ruleIds }
    : { id, title, status, summary, detail, ruleIds };
}

function sentences(...parts: readonly (string | false | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
}

function predictedWord(predicted: Predicted): string {
  return predicted ? 'predicted ' : '';
}

function examplesText(examples: readonly { school: string; asks: string }[]): string {
  return examples.map(({ school, asks }) => `${school}, ${asks}`).join('; ');
}

// ---------------------------------------------------------------------------------------------
// Context

type Situation = {
  /** Which nation's qualifications to speak of: GCSEs and A-levels, or National 5s and Highers. */
  readonly nation: Nation;
  readonly stage: NowStageId;
  readonly route: MedicalSchoolRoute;
  readonly graduateEntry: boolean;
  /** A graduate, or someone planning graduate entry: their degree matters. */
  readonly degreeMatters: boolean;
};

function readSituation(context: unknown, unreadable: string[]): Situation {
  const fields =
    typeof context === 'object' && context !== null ? (context as Record<string, unknown>) : {};
  const stageValue = fields.stage;
  const routeValue = fields.medicalSchoolRoute;
  const nationValue = fields.nation;
  let nation: Nation = 'england';
  if (NATIONS.some((known) => known === nationValue)) nation = nationValue as Nation;
  else if (nationValue !== undefined && nationValue !== null && nationValue !== '')
    unreadable.push(
      'We did not recognise where you live, so the check uses the qualifications taken in England',
    );
  let stage: NowStageId = 'school';
  if (NOW_STAGES.some((known) => known === stageValue)) stage = stageValue as NowStageId;
  else if (stageValue !== undefined && stageValue !== null && stageValue !== '')
    unreadable.push(
      'We did not recognise your current stage, so the check treats you as at school',
    );
  let route: MedicalSchoolRoute = 'standard';
  if (MEDICAL_SCHOOL_ROUTES.some((known) => known === routeValue))
    route = routeValue as MedicalSchoolRoute;
  else if (routeValue !== undefined && routeValue !== null && routeValue !== '')
    unreadable.push(
      `We did not recognise the kind of course you are planning, so the check assumes a standard ${courseLengths.standard.value.years}-year course`,
    );
  const graduateEntry = route === 'graduate-entry';
  return {
    nation,
    stage,
    route,
    graduateEntry,
    degreeMatters: graduateEntry || stage === 'graduate',
  };
}

// ---------------------------------------------------------------------------------------------
// A-levels

const A_LEVEL_LOWEST = aLevelTypicalOffers.value.lowest;
const A_LEVEL_SUBJECT_MINIMUM: ALevelGrade = lowestGrade(A_LEVEL_LOWEST, aLevelRank) ?? 'A';
const A_LEVEL_WRITTEN = {
  lowest: writeLetterGrades(A_LEVEL_LOWEST, aLevelRank),
  higher: writeLetterGrades(aLevelTypicalOffers.value.higher, aLevelRank),
  highest: writeLetterGrades(aLevelTypicalOffers.value.highest, aLevelRank),
};
const CONTEXTUAL_WRITTEN = contextualOffers.value.exampleOffers.map((offer) =>
  writeLetterGrades(offer, aLevelRank),
);
const CONTEXTUAL_LOWER = contextualOffers.value.gradesLower;

function aLevelRangeText(): string {
  const { lowestExamples, higherExamples, highestNote } = aLevelTypicalOffers.value;
  return `Typical offers run from ${A_LEVEL_WRITTEN.lowest} (for example ${listText(lowestExamples)}) to ${A_LEVEL_WRITTEN.higher} (${listText(higherExamples)}) and ${A_LEVEL_WRITTEN.highest} (${highestNote}).`;
}

function gatewayRouteNote(situation: Situation): string | undefined {
  return situation.route === 'gateway'
    ? 'These are the typical offers for standard courses. Gateway courses set their own, which are not in our sources, so check the Medical Schools Council listing.'
    : undefined;
}

// ---------------------------------------------------------------------------------------------
// One grade-set check for every school qualification

/** What an item says, and the rules it draws on; the check decides its status. */
type Outcome = {
  readonly summary: string;
  readonly ruleIds: readonly string[];
  readonly detail?: string;
};

/**
 * A set of grades compared with a typical offer: A-levels, Highers and IB Higher Level grades are the
 * same decision (given? enough of them? do the best ones reach the offer?), each with its own words.
 */
type GradeSet<Grade> = {
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

function gradeSetItem<Grade>(
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

type SubjectRules<Grade> = {
  readonly kindName: string;
  readonly rank: (grade: Grade) => number;
  readonly write: (grade: Grade) => string;
  /** The least grade the subject should have, from the lowest typical offer. */
  readonly minimum: Grade;
  readonly ruleIds: readonly string[];
  readonly minimumReason: string;
};

function chemistryItem<Grade>(
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
type SecondScienceWords<Grade> = {
  readonly notGiven: Outcome;
  /** None of the subjects given is one of them: missing, or only something to know. */
  readonly noneOfThem: Outcome & { readonly status: 'missing' | 'info' };
  readonly meets: (best: SubjectGrade<Grade>, predicted: Predicted, hasBiology: boolean) => Outcome;
  readonly below: (best: SubjectGrade<Grade>, predicted: Predicted, hasBiology: boolean) => Outcome;
};

function secondScienceItem<Grade>(
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

const SECOND_SCIENCE_NAMES = orListText(
  secondScience.value.oneOf.map((subject) => SUBJECT_NAMES[subject]),
);

/** The words for A-levels and Highers, where each subject has a letter grade. */
function letterSecondScienceWords<Grade>(
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

// ---------------------------------------------------------------------------------------------
// A-levels

const A_LEVEL_GRADES_SET: GradeSet<ALevelGrade> = {
  id: 'a-level-grades',
  title: 'A-level grades',
  offer: A_LEVEL_LOWEST,
  rank: aLevelRank,
  write: (grades) => writeLetterGrades(grades, aLevelRank),
  gradesWord: 'grades',
  noneGiven: {
    summary: `You have not added any A-levels yet. ${aLevelRangeText()}`,
    ruleIds: [aLevelTypicalOffers.id],
  },
  tooFew: (given) => ({
    summary: `Typical offers ask for ${A_LEVEL_LOWEST.length} A-level grades. You have given ${given}, so your grades cannot be compared yet.`,
    ruleIds: [aLevelTypicalOffers.id],
    detail: aLevelRangeText(),
  }),
  meets: (label, best, situation) => {
    const { higherExamples, highestNote } = aLevelTypicalOffers.value;
    let reach: string;
    if (reachesOffer(best, aLevelTypicalOffers.value.highest, aLevelRank))
      reach = `They also reach ${A_LEVEL_WRITTEN.highest}, the highest typical offer (${highestNote}).`;
    else if (reachesOffer(best, aLevelTypicalOffers.value.higher, aLevelRank))
      reach = `They reach ${A_LEVEL_WRITTEN.higher}, which ${listText(higherExamples)} ask for, but not ${A_LEVEL_WRITTEN.highest} (${highestNote}).`;
    else
      reach = `Some schools ask for more: ${A_LEVEL_WRITTEN.higher} (${listText(higherExamples)}) or ${A_LEVEL_WRITTEN.highest} (${highestNote}).`;
    return {
      summary: `${label} meet the lowest typical offer of ${A_LEVEL_WRITTEN.lowest}. ${reach}`,
      ruleIds: [aLevelTypicalOffers.id],
      detail: sentences(aLevelRangeText(), gatewayRouteNote(situation), CHECK_EACH_SCHOOL),
    };
  },
  below: (label, best, situation) => {
    const contextualReached = contextualOffers.value.exampleOffers.findIndex((offer) =>
      reachesOffer(best, offer, aLevelRank),
    );
    const contextual =
      contextualReached >= 0
        ? `Contextual offers at ${CONTEXTUAL_WRITTEN[contextualReached] ?? ''} exist at some schools, for applicants who meet widening participation criteria.`
        : `That is also below typical contextual offers (${orListText(CONTEXTUAL_WRITTEN)}). A gateway course may be an option if you meet widening participation criteria.`;
    return {
      summary: `${label} are below the lowest typical offer of ${A_LEVEL_WRITTEN.lowest}. ${contextual}`,
      ruleIds: [aLevelTypicalOffers.id, contextualOffers.id, gatewayCourses.id],
      detail: sentences(
        aLevelRangeText(),
        `Contextual offers are typically ${CONTEXTUAL_LOWER.from} to ${CONTEXTUAL_LOWER.to} grades lower, such as ${orListText(CONTEXTUAL_WRITTEN)}.`,
        `A gateway course (${gatewayCourses.value.years} years) may be an option if you meet widening participation criteria.`,
        gatewayRouteNote(situation),
        RESITS,
      ),
    };
  },
};

const A_LEVEL_SUBJECTS: SubjectRules<ALevelGrade> = {
  kindName: 'A-levels',
  rank: aLevelRank,
  write: (grade) => grade,
  minimum: A_LEVEL_SUBJECT_MINIMUM,
  ruleIds: [chemistryRequired.id],
  minimumReason: `Typical offers of ${A_LEVEL_WRITTEN.lowest} or more ask for grade ${A_LEVEL_SUBJECT_MINIMUM} or above in each subject, and Oxford asks for an A in chemistry.`,
};

const A_LEVEL_SECOND_SCIENCE = letterSecondScienceWords<ALevelGrade>({
  ...A_LEVEL_SUBJECTS,
  ruleIds: [secondScience.id],
  minimumReason: `Typical offers of ${A_LEVEL_WRITTEN.lowest} or more ask for grade ${A_LEVEL_SUBJECT_MINIMUM} or above in each subject, and Oxford asks for an A in this subject too.`,
});

function aLevelItems(
  subjects: readonly SubjectGrade<ALevelGrade>[],
  predicted: Predicted,
  situation: Situation,
): Item[] {
  return [
    gradeSetItem(
      A_LEVEL_GRADES_SET,
      subjects.map((subject) => subject.grade),
      predicted,
      situation,
    ),
    chemistryItem(subjects, predicted, A_LEVEL_SUBJECTS),
    secondScienceItem(subjects, predicted, A_LEVEL_SUBJECTS, A_LEVEL_SECOND_SCIENCE),
    item(
      'practical-endorsement',
      'Science practical endorsement',
      'info',
      `Where a science A-level includes a practical endorsement, schools such as ${listText(sciencePracticalEndorsement.value.examples)} ask you to pass it.`,
      [sciencePracticalEndorsement.id],
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Scottish Highers

const HIGHERS_TYPICAL = scottishHighersTypicalOffers.value.typical;
const HIGHERS_WRITTEN = writeLetterGrades(HIGHERS_TYPICAL, higherRank);
const HIGHER_SUBJECT_MINIMUM: HigherGrade = lowestGrade(HIGHERS_TYPICAL, higherRank) ?? 'B';
const HIGHERS_EXAMPLES = `Examples: ${examplesText(scottishHighersTypicalOffers.value.examples)}.`;

const HIGHERS_SET: GradeSet<HigherGrade> = {
  id: 'scottish-highers',
  title: 'Scottish Highers',
  offer: HIGHERS_TYPICAL,
  rank: higherRank,
  write: (grades) => writeLetterGrades(grades, higherRank),
  gradesWord: 'Highers',
  noneGiven: {
    summary: `You have not added any Highers yet. The typical offer is ${HIGHERS_WRITTEN}.`,
    ruleIds: [scottishHighersTypicalOffers.id],
    detail: HIGHERS_EXAMPLES,
  },
  tooFew: (given) => ({
    summary: `The typical offer asks for ${HIGHERS_TYPICAL.length} Highers (${HIGHERS_WRITTEN}). You have given ${given}, so your grades cannot be compared yet.`,
    ruleIds: [scottishHighersTypicalOffers.id],
    detail: HIGHERS_EXAMPLES,
  }),
  meets: (label, _best, situation) => ({
    summary: `${label} meet the typical offer of ${HIGHERS_WRITTEN}.`,
    ruleIds: [scottishHighersTypicalOffers.id],
    detail: sentences(HIGHERS_EXAMPLES, gatewayRouteNote(situation), CHECK_EACH_SCHOOL),
  }),
  below: (label, _best, situation) => ({
    summary: `${label} are below the typical offer of ${HIGHERS_WRITTEN}. Contextual offers, typically ${CONTEXTUAL_LOWER.from} to ${CONTEXTUAL_LOWER.to} grades lower, may apply if you meet widening participation criteria.`,
    ruleIds: [scottishHighersTypicalOffers.id, contextualOffers.id, gatewayCourses.id],
    detail: sentences(
      HIGHERS_EXAMPLES,
      'A gateway course may also be an option.',
      gatewayRouteNote(situation),
      RESITS,
    ),
  }),
};

const HIGHER_SUBJECTS: SubjectRules<HigherGrade> = {
  kindName: 'Highers',
  rank: higherRank,
  write: (grade) => grade,
  minimum: HIGHER_SUBJECT_MINIMUM,
  ruleIds: [chemistryRequired.id, scottishHighersTypicalOffers.id],
  minimumReason: `A typical offer of ${HIGHERS_WRITTEN} asks for grade ${HIGHER_SUBJECT_MINIMUM} or above in each subject.`,
};

const HIGHER_SECOND_SCIENCE = letterSecondScienceWords<HigherGrade>(
  { ...HIGHER_SUBJECTS, ruleIds: [secondScience.id, scottishHighersTypicalOffers.id] },
  'Aberdeen asks for two of biology, maths and physics at Higher, with chemistry.',
);

function highersItems(
  subjects: readonly SubjectGrade<HigherGrade>[],
  predicted: Predicted,
  situation: Situation,
): Item[] {
  return [
    gradeSetItem(
      HIGHERS_SET,
      subjects.map((subject) => subject.grade),
      predicted,
      situation,
    ),
    chemistryItem(subjects, predicted, HIGHER_SUBJECTS),
    secondScienceItem(subjects, predicted, HIGHER_SUBJECTS, HIGHER_SECOND_SCIENCE),
    item(
      'advanced-highers',
      'Advanced Highers',
      'info',
      'Some schools also ask for Advanced Highers in S6.',
      [advancedHighersExamples.id],
      `Examples: ${examplesText(advancedHighersExamples.value.examples)}.`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// International Baccalaureate

const IB = ibTypicalOffers.value;
const IB_EXAMPLES = `Examples: ${examplesText(IB.typicalExamples)}. ${IB.highestExample} asks for ${IB.highestPoints.from} to ${IB.highestPoints.to} points, with ${writeIbGrades(IB.highestHigherLevel)} at Higher Level.`;
const IB_HIGHEST = `${IB.highestExample} asks for ${IB.highestPoints.from} to ${IB.highestPoints.to}`;
const IB_TYPICAL_HIGHER_LEVEL = writeIbGrades(IB.typicalHigherLevel);

function ibPointsItem(
  points: number | undefined,
  predicted: Predicted,
  situation: Situation,
): Item {
  const { typicalPoints, highestPoints, highestExample } = IB;
  const ruleIds = [ibTypicalOffers.id];
  if (points === undefined)
    return item(
      'ib-points',
      'IB points',
      'not-given',
      `You have not added your IB points yet. Typical offers ask for ${typicalPoints} points; ${IB_HIGHEST}.`,
      ruleIds,
      IB_EXAMPLES,
    );
  const label = `Your ${predictedWord(predicted)}score of ${points} points`;
  if (points >= typicalPoints) {
    let reach: string;
    if (points >= highestPoints.to)
      reach = `It also reaches the ${highestPoints.from} to ${highestPoints.to} that ${highestExample} asks for.`;
    else if (points >= highestPoints.from)
      reach = `It is within the ${highestPoints.from} to ${highestPoints.to} that ${highestExample} asks for.`;
    else reach = `Some schools ask for more: ${IB_HIGHEST}.`;
    return item(
      'ib-points',
      'IB points',
      'meets',
      `${label} meets the typical offer of ${typicalPoints}. ${reach}`,
      ruleIds,
      sentences(IB_EXAMPLES, gatewayRouteNote(situation), CHECK_EACH_SCHOOL),
    );
  }
  return item(
    'ib-points',
    'IB points',
    'below',
    `${label} is below the typical offer of ${typicalPoints}. Contextual offers, typically lower, may apply if you meet widening participation criteria.`,
    [...ruleIds, contextualOffers.id, gatewayCourses.id],
    sentences(
      IB_EXAMPLES,
      'A gateway course may also be an option.',
      gatewayRouteNote(situation),
      RESITS,
    ),
  );
}

const IB_HIGHER_LEVEL_SET: GradeSet<IbSubjectGrade> = {
  id: 'ib-higher-level',
  title: 'IB Higher Level grades',
  offer: IB.typicalHigherLevel,
  rank: ibRank,
  write: writeIbGrades,
  gradesWord: 'Higher Level grades',
  noneGiven: {
    summary: `You have not added your Higher Level subjects yet. Typical offers ask for ${IB_TYPICAL_HIGHER_LEVEL} at Higher Level.`,
    ruleIds: [ibTypicalOffers.id],
    detail: IB_EXAMPLES,
  },
  tooFew: (given) => ({
    summary: `Typical offers ask for ${IB.typicalHigherLevel.length} Higher Level grades (${IB_TYPICAL_HIGHER_LEVEL}). You have given ${given}, so they cannot be compared yet.`,
    ruleIds: [ibTypicalOffers.id],
    detail: IB_EXAMPLES,
  }),
  meets: (label, best) => ({
    summary: sentences(
      `${label} meet the typical ${IB_TYPICAL_HIGHER_LEVEL}.`,
      reachesOffer(best, IB.highestHigherLevel, ibRank)
        ? `They also reach ${writeIbGrades(IB.highestHigherLevel)} (${IB.highestExample}).`
        : `${IB.highestExample} asks for ${writeIbGrades(IB.highestHigherLevel)}.`,
    ),
    ruleIds: [ibTypicalOffers.id],
    detail: IB_EXAMPLES,
  }),
  below: (label) => ({
    summary: `${label} are below the typical ${IB_TYPICAL_HIGHER_LEVEL}. Contextual offers may apply if you meet widening participation criteria.`,
    ruleIds: [ibTypicalOffers.id, contextualOffers.id],
    detail: sentences(IB_EXAMPLES, RESITS),
  }),
};

const IB_SUBJECTS: SubjectRules<IbSubjectGrade> = {
  kindName: 'Higher Level subjects',
  rank: ibRank,
  write: String,
  minimum: IB.chemistryHigherLevel,
  ruleIds: [chemistryRequired.id, ibTypicalOffers.id],
  minimumReason: `Typical offers ask for ${IB.chemistryHigherLevel} or above at Higher Level, and Aberdeen names chemistry.`,
};

const IB_SECOND_SCIENCE: SecondScienceWords<IbSubjectGrade> = {
  notGiven: {
    summary: `Schools usually ask for ${SECOND_SCIENCE_NAMES} as well as chemistry. Add your Higher Level subjects to check.`,
    ruleIds: [secondScience.id],
  },
  noneOfThem: {
    status: 'info',
    summary: `None of your Higher Level subjects is ${SECOND_SCIENCE_NAMES}. Schools usually ask for one of these as well as chemistry.`,
    ruleIds: [secondScience.id],
    detail:
      'Only Higher Level subjects are recorded here: check each school’s page for the level it asks for.',
  },
  meets: (best, predicted) => ({
    summary: `You have ${SUBJECT_NAMES[best.subject]} at Higher Level, ${predictedWord(predicted)}grade ${best.grade}. Schools usually ask for ${SECOND_SCIENCE_NAMES} as well as chemistry.`,
    ruleIds: [secondScience.id, ibTypicalOffers.id],
  }),
  below: (best, predicted) => ({
    summary: `You have ${SUBJECT_NAMES[best.subject]} at Higher Level, ${predictedWord(predicted)}grade ${best.grade}. Typical offers ask for ${IB.chemistryHigherLevel} or above in each Higher Level subject (${IB_TYPICAL_HIGHER_LEVEL}).`,
    ruleIds: [secondScience.id, ibTypicalOffers.id, contextualOffers.id],
    detail: sentences(
      `Schools usually ask for ${SECOND_SCIENCE_NAMES} as well as chemistry.`,
      `Contextual offers are typically ${CONTEXTUAL_LOWER.from} to ${CONTEXTUAL_LOWER.to} grades lower for applicants who meet widening participation criteria.`,
      RESITS,
    ),
  }),
};

function ibItems(
  points: number | undefined,
  higherLevel: readonly SubjectGrade<IbSubjectGrade>[],
  predicted: Predicted,
  situation: Situation,
): Item[] {
  return [
    ibPointsItem(points, predicted, situation),
    gradeSetItem(
      IB_HIGHER_LEVEL_SET,
      higherLevel.map((subject) => subject.grade),
      predicted,
      situation,
    ),
    chemistryItem(higherLevel, predicted, IB_SUBJECTS),
    secondScienceItem(higherLevel, predicted, IB_SUBJECTS, IB_SECOND_SCIENCE),
  ];
}

// ---------------------------------------------------------------------------------------------
// School qualification of any kind

function schoolItems(qualifications: ReadQualifications, situation: Situation): Item[] {
  const school = qualifications.schoolQualification;
  const predicted = qualifications.gradesAre === 'predicted';
  const listingIds = [
    aLevelTypicalOffers.id,
    scottishHighersTypicalOffers.id,
    ibTypicalOffers.id,
    entryRequirementsListing.id,
  ];
  if (!school) {
    if (situation.degreeMatters) return [];
    return [
      item(
        'school-qualification',
        'School qualifications',
        'not-given',
        usualSchoolQualification(situation.nation) === 'scottish-highers'
          ? `You have not told us your Highers, A-levels or IB yet. The typical offer is ${HIGHERS_WRITTEN} at Higher, including chemistry.`
          : `You have not told us your A-levels, Highers or IB yet. Typical offers run from ${A_LEVEL_WRITTEN.lowest} to ${A_LEVEL_WRITTEN.highest} at A-level, including chemistry.`,
        listingIds,
      ),
    ];
  }
  switch (school.kind) {
    case 'a-levels':
      return aLevelItems(oncePerSubject(school.subjects, aLevelRank), predicted, situation);
    case 'scottish-highers':
      return highersItems(oncePerSubject(school.subjects, higherRank), predicted, situation);
    case 'ib':
      return ibItems(
        school.points,
        oncePerSubject(school.higherLevel, ibRank),
        predicted,
        situation,
      );
    default:
      return [
        item(
          'school-qualification',
          'School qualifications',
          'info',
          'Pathway cannot compare this qualification. Check the Medical Schools Council listing and each school’s page for what it accepts.',
          listingIds,
        ),
      ];
  }
}

// ---------------------------------------------------------------------------------------------
// GCSEs

type GivenGcse = { readonly name: string; readonly reading: GcseGradeReading };

/** "7 in English language"; a letter with how it lines up: "C* in maths (in line with grade 5)". */
function gradeInText({ name, reading }: GivenGcse): string {
  const lineUp = lineUpText(reading);
  return `${reading.written} in ${name}${lineUp === undefined ? '' : ` (${lineUp})`}`;
}

/** "4 in maths" or "3 in English language and 4 in maths". */
function gradesText(given: readonly GivenGcse[]): string {
  return listText(given.map(gradeInText));
}

/** "Grade" or "Grades", to begin a sentence about them. */
function gradeWord(given: readonly GivenGcse[]): string {
  return given.length > 1 ? 'Grades' : 'Grade';
}

/** The verb for them: `is` or `are`, `meets` or `meet`. */
function verb(given: readonly GivenGcse[], one: string, many: string): string {
  return given.length > 1 ? many : one;
}

/** The rules lining up any letter grades given with 9 to 1, each once. */
function letterRuleIds(given: readonly GivenGcse[]): string[] {
  return [
    ...new Set(
      given.flatMap(({ reading }) => (reading.ruleId === undefined ? [] : [reading.ruleId])),
    ),
  ];
}

/** How the letter grades given line up with 9 to 1, and how sure that is, for an item's detail. */
function letterGradesNote(given: readonly GivenGcse[]): string | undefined {
  const ruleIds = letterRuleIds(given);
  return sentences(
    ruleIds.includes(gcseLetterGradesNorthernIreland.id) &&
      'CCEA lines up its A* with grade 9 and its C* with grade 5; its A is grade 7 or 8, its B grade 6 and its C grade 4.',
    ruleIds.includes(gcseLetterGradesWales.id) &&
      'Grades A* to G are lined up with 9 to 1 as Ofqual matched them when England changed: an A with grade 7, a C with grade 4, and grade 5 across the top of a C and the bottom of a B. Wales kept A* to G, and no source gives an exact match for its grades, so check with each school.',
  );
}

/** "schools that write grade 6 as 6/B, such as Keele and Nottingham, take a B for a 6". */
function writtenBothWaysText(reading: GcseGradeReading, wanted: GcseGrade): string {
  const schools = schoolsWritingItAs(reading, wanted);
  return `schools that write grade ${wanted} as ${wanted}/${reading.written}, such as ${listText(schools)}, take a ${reading.written} for a ${wanted}`;
}

/** Whether a grade counts as `wanted`: at or above it, or a letter that schools write beside it. */
function takenFor(reading: GcseGradeReading, wanted: GcseGrade): boolean {
  const standing = standingAgainst(reading, wanted);
  return (
    standing === 'at-or-above' ||
    (standing === 'either-side' && schoolsWritingItAs(reading, wanted).length > 0)
  );
}

function gcseItems(gcse: ReadQualifications['gcse'], situation: Situation): Item[] {
  if (!gcse && situation.degreeMatters) return [];
  const { englishAndMathsLowest, englishAndMathsHigher, science } = gcseTypicalRequirements.value;
  const lowest = englishAndMathsLowest.grade;
  const higher = englishAndMathsHigher.grade;
  const examples = `Examples: ${englishAndMathsLowest.school} asked for grade ${lowest} in English and maths; ${englishAndMathsHigher.school} asks for grade ${higher} in English language and maths.`;
  const read = (name: string, grade: GcseSubjectGrade | undefined): GivenGcse[] =>
    grade === undefined ? [] : [{ name, reading: readGcseGrade(grade, situation.nation) }];
  const english = read('English language', gcse?.englishLanguage);
  const maths = read('maths', gcse?.maths);
  const given = [...english, ...maths];
  const letters = letterGradesNote(given);
  const ruleIds = [gcseTypicalRequirements.id, ...letterRuleIds(given)];
  const title = 'GCSE English language and maths';
  let englishMaths: Item;
  const below = given.filter(({ reading }) => standingAgainst(reading, lowest) === 'below');
  const eitherSide = given.filter(
    ({ reading }) => standingAgainst(reading, lowest) === 'either-side',
  );
  const higherAsked = eitherSide.every(
    ({ reading }) => standingAgainst(reading, higher) === 'below',
  )
    ? `${verb(eitherSide, 'is', 'are')} below the ${higher} others ask for`
    : `may be below the ${higher} others ask for`;
  if (below.length > 0 || eitherSide.length > 0)
    englishMaths = item(
      'gcse-english-maths',
      title,
      'below',
      sentences(
        below.length > 0 &&
          `${gradeWord(below)} ${gradesText(below)} ${verb(below, 'is', 'are')} below what schools ask for: grade ${lowest} at some schools, ${higher} at others.`,
        eitherSide.length > 0 &&
          `${gradeWord(eitherSide)} ${gradesText(eitherSide)} may be below the grade ${lowest} some schools ask for, and ${higherAsked}: check with each school.`,
      ),
      ruleIds,
      sentences(examples, letters, RESITS),
    );
  else if (english.length === 0 || maths.length === 0)
    englishMaths = item(
      'gcse-english-maths',
      title,
      'not-given',
      sentences(
        given.length > 0 && `You have given grade ${gradesText(given)}.`,
        `Add your GCSE English language and maths grades to check them. Schools ask for at least grade ${lowest} or ${higher} in both.`,
      ),
      ruleIds,
      sentences(examples, letters),
    );
  else if (given.every(({ reading }) => standingAgainst(reading, higher) === 'at-or-above'))
    englishMaths = item(
      'gcse-english-maths',
      title,
      'meets',
      `Grades ${gradesText(given)} meet the examples we have (grade ${lowest} or ${higher}).`,
      ruleIds,
      sentences(examples, `${englishAndMathsHigher.school} also scores GCSEs.`, letters),
    );
  else if (given.every(({ reading }) => takenFor(reading, higher))) {
    const written = given.filter(
      ({ reading }) => standingAgainst(reading, higher) === 'either-side',
    );
    const first = written[0] as GivenGcse;
    englishMaths = item(
      'gcse-english-maths',
      title,
      'meets',
      `Check each school: grade ${gradesText(written)} ${verb(written, 'meets', 'meet')} grade ${lowest} (${englishAndMathsLowest.school}), and ${writtenBothWaysText(first.reading, higher)}. Others ask for grade ${higher} (${englishAndMathsHigher.school}).`,
      [...ruleIds, gcseGradesAsSchoolsWriteThem.id],
      sentences(examples, letters),
    );
  } else {
    const short = given.filter(({ reading }) => !takenFor(reading, higher));
    englishMaths = item(
      'gcse-english-maths',
      title,
      'meets',
      short.every(({ reading }) => reading.ruleId === undefined)
        ? `Check each school: grade ${lowest} meets some schools’ minimum (${englishAndMathsLowest.school}), but others ask for ${higher} (${englishAndMathsHigher.school}).`
        : `Check each school: grade ${gradesText(short)} ${verb(short, 'meets', 'meet')} some schools’ minimum of grade ${lowest} (${englishAndMathsLowest.school}), but others ask for ${higher} (${englishAndMathsHigher.school}).`,
      ruleIds,
      sentences(`You have grade ${gradesText(given)}.`, examples, letters),
    );
  }

  const scienceExamples = `Examples: ${examplesText(science.examples)}.`;
  const scienceGiven = read('science', gcse?.science);
  const scienceRuleIds = [gcseTypicalRequirements.id, ...letterRuleIds(scienceGiven)];
  const scienceLetters = letterGradesNote(scienceGiven);
  const asked = `the examples we have (grade ${science.grade} or above)`;
  const scienceGrade = scienceGiven[0];
  let scienceItem: Item;
  if (scienceGrade === undefined)
    scienceItem = item(
      'gcse-science',
      'GCSE science',
      'not-given',
      `Add your GCSE science grade to check it. Schools ask for grade ${science.grade} or above.`,
      scienceRuleIds,
      scienceExamples,
    );
  else {
    const standing = standingAgainst(scienceGrade.reading, science.grade);
    const grade = gradeInText(scienceGrade);
    if (standing === 'at-or-above')
      scienceItem = item(
        'gcse-science',
        'GCSE science',
        'meets',
        `Grade ${grade} meets ${asked}.`,
        scienceRuleIds,
        sentences(scienceExamples, scienceLetters),
      );
    else if (takenFor(scienceGrade.reading, science.grade))
      scienceItem = item(
        'gcse-science',
        'GCSE science',
        'meets',
        `Check each school: grade ${grade} may not reach ${asked}, but ${writtenBothWaysText(scienceGrade.reading, science.grade)}.`,
        [...scienceRuleIds, gcseGradesAsSchoolsWriteThem.id],
        sentences(scienceExamples, scienceLetters),
      );
    else
      scienceItem = item(
        'gcse-science',
        'GCSE science',
        'below',
        standing === 'below'
          ? `Grade ${grade} is below ${asked}.`
          : `Grade ${grade} may be below ${asked}: check with each school.`,
        scienceRuleIds,
        sentences(scienceExamples, scienceLetters, RESITS),
      );
  }
  return [englishMaths, scienceItem];
}

// ---------------------------------------------------------------------------------------------
// How many GCSEs (or National 5s) at the top grades

const COUNT_EXAMPLES = gcseTopGradeCounts.value.examples;
const FEWEST_TOP_GRADES = Math.min(...COUNT_EXAMPLES.map((example) => example.count));
const MOST_TOP_GRADES = Math.max(...COUNT_EXAMPLES.map((example) => example.count));

/** The schools asking for each count, fewest first: [{ count: 5, schools: ['Keele', 'St Andrews'] }]. */
function countGroups(
  examples: readonly { readonly school: string; readonly count: number }[],
): { readonly count: number; readonly schools: readonly string[] }[] {
  const counts = [...new Set(examples.map((example) => example.count))].sort((a, b) => a - b);
  return counts.map((count) => ({
    count,
    schools: examples.filter((example) => example.count === count).map(({ school }) => school),
  }));
}

/** "Keele and St Andrews ask for 5, Nottingham for 6". */
function countsText(examples: readonly { readonly school: string; readonly count: number }[]) {
  return countGroups(examples)
    .map(
      ({ count, schools }, index) =>
        `${listText(schools)} ${index === 0 ? `${schools.length > 1 ? 'ask' : 'asks'} for ` : 'for '}${count}`,
    )
    .join(', ');
}

const COUNT_CAVEAT = `These are examples from ${COUNT_EXAMPLES.length} schools’ own pages, not every school: many ask for grades in named subjects instead, or score GCSEs.`;

function topGradesCountText(count: number, terms: TopGradesTerms): string {
  return `You have ${count} ${count === 1 ? terms.singular : terms.plural} at grade ${terms.grades}.`;
}

function gcseTopGradesItem(count: number | undefined, situation: Situation): Item {
  const terms = gcseTopGradesTermsFor(situation.nation);
  const title = `GCSEs at grade ${terms.grades}`;
  const ruleIds = [gcseTopGradeCounts.id, terms.ruleId];
  const examples = `Examples: ${examplesText(COUNT_EXAMPLES)}.`;
  const letters =
    terms.ruleId !== gcseTopGradesTermsFor('england').ruleId &&
    'Schools write the grade as 7/A, so an A or A* counts with a 7, 8 or 9.';
  if (count === undefined)
    return item(
      'gcse-top-grades',
      title,
      'not-given',
      `Add how many GCSEs you have at grade ${terms.grades} to check this. Some schools ask for ${FEWEST_TOP_GRADES} or ${MOST_TOP_GRADES}.`,
      ruleIds,
      sentences(examples, letters, COUNT_CAVEAT),
    );
  const have = topGradesCountText(count, terms);
  if (count >= MOST_TOP_GRADES)
    return item(
      'gcse-top-grades',
      title,
      'meets',
      `${have} That meets the examples we have: ${countsText(COUNT_EXAMPLES)}.`,
      ruleIds,
      sentences(examples, letters, COUNT_CAVEAT, CHECK_EACH_SCHOOL),
    );
  if (count >= FEWEST_TOP_GRADES) {
    const met = COUNT_EXAMPLES.filter((example) => example.count <= count).map(
      ({ school }) => school,
    );
    const unmet = COUNT_EXAMPLES.filter((example) => example.count > count);
    return item(
      'gcse-top-grades',
      title,
      'meets',
      `${have} That meets what ${listText(met)} ${met.length > 1 ? 'ask' : 'asks'} for, but ${countsText(unmet)}, so check each school.`,
      ruleIds,
      sentences(examples, letters, COUNT_CAVEAT),
    );
  }
  return item(
    'gcse-top-grades',
    title,
    'below',
    `${have} That is fewer than schools that set a number ask for: ${countsText(COUNT_EXAMPLES)}.`,
    ruleIds,
    sentences(examples, letters, COUNT_CAVEAT, RESITS),
  );
}

function national5TopGradesItem(count: number | undefined): Item {
  const terms = topGradesTermsFor('scotland');
  const { national5Example } = gcseTopGradeCounts.value;
  const title = `National 5s at grade ${terms.grades}`;
  const ruleIds = [gcseTopGradeCounts.id, terms.ruleId];
  const atGcse = `The schools in our sources that ask for a number of top grades do so for GCSEs (${FEWEST_TOP_GRADES} or ${MOST_TOP_GRADES} at grade 7/A), so check what each school asks for at National 5.`;
  const detail = `Example: ${national5Example.school}, ${national5Example.asks}.`;
  return count === undefined
    ? item(
        'national-5-top-grades',
        title,
        'not-given',
        `Add how many National 5s you have at grade ${terms.grades}. ${atGcse}`,
        ruleIds,
        detail,
      )
    : item(
        'national-5-top-grades',
        title,
        'info',
        `${topGradesCountText(count, terms)} ${atGcse}`,
        ruleIds,
        detail,
      );
}

/** Whether any GCSE answer was given: a GCSE page left blank is saved as an empty object. */
function hasGcseAnswers(gcse: ReadQualifications['gcse']): boolean {
  return gcse !== undefined && Object.values(gcse).some((value) => value !== undefined);
}

/**
 * GCSEs, or National 5s in Scotland. Outside Scotland the GCSE items appear as before, with the count of
 * top grades beside them; in Scotland GCSEs appear only when some were given, and National 5s appear
 * wherever they were given.
 */
function examsAt16Items(qualifications: ReadQualifications, situation: Situation): Item[] {
  const { gcse, national5 } = qualifications;
  const scotland = situation.nation === 'scotland';
  const items: Item[] = [];
  if (scotland ? hasGcseAnswers(gcse) : gcse !== undefined || !situation.degreeMatters)
    items.push(...gcseItems(gcse, situation), gcseTopGradesItem(gcse?.topGrades, situation));
  if (national5 !== undefined || (scotland && !hasGcseAnswers(gcse) && !situation.degreeMatters))
    items.push(national5TopGradesItem(national5?.topGrades));
  return items;
}

// ---------------------------------------------------------------------------------------------
// Degree

const DEGREE_NAMES = {
  first: 'A first',
  'upper-second': 'A 2:1',
  'lower-second': 'A 2:2',
  third: 'A third',
  other: 'This classification',
} as const;

function degreeItems(degree: ReadQualifications['degree'], situation: Situation): Item[] {
  if (!degree && !situation.degreeMatters) return [];
  const { accepted, anyDegreeExample, scienceDegreeExample } = graduateEntryDegree.value;
  const ruleIds = [graduateEntryDegree.id];
  const usual = 'Graduate applicants normally need a 2:1 or a first.';
  const subjectExamples = `Examples: ${anyDegreeExample.school}, ${anyDegreeExample.asks}; ${scienceDegreeExample.school}, ${scienceDegreeExample.asks}.`;
  const classification = degree?.classification;
  const lowestAccepted = Math.min(
    ...accepted.map((accepted) => degreeRank(accepted) ?? Number.POSITIVE_INFINITY),
  );
  let classItem: Item;
  if (classification === undefined)
    classItem = item(
      'degree-class',
      'Degree classification',
      'not-given',
      `Add your degree classification to check it. ${usual}`,
      ruleIds,
    );
  else {
    const rank = degreeRank(classification);
    const name = DEGREE_NAMES[classification];
    if (rank === undefined)
      classItem = item(
        'degree-class',
        'Degree classification',
        'info',
        `Pathway cannot compare this classification. ${usual}`,
        ruleIds,
        'Check each school’s page for what it accepts.',
      );
    else if (rank >= lowestAccepted)
      classItem = item(
        'degree-class',
        'Degree classification',
        'meets',
        `${name} meets the usual requirement. ${usual}`,
        ruleIds,
        CHECK_EACH_SCHOOL,
      );
    else
      classItem = item(
        'degree-class',
        'Degree classification',
        'below',
        `${name} is below the usual requirement. ${usual}`,
        ruleIds,
        'Check each school’s page for what it accepts.',
      );
  }

  const science = degree?.science;
  const subjectRule =
    'Some graduate-entry courses accept any degree; others ask for a science or life science degree.';
  let subjectItem: Item;
  if (science === undefined)
    subjectItem = item(
      'degree-subject',
      'Degree subject',
      'not-given',
      `Tell us whether your degree is in a science. ${subjectRule}`,
      ruleIds,
      subjectExamples,
    );
  else if (science)
    subjectItem = item(
      'degree-subject',
      'Degree subject',
      'meets',
      `${subjectRule} A science degree can suit both, but check that yours counts for each course.`,
      ruleIds,
      subjectExamples,
    );
  else
    subjectItem = item(
      'degree-subject',
      'Degree subject',
      'info',
      `${subjectRule} Look for courses that accept any degree.`,
      ruleIds,
      subjectExamples,
    );
  return [classItem, subjectItem];
}

// ---------------------------------------------------------------------------------------------
// Options and things to know

function contextualItem(prominent: boolean): Item {
  const { otherForms, criteria } = contextualOffers.value;
  const examples = contextualOfferExamples.value.examples;
  const { maxPoints, examples: points } = hullYorkContextualPoints.value;
  const summary = prominent
    ? `Your grades are below the typical offer, but a contextual offer may apply. Many schools make offers ${CONTEXTUAL_LOWER.from} to ${CONTEXTUAL_LOWER.to} grades lower, such as ${orListText(CONTEXTUAL_WRITTEN)}, to applicants who meet widening participation criteria.`
    : `Most medical schools run contextual admissions. If you meet their widening participation criteria, you may get an offer ${CONTEXTUAL_LOWER.from} to ${CONTEXTUAL_LOWER.to} grades lower, ${orListText(otherForms)}.`;
  const detail = sentences(
    `Criteria include ${listText(criteria)}.`,
    `Examples from secondary sources, to check with each school: ${examplesText(examples)}.`,
    `Hull York adds up to ${maxPoints} contextual points when choosing whom to interview (${listText(points.map(({ criterion, points: value }) => `${value} for ${criterion}`))}).`,
  );
  const base: Item = item(
    'contextual-offers',
    'Contextual offers',
    'info',
    summary,
    [contextualOffers.id, contextualOfferExamples.id, hullYorkContextualPoints.id],
    detail,
  );
  return prominent ? { ...base, prominent: true } : base;
}

function gatewayItem(prominent: boolean, situation: Situation): Item {
  const { years, examples } = gatewayCourses.value;
  const summary =
    situation.route === 'gateway'
      ? `You are planning a gateway course. It adds a first year, so it lasts ${years} years, and it is for applicants who meet widening participation criteria.`
      : `A gateway course may be an option if you meet widening participation criteria. It adds a first year, so it lasts ${years} years.`;
  const base = item(
    'gateway-courses',
    'Gateway courses',
    'info',
    summary,
    [gatewayCourses.id, courseLengths.gateway.id],
    sentences(
      `Entry rules vary by school. Examples: ${examplesText(examples)}.`,
      'The Medical Schools Council lists gateway courses.',
    ),
  );
  return prominent ? { ...base, prominent: true } : base;
}

function admissionsTestItem(situation: Situation): Item {
  const { sections, removed, hours, fromTestYear } = ucatFormat.value;
  const { lastSitting, lastEntryYear, formerSchools } = bmatDiscontinued.value;
  const ucat = `From ${fromTestYear} the UCAT has ${sections.length} parts (${listText(sections)}); ${removed} was removed. It takes about ${hours} hours.`;
  const bmat = `The BMAT has been discontinued: it was last sat in ${lastSitting}, for ${lastEntryYear} entry. Schools that used it (${listText(formerSchools)}) now use the UCAT.`;
  const common = [ucatAdmissionsTest.id, ucatYearlyPattern.id, ucatFormat.id, bmatDiscontinued.id];
  if (situation.graduateEntry) {
    const { listCycle, gamsatSchools, ucatForGraduates } = gamsatGraduateCourses.value;
    return item(
      'admissions-test',
      'Admissions test',
      'info',
      'Most schools ask for the UCAT. Some graduate-entry courses ask for the GAMSAT instead, so check which test each course uses.',
      [...common, gamsatGraduateCourses.id, gamsatSittings.id],
      sentences(
        `In the ${listCycle} cycle, graduate applicants sat the GAMSAT for ${listText(gamsatSchools)}. ${listText(ucatForGraduates)} used the UCAT for graduates. This list is dated.`,
        'The GAMSAT is sat in March and September.',
        ucat,
        bmat,
      ),
    );
  }
  return item(
    'admissions-test',
    'Admissions test',
    'info',
    'Most UK medical schools ask for the UCAT. You sit it in the summer before you apply, and only once a year.',
    common,
    sentences(ucat, bmat),
  );
}

function interviewItem(): Item {
  const { usualFormat, oxbridge, nhsValues } = interviewFormat.value;
  return item(
    'interview',
    'Interview',
    'info',
    `You need to pass an interview. You will be asked to show NHS values such as ${listText(nhsValues)}.`,
    [interviewFormat.id, medicalSchoolInterviews.id],
    `Most schools use ${usualFormat}, from about November or December to February or March. Oxford and Cambridge hold ${oxbridge}.`,
  );
}

function ucasItem(): Item {
  const { medicine, other } = ucasMedicineChoices.value;
  return item(
    'ucas-choices',
    'UCAS choices',
    'info',
    `You can choose up to ${medicine} medicine courses and ${other} course in another subject.`,
    [ucasMedicineChoices.id, ucasMedicineDeadline.id],
    `Applications for medicine close on ${ucasMedicineDeadline.value.yearly.day} ${MONTH_NAMES[ucasMedicineDeadline.value.yearly.month - 1] ?? ''}, the year before the course starts.`,
  );
}

function whereToCheckItem(): Item {
  const { lastPdfBookletEntryYear, listingFor2026Or2027StartFound } =
    entryRequirementsListing.value;
  return item(
    'where-to-check',
    'Where to check',
    'info',
    'Check the Medical Schools Council’s entry requirements listing and each school’s own page before you apply. Meeting a typical offer is not an offer of a place.',
    [entryRequirementsListing.id],
    sentences(
      `Schools also look at the admissions test, the interview and more. The Medical Schools Council’s last PDF booklet was for ${lastPdfBookletEntryYear} entry; it now publishes a web listing.`,
      !listingFor2026Or2027StartFound &&
        'A listing for 2026 or 2027 start was not found when Pathway’s sources were checked.',
    ),
  );
}

// ---------------------------------------------------------------------------------------------

function check(input: unknown, context: unknown): EntryCheckResult {
  const reading = readQualifications(input);
  const unreadable = [...reading.unreadable];
  const situation = readSituation(context, unreadable);
  const { qualifications } = reading;

  const grades = [
    ...schoolItems(qualifications, situation),
    ...examsAt16Items(qualifications, situation),
    ...degreeItems(qualifications.degree, situation),
  ];
  const prominent = grades.some(
    (entry) => entry.status === 'below' && SCHOOL_GRADE_ITEMS.includes(entry.id),
  );
  const options = [
    contextualItem(prominent),
    ...(situation.graduateEntry ? [] : [gatewayItem(prominent, situation)]),
  ];
  const toKnow = [admissionsTestItem(situation), interviewItem(), ucasItem()];
  const items = prominent
    ? [...grades, ...options, ...toKnow, whereToCheckItem()]
    : [...grades, ...toKnow, ...options, whereToCheckItem()];
  return { items, unreadable };
}

/**
 * Checks saved qualifications against typical entry requirements. `input` is untrusted: parts that
 * cannot be read are left out and listed in `unreadable`. Never throws.
 */
export function checkEntryRequirements(input: unknown, context: EntryContext): EntryCheckResult {
  try {
    return check(input, context);
  } catch {
    // Only something hostile (a throwing getter or proxy) gets here: check nothing rather than fail.
    try {
      const fallback = check(undefined, undefined);
      return {
        items: fallback.items,
        unreadable: ['Your qualifications could not be read, so none of them are checked'],
      };
    } catch {
      return {
        items: [],
        unreadable: ['Your qualifications could not be read, so none of them are checked'],
      };
    }
  }
}
