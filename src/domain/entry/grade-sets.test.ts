/**
 * The one grade-set check and the shared second-science check, on a made-up scale, so the decision is
 * tested apart from any qualification's words; and the school-specific values the words are built from
 * agree with their rules' notes.
 */
import { describe, expect, it } from 'vitest';
import {
  chemistryRequired,
  hullYorkContextualPoints,
  ibTypicalOffers,
  interviewFormat,
  scottishHighersTypicalOffers,
  secondScience,
} from '../rules/entry-requirements';
import {
  type GradeSet,
  type SecondScienceWords,
  type SubjectRules,
  gradeSetItem,
  oncePerSubject,
  secondScienceItem,
} from './grade-sets';
import type { Situation } from './situation';
import type { RuleId } from '../rules/types';

/** A rule id for the made-up scale, which has no rules: only that the words carry it through matters. */
const madeUp = (name: string): RuleId => name as RuleId;

const RANK: Readonly<Record<string, number>> = { X: 3, Y: 2, Z: 1 };
const rank = (grade: string): number => RANK[grade] ?? 0;

const situation: Situation = {
  nation: 'england',
  stage: 'school',
  route: 'standard',
  graduateEntry: false,
  degreeMatters: false,
};

const toy: GradeSet<string> = {
  id: 'a-level-grades',
  title: 'Toy grades',
  offer: ['X', 'Y'],
  rank,
  write: (grades) => grades.join(''),
  gradesWord: 'toys',
  noneGiven: { summary: 'None.', ruleIds: [madeUp('none')] },
  tooFew: (given) => ({ summary: `Only ${given}.`, ruleIds: [madeUp('few')], detail: 'More.' }),
  meets: (label) => ({ summary: `${label} meet.`, ruleIds: [madeUp('meets')] }),
  below: (label) => ({ summary: `${label} below.`, ruleIds: [madeUp('below')] }),
};

describe('gradeSetItem', () => {
  it('is not-given with no grades, or fewer than the offer counts', () => {
    expect(gradeSetItem(toy, [], false, situation)).toEqual({
      id: 'a-level-grades',
      title: 'Toy grades',
      status: 'not-given',
      summary: 'None.',
      ruleIds: ['none'],
    });
    expect(gradeSetItem(toy, ['X'], false, situation)).toMatchObject({
      status: 'not-given',
      summary: 'Only 1.',
      detail: 'More.',
    });
  });

  it('compares the best grades, best against best', () => {
    expect(gradeSetItem(toy, ['Y', 'X'], false, situation)).toMatchObject({
      status: 'meets',
      summary: 'Your toys, XY, meet.',
    });
    expect(gradeSetItem(toy, ['Z', 'X', 'Y'], true, situation)).toMatchObject({
      status: 'meets',
      summary: 'Your best 2 predicted toys, XY, meet.',
    });
    expect(gradeSetItem(toy, ['X', 'Z'], false, situation)).toMatchObject({
      status: 'below',
      summary: 'Your toys, XZ, below.',
    });
  });

  it('leaves out the detail when the outcome has none', () => {
    expect(gradeSetItem(toy, ['X', 'X'], false, situation)).not.toHaveProperty('detail');
  });
});

describe('secondScienceItem', () => {
  const rules: SubjectRules<string> = {
    kindName: 'toys',
    rank,
    write: (grade) => grade,
    minimum: 'Y',
    ruleIds: [madeUp('rule')],
    minimumReason: 'Y or above.',
  };
  const words: SecondScienceWords<string> = {
    notGiven: { summary: 'Add.', ruleIds: [madeUp('n')] },
    noneOfThem: { status: 'info', summary: 'None.', ruleIds: [madeUp('o')] },
    meets: (best, predicted, hasBiology) => ({
      summary: `${best.subject} ${best.grade} ${String(predicted)} ${String(hasBiology)}.`,
      ruleIds: [madeUp('m')],
    }),
    below: (best) => ({ summary: `${best.subject} ${best.grade} below.`, ruleIds: [madeUp('b')] }),
  };

  it('decides the status; the words come from the qualification', () => {
    expect(secondScienceItem([], false, rules, words).status).toBe('not-given');
    expect(
      secondScienceItem([{ subject: 'chemistry', grade: 'X' }], false, rules, words),
    ).toMatchObject({ status: 'info', summary: 'None.' });
    expect(
      secondScienceItem(
        [
          { subject: 'physics', grade: 'Z' },
          { subject: 'maths', grade: 'Y' },
        ],
        true,
        rules,
        words,
      ),
    ).toMatchObject({ status: 'meets', summary: 'maths Y true false.' });
    expect(
      secondScienceItem([{ subject: 'biology', grade: 'Z' }], false, rules, words),
    ).toMatchObject({ status: 'below', summary: 'biology Z below.' });
  });
});

describe('oncePerSubject', () => {
  it('keeps a named subject once, at its best grade; other and languages may repeat', () => {
    expect(
      oncePerSubject(
        [
          { subject: 'chemistry', grade: 'Z' },
          { subject: 'other', grade: 'Z' },
          { subject: 'chemistry', grade: 'X' },
          { subject: 'other', grade: 'Y' },
        ],
        rank,
      ),
    ).toEqual([
      { subject: 'chemistry', grade: 'X' },
      { subject: 'other', grade: 'Z' },
      { subject: 'other', grade: 'Y' },
    ]);
  });
});

describe('school-specific values the words are built from', () => {
  it('agree with their rules’ notes', () => {
    const { school, grade } = chemistryRequired.value.aLevelGradeExample;
    expect(chemistryRequired.note).toContain(`${school} asks for an ${grade} in chemistry`);
    const second = secondScience.value.aLevelGradeExample;
    expect(secondScience.note).toContain(`${second.school} asks for an ${second.grade}`);
    const highers = scottishHighersTypicalOffers.value.secondSciencesExample;
    expect(highers.count).toBe(2);
    expect(scottishHighersTypicalOffers.note).toContain(
      `${highers.school} asks for chemistry and two`,
    );
    const { chemistryNamedBy, typicalExamples } = ibTypicalOffers.value;
    expect(typicalExamples.find((example) => example.school === chemistryNamedBy)?.asks).toContain(
      'chemistry',
    );
    expect(hullYorkContextualPoints.note).toContain(hullYorkContextualPoints.value.school);
    for (const school of interviewFormat.value.oxbridgeSchools)
      expect(interviewFormat.note).toContain(school);
  });
});
