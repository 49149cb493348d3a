/**
 * What each school qualification (A-levels, Scottish Highers, the IB) is compared with, and the words
 * for each outcome, read from src/domain/rules/entry-requirements.ts.
 */
import type {
  ALevelGrade,
  HigherGrade,
  IbSubjectGrade,
  SubjectGrade,
} from '../plan/qualifications';
import { usualSchoolQualification } from '../plan/nation-qualifications';
import {
  chemistryRequired,
  secondScience,
  aLevelTypicalOffers,
  advancedHighersExamples,
  contextualOffers,
  entryRequirementsListing,
  gatewayCourses,
  ibTypicalOffers,
  sciencePracticalEndorsement,
  scottishHighersTypicalOffers,
} from '../rules/entry-requirements';
import {
  aLevelRank,
  higherRank,
  ibRank,
  listText,
  lowestGrade,
  orListText,
  reachesOffer,
  writeIbGrades,
  writeLetterGrades,
} from './grades';
import type { ReadQualifications } from './read-qualifications';
import {
  type Item,
  type Predicted,
  SUBJECT_NAMES,
  RESITS,
  CHECK_EACH_SCHOOL,
  item,
  sentences,
  predictedWord,
  examplesText,
  CONTEXTUAL_WRITTEN,
  CONTEXTUAL_LOWER,
} from './words';
import type { Situation } from './situation';
import {
  oncePerSubject,
  type GradeSet,
  gradeSetItem,
  type SubjectRules,
  chemistryItem,
  type SecondScienceWords,
  secondScienceItem,
  letterSecondScienceWords,
  SECOND_SCIENCE_NAMES,
} from './grade-sets';

// ---------------------------------------------------------------------------------------------
// The table: each qualification whose subjects have grades

/**
 * A school qualification whose subjects have grades: the set of grades compared with the typical
 * offer, the least grade for chemistry and the second science, and what else to know about it.
 */
type QualificationKind<Grade> = {
  readonly gradeSet: GradeSet<Grade>;
  readonly subjects: SubjectRules<Grade>;
  readonly secondScience: SecondScienceWords<Grade>;
  /** Something to know after the subjects, whatever the grades. */
  readonly alsoToKnow?: () => Item;
};

/** The grade set, chemistry and second science (and anything else to know) for one qualification. */
function qualificationItems<Grade>(
  kind: QualificationKind<Grade>,
  given: readonly SubjectGrade<Grade>[],
  predicted: Predicted,
  situation: Situation,
): Item[] {
  // A subject entered twice (a resit on its own row) is one subject, kept at its best grade.
  const subjects = oncePerSubject(given, kind.subjects.rank);
  return [
    gradeSetItem(
      kind.gradeSet,
      subjects.map((subject) => subject.grade),
      predicted,
      situation,
    ),
    chemistryItem(subjects, predicted, kind.subjects),
    secondScienceItem(subjects, predicted, kind.subjects, kind.secondScience),
    ...(kind.alsoToKnow === undefined ? [] : [kind.alsoToKnow()]),
  ];
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

/** "Oxford asks for an A": a school's example grade, with its article. */
function aLevelGradeText({ school, grade }: { school: string; grade: ALevelGrade }): string {
  return `${school} asks for ${grade.startsWith('A') || grade === 'E' ? 'an' : 'a'} ${grade}`;
}

/** "two": a small count in words, as the sentences write it. */
function countWord(count: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five'][count] ?? String(count);
}

function aLevelRangeText(): string {
  const { lowestExamples, higherExamples, highestNote } = aLevelTypicalOffers.value;
  return `Typical offers run from ${A_LEVEL_WRITTEN.lowest} (for example ${listText(lowestExamples)}) to ${A_LEVEL_WRITTEN.higher} (${listText(higherExamples)}) and ${A_LEVEL_WRITTEN.highest} (${highestNote}).`;
}

function gatewayRouteNote(situation: Situation): string | undefined {
  return situation.route === 'gateway'
    ? 'These are the typical offers for standard courses. Gateway courses set their own, which are not in our sources, so check the Medical Schools Council listing.'
    : undefined;
}

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
  minimumReason: `Typical offers of ${A_LEVEL_WRITTEN.lowest} or more ask for grade ${A_LEVEL_SUBJECT_MINIMUM} or above in each subject, and ${aLevelGradeText(chemistryRequired.value.aLevelGradeExample)} in chemistry.`,
};

const A_LEVEL_SECOND_SCIENCE = letterSecondScienceWords<ALevelGrade>({
  ...A_LEVEL_SUBJECTS,
  ruleIds: [secondScience.id],
  minimumReason: `Typical offers of ${A_LEVEL_WRITTEN.lowest} or more ask for grade ${A_LEVEL_SUBJECT_MINIMUM} or above in each subject, and ${aLevelGradeText(secondScience.value.aLevelGradeExample)} in this subject too.`,
});

const A_LEVELS: QualificationKind<ALevelGrade> = {
  gradeSet: A_LEVEL_GRADES_SET,
  subjects: A_LEVEL_SUBJECTS,
  secondScience: A_LEVEL_SECOND_SCIENCE,
  alsoToKnow: () =>
    item(
      'practical-endorsement',
      'Science practical endorsement',
      'info',
      `Where a science A-level includes a practical endorsement, schools such as ${listText(sciencePracticalEndorsement.value.examples)} ask you to pass it.`,
      [sciencePracticalEndorsement.id],
    ),
};

// ---------------------------------------------------------------------------------------------
// Scottish Highers

const HIGHERS_TYPICAL = scottishHighersTypicalOffers.value.typical;
const HIGHERS_WRITTEN = writeLetterGrades(HIGHERS_TYPICAL, higherRank);
const HIGHER_SUBJECT_MINIMUM: HigherGrade = lowestGrade(HIGHERS_TYPICAL, higherRank) ?? 'B';
const HIGHERS_SECOND_SCIENCES = scottishHighersTypicalOffers.value.secondSciencesExample;
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
  `${HIGHERS_SECOND_SCIENCES.school} asks for ${countWord(HIGHERS_SECOND_SCIENCES.count)} of ${listText(secondScience.value.oneOf.map((subject) => SUBJECT_NAMES[subject]))} at Higher, with chemistry.`,
);

const HIGHERS: QualificationKind<HigherGrade> = {
  gradeSet: HIGHERS_SET,
  subjects: HIGHER_SUBJECTS,
  secondScience: HIGHER_SECOND_SCIENCE,
  alsoToKnow: () =>
    item(
      'advanced-highers',
      'Advanced Highers',
      'info',
      'Some schools also ask for Advanced Highers in S6.',
      [advancedHighersExamples.id],
      `Examples: ${examplesText(advancedHighersExamples.value.examples)}.`,
    ),
};

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
  minimumReason: `Typical offers ask for ${IB.chemistryHigherLevel} or above at Higher Level, and ${IB.chemistryNamedBy} names chemistry.`,
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

const IB_HIGHER_LEVEL: QualificationKind<IbSubjectGrade> = {
  gradeSet: IB_HIGHER_LEVEL_SET,
  subjects: IB_SUBJECTS,
  secondScience: IB_SECOND_SCIENCE,
};

// ---------------------------------------------------------------------------------------------
// School qualification of any kind

export function schoolItems(qualifications: ReadQualifications, situation: Situation): Item[] {
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
      return qualificationItems(A_LEVELS, school.subjects, predicted, situation);
    case 'scottish-highers':
      return qualificationItems(HIGHERS, school.subjects, predicted, situation);
    case 'ib':
      return [
        ibPointsItem(school.points, predicted, situation),
        ...qualificationItems(IB_HIGHER_LEVEL, school.higherLevel, predicted, situation),
      ];
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
