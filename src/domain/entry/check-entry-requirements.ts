/**
 * Compares the subjects and grades a person has given with what medical schools typically ask for
 * (src/domain/rules/entry-requirements.ts). It says what is typical and where to check; it never
 * says whether someone will get a place. The contract is docs/entry-requirements.md. Never throws.
 */
import type { GcseGrade, GcseSubjectGrade } from '../plan/qualifications';
import {
  type TopGradesTerms,
  gcseTopGradesTermsFor,
  topGradesTermsFor,
} from '../plan/nation-qualifications';
import {
  gamsatSittings,
  medicalSchoolInterviews,
  ucasMedicineChoices,
  ucasMedicineDeadline,
  ucatYearlyPattern,
} from '../rules/entry';
import {
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
  interviewFormat,
  ucatAdmissionsTest,
  ucatFormat,
} from '../rules/entry-requirements';
import { monthName } from '../dates';
import { courseLengths } from '../rules/medical-school';
import { degreeRank, listText, orListText } from './grades';
import {
  type GcseGradeReading,
  lineUpText,
  readGcseGrade,
  schoolsWritingItAs,
  standingAgainst,
} from './gcse-grades';
import {
  QUALIFICATIONS_UNREADABLE,
  type ReadQualifications,
  readQualifications,
} from './read-qualifications';
import type { EntryCheckItem, EntryCheckResult, EntryContext, EntryItemId } from './types';
import {
  RESITS,
  CHECK_EACH_SCHOOL,
  item,
  sentences,
  examplesText,
  CONTEXTUAL_WRITTEN,
  CONTEXTUAL_LOWER,
} from './words';
import { type Situation, readSituation } from './situation';
import { schoolItems } from './qualification-table';
import type { RuleId } from '../rules/types';

type Item = EntryCheckItem;

const SCHOOL_GRADE_ITEMS: readonly EntryItemId[] = [
  'a-level-grades',
  'scottish-highers',
  'ib-points',
  'ib-higher-level',
  'chemistry',
  'second-science',
];

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
function letterRuleIds(given: readonly GivenGcse[]): RuleId[] {
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
  const acceptedNames = [...accepted]
    .sort((a, b) => (degreeRank(a) ?? 0) - (degreeRank(b) ?? 0))
    .map((accepted) => `a ${DEGREE_NAMES[accepted].slice(2)}`);
  const usual = `Graduate applicants normally need ${orListText(acceptedNames)}.`;
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
  const { school, maxPoints, examples: points } = hullYorkContextualPoints.value;
  const summary = prominent
    ? `Your grades are below the typical offer, but a contextual offer may apply. Many schools make offers ${CONTEXTUAL_LOWER.from} to ${CONTEXTUAL_LOWER.to} grades lower, such as ${orListText(CONTEXTUAL_WRITTEN)}, to applicants who meet widening participation criteria.`
    : `Most medical schools run contextual admissions. If you meet their widening participation criteria, you may get an offer ${CONTEXTUAL_LOWER.from} to ${CONTEXTUAL_LOWER.to} grades lower, ${orListText(otherForms)}.`;
  const detail = sentences(
    `Criteria include ${listText(criteria)}.`,
    `Examples from secondary sources, to check with each school: ${examplesText(examples)}.`,
    `${school} adds up to ${maxPoints} contextual points when choosing whom to interview (${listText(points.map(({ criterion, points: value }) => `${value} for ${criterion}`))}).`,
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
        `The GAMSAT is sat in ${listText(gamsatSittings.value.months.map(monthName))}.`,
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
  const { usualFormat, oxbridge, oxbridgeSchools, nhsValues } = interviewFormat.value;
  return item(
    'interview',
    'Interview',
    'info',
    `You need to pass an interview. You will be asked to show NHS values such as ${listText(nhsValues)}.`,
    [interviewFormat.id, medicalSchoolInterviews.id],
    `Most schools use ${usualFormat}, from about November or December to February or March. ${listText(oxbridgeSchools)} hold ${oxbridge}.`,
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
    `Applications for medicine close on ${ucasMedicineDeadline.value.yearly.day} ${monthName(ucasMedicineDeadline.value.yearly.month)}, the year before the course starts.`,
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
        unreadable: [QUALIFICATIONS_UNREADABLE],
      };
    } catch {
      return {
        items: [],
        unreadable: [QUALIFICATIONS_UNREADABLE],
      };
    }
  }
}
