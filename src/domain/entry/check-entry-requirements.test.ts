import { describe, expect, it } from 'vitest';
import type { Qualifications } from '../plan/qualifications';
import { findRule } from '../rules';
import { checkEntryRequirements } from './check-entry-requirements';
import type { EntryCheckItem, EntryCheckResult, EntryContext, EntryItemId } from './types';

const SCHOOL: EntryContext = { stage: 'school', medicalSchoolRoute: 'standard' };
const GRADUATE_ENTRY: EntryContext = { stage: 'graduate', medicalSchoolRoute: 'graduate-entry' };

function aLevels(...pairs: [string, string][]): Qualifications {
  return {
    schoolQualification: {
      kind: 'a-levels',
      subjects: pairs.map(([subject, grade]) => ({ subject, grade })),
    },
  } as Qualifications;
}

function itemOf(result: EntryCheckResult, id: EntryItemId): EntryCheckItem {
  const found = result.items.find((item) => item.id === id);
  if (!found)
    throw new Error(`no ${id} item in [${result.items.map((item) => item.id).join(', ')}]`);
  return found;
}

function ids(result: EntryCheckResult): string[] {
  return result.items.map((item) => item.id);
}

const BANNED = /guarantee|will get in|will get a place|will be offered|certain to|definitely/i;

function expectPlainItem(item: EntryCheckItem): void {
  expect(item.title, item.id).toMatch(/^[A-Z]/);
  expect(item.title, item.id).not.toMatch(/[.!:]$/);
  // Sentence case: after the first word, capitals only for names, abbreviations and grades.
  for (const word of item.title.split(' ').slice(1))
    expect(word, `${item.id} title`).toMatch(
      /^([a-z(\d]|[A-Z]{2,}\b|A-level|English|Scottish|Highers?|Advanced|Level|A\*?$)/,
    );
  for (const text of [item.title, item.summary, item.detail ?? '']) {
    expect(text, item.id).not.toMatch(BANNED);
    expect(text, item.id).not.toMatch(/undefined|null|NaN|\[object|\s{2}/);
    expect(text.trim(), item.id).toBe(text);
  }
  expect(item.summary, item.id).toMatch(/^[A-Z]/);
  expect(item.summary, item.id).toMatch(/\.$/);
  if (item.detail !== undefined) expect(item.detail, item.id).toMatch(/^[A-Z].*\.$/s);
  expect(item.ruleIds.length, item.id).toBeGreaterThan(0);
  for (const ruleId of item.ruleIds)
    expect(findRule(ruleId), `${item.id}: ${ruleId}`).toBeDefined();
}

describe('A-level grades', () => {
  it('AAA meets the lowest typical offer and says higher offers exist', () => {
    const result = checkEntryRequirements(
      aLevels(['chemistry', 'A'], ['biology', 'A'], ['history', 'A']),
      SCHOOL,
    );
    const grades = itemOf(result, 'a-level-grades');
    expect(grades.status).toBe('meets');
    expect(grades.summary).toContain('Your grades, AAA, meet the lowest typical offer of AAA.');
    expect(grades.summary).toContain('Some schools ask for more: A*AA');
    expect(grades.summary).toContain('A*A*A');
  });

  it('A*AA says it reaches A*AA but not A*A*A', () => {
    const grades = itemOf(
      checkEntryRequirements(
        aLevels(['chemistry', 'A*'], ['biology', 'A'], ['maths', 'A']),
        SCHOOL,
      ),
      'a-level-grades',
    );
    expect(grades.status).toBe('meets');
    expect(grades.summary).toContain('They reach A*AA');
    expect(grades.summary).toContain('but not A*A*A');
  });

  it('A*A*A says it reaches the highest typical offer', () => {
    const grades = itemOf(
      checkEntryRequirements(
        aLevels(['chemistry', 'A*'], ['biology', 'A*'], ['maths', 'A']),
        SCHOOL,
      ),
      'a-level-grades',
    );
    expect(grades.summary).toContain('They also reach A*A*A, the highest typical offer');
  });

  it.each([
    ['A', 'B', 'AAB'],
    ['B', 'B', 'ABB'],
  ])('A%s%s is below AAA but at a contextual offer level (%s)', (second, third, level) => {
    const grades = itemOf(
      checkEntryRequirements(
        aLevels(['chemistry', 'A'], ['biology', second], ['maths', third]),
        SCHOOL,
      ),
      'a-level-grades',
    );
    expect(grades.status).toBe('below');
    expect(grades.summary).toContain(`Contextual offers at ${level} exist at some schools`);
    expect(grades.detail).toContain('1 to 2 grades lower');
    expect(grades.detail).toContain('gateway course');
    expect(grades.detail).toContain('resits');
  });

  it('BBB is below contextual offers too and points to gateway courses', () => {
    const grades = itemOf(
      checkEntryRequirements(aLevels(['chemistry', 'B'], ['biology', 'B'], ['maths', 'B']), SCHOOL),
      'a-level-grades',
    );
    expect(grades.status).toBe('below');
    expect(grades.summary).toContain('also below typical contextual offers (AAB or ABB)');
    expect(grades.summary).toContain('A gateway course may be an option');
  });

  it('says "best 3" and "predicted" when there are more than three predicted grades', () => {
    const result = checkEntryRequirements(
      {
        ...aLevels(['chemistry', 'A'], ['biology', 'A'], ['maths', 'A'], ['physics', 'C']),
        gradesAre: 'predicted',
      },
      SCHOOL,
    );
    expect(itemOf(result, 'a-level-grades').summary).toMatch(/^Your best 3 predicted grades, AAA,/);
    expect(itemOf(result, 'chemistry').summary).toContain('predicted grade A');
  });

  it('on a gateway route, says the typical offers are for standard courses', () => {
    const grades = itemOf(
      checkEntryRequirements(aLevels(['chemistry', 'B'], ['biology', 'B'], ['maths', 'B']), {
        stage: 'school',
        medicalSchoolRoute: 'gateway',
      }),
      'a-level-grades',
    );
    expect(grades.detail).toContain('Gateway courses set their own');
  });
});

describe('subjects', () => {
  it('chemistry is missing when not among the A-levels', () => {
    const result = checkEntryRequirements(
      aLevels(['biology', 'A'], ['physics', 'A'], ['maths', 'A']),
      SCHOOL,
    );
    expect(itemOf(result, 'chemistry').status).toBe('missing');
    expect(itemOf(result, 'second-science').status).toBe('meets');
  });

  it('a second science is missing with chemistry alone, and biology is mentioned', () => {
    const result = checkEntryRequirements(
      aLevels(['chemistry', 'A'], ['english', 'A'], ['history', 'A']),
      SCHOOL,
    );
    const second = itemOf(result, 'second-science');
    expect(second.status).toBe('missing');
    expect(second.detail).toContain('Cardiff and Edge Hill');
  });

  it('maths as the second science meets, with a note that some schools want biology', () => {
    const second = itemOf(
      checkEntryRequirements(aLevels(['chemistry', 'A'], ['maths', 'A'], ['history', 'A']), SCHOOL),
      'second-science',
    );
    expect(second.status).toBe('meets');
    expect(second.summary).toContain('ask for biology itself');
  });

  it('Highers: chemistry at B meets (AAAAB allows a B), at C is below', () => {
    const highers = (chemistry: string): Qualifications =>
      ({
        schoolQualification: {
          kind: 'scottish-highers',
          subjects: [
            { subject: 'chemistry', grade: chemistry },
            { subject: 'biology', grade: 'A' },
            { subject: 'maths', grade: 'A' },
            { subject: 'english', grade: 'A' },
            { subject: 'physics', grade: 'A' },
          ],
        },
      }) as Qualifications;
    expect(itemOf(checkEntryRequirements(highers('B'), SCHOOL), 'chemistry').status).toBe('meets');
    expect(itemOf(checkEntryRequirements(highers('C'), SCHOOL), 'chemistry').status).toBe('below');
    expect(itemOf(checkEntryRequirements(highers('B'), SCHOOL), 'second-science').detail).toContain(
      'Aberdeen asks for two',
    );
  });
});

describe('IB', () => {
  const ib = (points: number): Qualifications => ({
    schoolQualification: {
      kind: 'ib',
      points,
      higherLevel: [
        { subject: 'chemistry', grade: 7 },
        { subject: 'biology', grade: 7 },
        { subject: 'maths', grade: 6 },
      ],
    },
  });

  it.each([
    [35, 'below', 'is below the typical offer of 36'],
    [36, 'meets', 'Some schools ask for more: Cambridge asks for 41 to 42'],
    [41, 'meets', 'within the 41 to 42 that Cambridge asks for'],
    [42, 'meets', 'It also reaches the 41 to 42 that Cambridge asks for'],
  ] as const)('%i points: %s', (points, status, text) => {
    const item = itemOf(checkEntryRequirements(ib(points), SCHOOL), 'ib-points');
    expect(item.status).toBe(status);
    expect(item.summary).toContain(text);
  });

  it('7, 7, 6 at Higher Level reaches the Cambridge example', () => {
    const item = itemOf(checkEntryRequirements(ib(42), SCHOOL), 'ib-higher-level');
    expect(item.status).toBe('meets');
    expect(item.summary).toContain('They also reach 7, 7, 6 (Cambridge)');
  });
});

describe('GCSEs', () => {
  const gcse = (englishLanguage?: number, maths?: number, science?: number): Qualifications =>
    ({ gcse: { englishLanguage, maths, science } }) as Qualifications;

  it.each([
    [6, 6, 'meets', /^Grades 6 in English language and 6 in maths meet/],
    [5, 8, 'meets', /^Check each school: grade 5 meets some schools’ minimum \(Aberdeen\)/],
    [4, 8, 'below', /^Grade 4 in English language is below/],
    [3, 4, 'below', /^Grades 3 in English language and 4 in maths are below/],
    [7, undefined, 'not-given', /^You have given grade 7 in English language\./],
    [undefined, 4, 'below', /^Grade 4 in maths is below/],
  ] as const)('English %s, maths %s: %s', (english, maths, status, summary) => {
    const item = itemOf(checkEntryRequirements(gcse(english, maths), SCHOOL), 'gcse-english-maths');
    expect(item.status).toBe(status);
    expect(item.summary).toMatch(summary);
  });

  it.each([
    [6, 'meets'],
    [5, 'below'],
    [undefined, 'not-given'],
  ] as const)('science %s: %s', (science, status) => {
    expect(itemOf(checkEntryRequirements(gcse(7, 7, science), SCHOOL), 'gcse-science').status).toBe(
      status,
    );
  });

  it('are left out for a graduate who has not given them', () => {
    expect(ids(checkEntryRequirements({}, GRADUATE_ENTRY))).not.toContain('gcse-english-maths');
    expect(ids(checkEntryRequirements({}, GRADUATE_ENTRY))).not.toContain('gcse-top-grades');
  });
});

describe('GCSE letter grades in Wales and Northern Ireland', () => {
  const inNation = (nation: string): EntryContext => ({ ...SCHOOL, nation });
  const check = (gcse: Qualifications['gcse'], nation: string) =>
    checkEntryRequirements({ gcse }, inNation(nation));

  it('compares a Welsh A and A* with grade 6, saying how they line up', () => {
    const result = check({ englishLanguage: 'A', maths: 'A*', science: 'A' }, 'wales');
    const englishMaths = itemOf(result, 'gcse-english-maths');
    expect(englishMaths.status).toBe('meets');
    expect(englishMaths.summary).toBe(
      'Grades A in English language (in line with grade 7 or above) and A* in maths (in line with grade 7 or above) meet the examples we have (grade 5 or 6).',
    );
    expect(englishMaths.ruleIds).toEqual([
      'gcse-typical-requirements',
      'gcse-letter-grades-wales-against-9-to-1',
    ]);
    expect(englishMaths.detail).toContain('no source gives an exact match for its grades');
    expect(itemOf(result, 'gcse-science').status).toBe('meets');
  });

  it('says a Welsh B is between grades 5 and 6, and that schools writing 6/B take it for a 6', () => {
    const result = check({ englishLanguage: 'B', maths: 7, science: 'B' }, 'wales');
    const englishMaths = itemOf(result, 'gcse-english-maths');
    expect(englishMaths.status).toBe('meets');
    expect(englishMaths.summary).toBe(
      'Check each school: grade B in English language (between grades 5 and 6) meets grade 5 (Aberdeen), and schools that write grade 6 as 6/B, such as Keele and Nottingham, take a B for a 6. Others ask for grade 6 (Cardiff).',
    );
    expect(englishMaths.ruleIds).toContain('gcse-grades-as-schools-write-them');
    const science = itemOf(result, 'gcse-science');
    expect(science.status).toBe('meets');
    expect(science.summary).toMatch(
      /^Check each school: grade B in science \(between grades 5 and 6\) may not reach the examples we have \(grade 6 or above\), but schools that write grade 6 as 6\/B/,
    );
  });

  it('says a Welsh C may be below grade 5 and is below 6, so it is below', () => {
    const result = check({ englishLanguage: 'C', maths: 'A', science: 'C' }, 'wales');
    const englishMaths = itemOf(result, 'gcse-english-maths');
    expect(englishMaths.status).toBe('below');
    expect(englishMaths.summary).toBe(
      'Grade C in English language (between grades 4 and 5) may be below the grade 5 some schools ask for, and is below the 6 others ask for: check with each school.',
    );
    expect(itemOf(result, 'gcse-science')).toMatchObject({
      status: 'below',
      summary:
        'Grade C in science (between grades 4 and 5) is below the examples we have (grade 6 or above).',
    });
  });

  it('reads CCEA grades on their own scale: C* is grade 5, B is 6 and C is 4', () => {
    const cStar = check({ englishLanguage: 'A', maths: 'C*', science: 'B' }, 'northern-ireland');
    const englishMaths = itemOf(cStar, 'gcse-english-maths');
    expect(englishMaths.status).toBe('meets');
    expect(englishMaths.summary).toBe(
      'Check each school: grade C* in maths (in line with grade 5) meets some schools’ minimum of grade 5 (Aberdeen), but others ask for 6 (Cardiff).',
    );
    expect(englishMaths.detail).toContain(
      'You have grade A in English language (in line with grade 7 or 8)',
    );
    expect(englishMaths.detail).toContain(
      'CCEA lines up its A* with grade 9 and its C* with grade 5',
    );
    expect(englishMaths.ruleIds).toContain('gcse-letter-grades-northern-ireland-against-9-to-1');
    expect(itemOf(cStar, 'gcse-science')).toMatchObject({
      status: 'meets',
      summary:
        'Grade B in science (in line with grade 6) meets the examples we have (grade 6 or above).',
    });

    const c = check({ englishLanguage: 'C', maths: 7, science: 'C*' }, 'northern-ireland');
    expect(itemOf(c, 'gcse-english-maths')).toMatchObject({
      status: 'below',
      summary:
        'Grade C in English language (in line with grade 4) is below what schools ask for: grade 5 at some schools, 6 at others.',
    });
    expect(itemOf(c, 'gcse-science').status).toBe('below');
  });

  it('checks 9 to 1 grades saved for a pupil in Wales or Northern Ireland as before', () => {
    for (const nation of ['wales', 'northern-ireland']) {
      const inNationResult = check({ englishLanguage: 7, maths: 5, science: 6 }, nation);
      const inEngland = checkEntryRequirements(
        { gcse: { englishLanguage: 7, maths: 5, science: 6 } },
        SCHOOL,
      );
      for (const id of ['gcse-english-maths', 'gcse-science'] as const)
        expect(itemOf(inNationResult, id)).toEqual(itemOf(inEngland, id));
    }
  });

  it('words every letter grade item plainly, in every nation', () => {
    for (const nation of ['england', 'wales', 'northern-ireland', 'scotland'])
      for (const grade of ['A*', 'A', 'B', 'C*', 'C', 'D', 'G'] as const) {
        const result = check({ englishLanguage: grade, maths: grade, science: grade }, nation);
        for (const id of ['gcse-english-maths', 'gcse-science'] as const)
          expectPlainItem(itemOf(result, id));
      }
  });
});

describe('how many GCSEs or National 5s at the top grades', () => {
  const count = (topGrades: number): Qualifications => ({ gcse: { topGrades } });
  const inNation = (nation: string): EntryContext => ({ ...SCHOOL, nation });

  it.each([
    [0, 'below', /^You have 0 GCSEs at grade 7, 8 or 9\. That is fewer than schools/],
    [1, 'below', /^You have 1 GCSE at grade 7, 8 or 9\./],
    [4, 'below', /Keele and St Andrews ask for 5, Nottingham for 6\.$/],
    [5, 'meets', /That meets what Keele and St Andrews ask for, but Nottingham asks for 6, so/],
    [6, 'meets', /^You have 6 GCSEs at grade 7, 8 or 9\. That meets the examples we have/],
    [11, 'meets', /That meets the examples we have: Keele and St Andrews ask for 5/],
  ] as const)('%s at grade 7 or above in England: %s', (topGrades, status, summary) => {
    const item = itemOf(checkEntryRequirements(count(topGrades), SCHOOL), 'gcse-top-grades');
    expect(item.status).toBe(status);
    expect(item.summary).toMatch(summary);
    expect(item.ruleIds).toEqual(['gcse-top-grade-counts', 'gcse-grades-england']);
  });

  it('says the figures are examples from a few schools, not every school', () => {
    const item = itemOf(checkEntryRequirements(count(6), SCHOOL), 'gcse-top-grades');
    expect(item.detail).toContain('These are examples from 3 schools’ own pages, not every school');
  });

  it.each([
    ['wales', 'gcse-grades-wales'],
    ['northern-ireland', 'gcse-grades-northern-ireland'],
  ])('in %s asks in letter grades, A or A*, and says an A counts with a 7', (nation, rule) => {
    const item = itemOf(checkEntryRequirements(count(5), inNation(nation)), 'gcse-top-grades');
    expect(item.title).toBe('GCSEs at grade A or A*');
    expect(item.summary).toMatch(/^You have 5 GCSEs at grade A or A\*\./);
    expect(item.detail).toContain('an A or A* counts with a 7, 8 or 9');
    expect(item.ruleIds).toContain(rule);
  });

  it('is not given until the count is, and then says what schools ask for', () => {
    const item = itemOf(checkEntryRequirements({ gcse: { maths: 7 } }, SCHOOL), 'gcse-top-grades');
    expect(item.status).toBe('not-given');
    expect(item.summary).toContain('Some schools ask for 5 or 6.');
  });

  it('in Scotland asks about National 5s at grade A, not GCSEs, and compares no number', () => {
    const scotland = inNation('scotland');
    const none = checkEntryRequirements({}, scotland);
    expect(ids(none)).toContain('national-5-top-grades');
    expect(ids(none)).not.toContain('gcse-english-maths');
    expect(ids(none)).not.toContain('gcse-top-grades');
    expect(itemOf(none, 'national-5-top-grades').status).toBe('not-given');

    const given = itemOf(
      checkEntryRequirements({ national5: { topGrades: 7 } }, scotland),
      'national-5-top-grades',
    );
    expect(given).toMatchObject({ status: 'info', title: 'National 5s at grade A' });
    expect(given.summary).toMatch(/^You have 7 National 5s at grade A\. .*check what each school/);
    expect(given.ruleIds).toEqual(['gcse-top-grade-counts', 'national-5-grades']);
  });

  it('in Scotland still checks GCSEs someone has given, in England’s terms', () => {
    const result = checkEntryRequirements(
      { gcse: { englishLanguage: 7, maths: 7, topGrades: 6 } },
      inNation('scotland'),
    );
    expect(itemOf(result, 'gcse-english-maths').status).toBe('meets');
    expect(itemOf(result, 'gcse-top-grades').title).toBe('GCSEs at grade 7, 8 or 9');
    expect(ids(result)).not.toContain('national-5-top-grades');
  });

  it('keeps National 5s given in a plan for another nation', () => {
    const result = checkEntryRequirements({ national5: { topGrades: 4 } }, SCHOOL);
    expect(itemOf(result, 'national-5-top-grades').status).toBe('info');
    expect(itemOf(result, 'gcse-top-grades').status).toBe('not-given');
  });

  it('in Scotland names Highers first when no school qualification is given', () => {
    expect(
      itemOf(checkEntryRequirements({}, inNation('scotland')), 'school-qualification').summary,
    ).toMatch(
      /^You have not told us your Highers, A-levels or IB yet\. The typical offer is AAAAB/,
    );
    expect(itemOf(checkEntryRequirements({}, SCHOOL), 'school-qualification').summary).toMatch(
      /^You have not told us your A-levels, Highers or IB yet\./,
    );
  });
});

describe('degree', () => {
  const degree = (classification: string, science?: boolean): unknown => ({
    degree: { classification, science },
  });

  it.each([
    ['first', 'meets'],
    ['upper-second', 'meets'],
    ['lower-second', 'below'],
    ['third', 'below'],
    ['other', 'info'],
  ] as const)('%s: %s', (classification, status) => {
    const item = itemOf(
      checkEntryRequirements(degree(classification, true), GRADUATE_ENTRY),
      'degree-class',
    );
    expect(item.status).toBe(status);
    expect(item.summary).toContain('normally need a 2:1 or a first');
  });

  it('a non-science degree is information, not a shortfall', () => {
    const item = itemOf(
      checkEntryRequirements(degree('upper-second', false), GRADUATE_ENTRY),
      'degree-subject',
    );
    expect(item.status).toBe('info');
    expect(item.summary).toContain('Some graduate-entry courses accept any degree');
  });

  it('is asked for when planning graduate entry, and absent for a school pupil on a standard course', () => {
    expect(itemOf(checkEntryRequirements({}, GRADUATE_ENTRY), 'degree-class').status).toBe(
      'not-given',
    );
    expect(ids(checkEntryRequirements({}, SCHOOL))).not.toContain('degree-class');
  });
});

describe('options and things to know', () => {
  it('graduate entry mentions GAMSAT; other routes mention only UCAT', () => {
    const graduate = itemOf(checkEntryRequirements({}, GRADUATE_ENTRY), 'admissions-test');
    expect(graduate.summary).toContain('GAMSAT');
    expect(graduate.ruleIds).toContain('gamsat-graduate-courses');
    const school = itemOf(checkEntryRequirements({}, SCHOOL), 'admissions-test');
    expect(school.summary).toContain('UCAT');
    expect(school.summary).not.toContain('GAMSAT');
    expect(school.detail).toContain('BMAT has been discontinued');
  });

  it('the interview names NHS values', () => {
    expect(itemOf(checkEntryRequirements({}, SCHOOL), 'interview').summary).toContain(
      'NHS values such as compassion and respect',
    );
  });

  it('contextual offers and gateway courses move up, marked prominent, when grades are below', () => {
    const below = checkEntryRequirements(
      aLevels(['chemistry', 'B'], ['biology', 'B'], ['maths', 'B']),
      SCHOOL,
    );
    expect(ids(below).slice(0, 7)).toEqual([
      'a-level-grades',
      'chemistry',
      'second-science',
      'practical-endorsement',
      'gcse-english-maths',
      'gcse-science',
      'gcse-top-grades',
    ]);
    expect(ids(below).slice(7, 9)).toEqual(['contextual-offers', 'gateway-courses']);
    expect(itemOf(below, 'contextual-offers')).toMatchObject({ status: 'info', prominent: true });
    expect(itemOf(below, 'contextual-offers').summary).toContain('may apply');

    const meets = checkEntryRequirements(
      aLevels(['chemistry', 'A'], ['biology', 'A'], ['maths', 'A']),
      SCHOOL,
    );
    expect(itemOf(meets, 'contextual-offers').prominent).toBeUndefined();
    expect(ids(meets).slice(-3)).toEqual([
      'contextual-offers',
      'gateway-courses',
      'where-to-check',
    ]);
  });

  it('a low GCSE alone does not make contextual offers prominent', () => {
    const result = checkEntryRequirements({ gcse: { englishLanguage: 3, maths: 3 } }, SCHOOL);
    expect(itemOf(result, 'contextual-offers').prominent).toBeUndefined();
  });

  it('gateway courses are not offered on the graduate-entry route', () => {
    expect(ids(checkEntryRequirements({}, GRADUATE_ENTRY))).not.toContain('gateway-courses');
    expect(
      itemOf(
        checkEntryRequirements({}, { stage: 'school', medicalSchoolRoute: 'gateway' }),
        'gateway-courses',
      ).summary,
    ).toContain('You are planning a gateway course');
  });

  it('always ends with where to check, which says a typical offer is not an offer', () => {
    const result = checkEntryRequirements({}, SCHOOL);
    expect(ids(result).at(-1)).toBe('where-to-check');
    expect(itemOf(result, 'where-to-check').summary).toContain('Medical Schools Council');
    expect(itemOf(result, 'where-to-check').summary).toContain('not an offer of a place');
  });
});

describe('context', () => {
  it('an unknown route or stage is reported and standard school assumed', () => {
    const result = checkEntryRequirements({}, { stage: 'astronaut', medicalSchoolRoute: 'fast' });
    expect(result.unreadable).toHaveLength(2);
    expect(ids(result)).toContain('gateway-courses');
    expect(ids(result)).toContain('school-qualification');
  });

  it('an unknown nation is reported and England’s qualifications used', () => {
    const result = checkEntryRequirements({}, { ...SCHOOL, nation: 'atlantis' });
    expect(result.unreadable).toEqual([
      'We did not recognise where you live, so the check uses the qualifications taken in England',
    ]);
    expect(ids(result)).toContain('gcse-top-grades');
  });

  it('copes with a context that is not an object', () => {
    const result = checkEntryRequirements({}, null as unknown as EntryContext);
    expect(result.unreadable).toEqual([]);
    expect(ids(result)).toContain('where-to-check');
  });

  it('does not throw on hostile input, and says it could not read it', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
        get: () => {
          throw new Error('no');
        },
      },
    );
    const result = checkEntryRequirements(hostile, SCHOOL);
    expect(result.unreadable).toHaveLength(1);
    expect(ids(result)).toContain('where-to-check');
  });
});

describe('every item', () => {
  const cases: [string, unknown, EntryContext][] = [
    ['nothing', {}, SCHOOL],
    [
      'full A-levels',
      {
        gcse: { englishLanguage: 5, maths: 9, science: 4 },
        ...aLevels(['chemistry', 'B'], ['physics', 'A*'], ['psychology', 'C'], ['maths', 'A']),
        gradesAre: 'predicted',
      },
      { stage: 'school', medicalSchoolRoute: 'gateway' },
    ],
    [
      'Highers',
      {
        schoolQualification: {
          kind: 'scottish-highers',
          subjects: [
            { subject: 'chemistry', grade: 'C' },
            { subject: 'english', grade: 'A' },
          ],
        },
      },
      SCHOOL,
    ],
    [
      'IB',
      {
        schoolQualification: {
          kind: 'ib',
          points: 30,
          higherLevel: [
            { subject: 'history', grade: 5 },
            { subject: 'english', grade: 4 },
            { subject: 'economics', grade: 6 },
          ],
        },
      },
      SCHOOL,
    ],
    ['other', { schoolQualification: { kind: 'other' } }, SCHOOL],
    ['Wales, with a count', { gcse: { topGrades: 3 } }, { ...SCHOOL, nation: 'wales' }],
    ['Scotland, National 5s', { national5: { topGrades: 9 } }, { ...SCHOOL, nation: 'scotland' }],
    ['graduate', { degree: { classification: 'third', science: false } }, GRADUATE_ENTRY],
  ];

  it.each(cases)('is plain, careful and sourced: %s', (_label, input, context) => {
    const result = checkEntryRequirements(input, context);
    for (const item of result.items) expectPlainItem(item);
    expect(new Set(ids(result)).size).toBe(result.items.length);
  });
});
