import { describe, expect, it } from 'vitest';
import type { Migrations } from './saved-envelope';
import { PLANS_SCHEMA_VERSION, migrate, migrations, readSavedPlans } from './saved-plans-format';
import { checkEntryRequirements } from '../entry';
import { PLAN_A, PLAN_B } from '../../../tests/support/saved-plans';

const LOAD_TIME = '2026-11-25T10:00:00.000Z';

const READ_OPTIONS = { version: 1, migrations: {}, now: LOAD_TIME };

function savedText(state: unknown, version: unknown = 1): string {
  return JSON.stringify({ state, version });
}

describe('migrate', () => {
  it('gives every part-time period saved by version 1 an id, and changes nothing else', () => {
    const version1 = {
      plans: [
        {
          ...PLAN_A,
          answers: {
            ...PLAN_A.answers,
            changes: [
              { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
              { kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
              'not a period',
            ],
          },
        },
        PLAN_B,
      ],
      activePlanId: 'plan-a',
    };
    expect(migrate(version1, 1)).toEqual({
      ok: true,
      state: {
        ...version1,
        plans: [
          {
            ...version1.plans[0],
            answers: {
              ...PLAN_A.answers,
              changes: [
                { id: 'p1', kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
                { id: 'p2', kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
                'not a period',
              ],
            },
          },
          PLAN_B,
        ],
      },
    });
    expect(Object.keys(migrations)).toEqual(['1', '2']);
  });

  it('reads a pupil’s school year saved by version 2 in their nation’s own numbering', () => {
    const pupil = (id: string, nation: string, yearGroup: number) => ({
      ...PLAN_A,
      id,
      name: id,
      answers: { dateOfBirth: '2011-03-14', nation, now: { stage: 'school', yearGroup } },
    });
    const reading = readSavedPlans(
      savedText(
        {
          plans: [
            pupil('ni', 'northern-ireland', 11),
            pupil('scot', 'scotland', 13),
            pupil('eng', 'england', 11),
          ],
        },
        2,
      ),
      { ...READ_OPTIONS, version: PLANS_SCHEMA_VERSION, migrations },
    );
    expect(reading.problem).toBeNull();
    // The same point in school: NI Year 11 (England numbering) is NI Year 12, Year 13 is S6.
    expect(reading.plans.map((plan) => plan.answers.now?.yearGroup)).toEqual([12, 6, 11]);
  });

  it('runs each migration in order from the saved version to the current one', () => {
    const steps: number[] = [];
    const fake: Migrations = {
      1: (state) => {
        steps.push(1);
        return { ...(state as object), addedIn2: true };
      },
      2: (state) => {
        steps.push(2);
        return { ...(state as object), addedIn3: true };
      },
    };
    expect(migrate({ plans: [] }, 1, 3, fake)).toEqual({
      ok: true,
      state: { plans: [], addedIn2: true, addedIn3: true },
    });
    expect(steps).toEqual([1, 2]);
    expect(migrate({ plans: [] }, 2, 3, fake)).toEqual({
      ok: true,
      state: { plans: [], addedIn3: true },
    });
  });

  it('fails, without throwing, when a step throws or is missing', () => {
    const failing: Migrations = {
      1: (state) => state,
      2: () => {
        throw new Error('cannot migrate');
      },
    };
    expect(migrate({}, 1, 3, failing)).toEqual({ ok: false, failedFrom: 2 });
    expect(migrate({}, 1, 3, { 1: (state) => state })).toEqual({ ok: false, failedFrom: 2 });
  });
});

describe('readSavedPlans', () => {
  it('reads plans saved by this version', () => {
    expect(
      readSavedPlans(savedText({ plans: [PLAN_A, PLAN_B], activePlanId: 'plan-b' }), READ_OPTIONS),
    ).toEqual({ plans: [PLAN_A, PLAN_B], activePlanId: 'plan-b', problem: null });
  });

  it('reads nothing from text cut short, and says so', () => {
    const raw = savedText({ plans: [PLAN_A], activePlanId: 'plan-a' }).slice(0, 60);
    expect(readSavedPlans(raw, READ_OPTIONS)).toEqual({
      plans: [],
      activePlanId: null,
      problem: {
        summary: 'We could not read your saved plans',
        details: [
          'All of your saved plans: the saved data is incomplete or has been changed by hand',
        ],
      },
    });
  });

  it('reads nothing from JSON that is not a saved state', () => {
    for (const raw of ['[]', '"plans"', 'null', '{"plans":[]}']) {
      expect(readSavedPlans(raw, READ_OPTIONS).problem?.details).toEqual([
        'All of your saved plans: the saved data is not in a form Pathway can read',
      ]);
    }
    expect(readSavedPlans(savedText({ plans: 'all of them' }), READ_OPTIONS).problem).toEqual({
      summary: 'We could not read your saved plans',
      details: ['The list of plans: it is missing or not in a form Pathway can read'],
    });
  });

  it('loads what it can from hand-edited answers and names each answer it dropped', () => {
    const edited = {
      ...PLAN_B,
      name: 'Plan 2',
      answers: { dateOfBirth: 14032011, nation: 'wales', intercalate: 'maybe' },
    };
    const reading = readSavedPlans(savedText({ plans: [PLAN_A, edited] }), READ_OPTIONS);
    expect(reading.plans.map((plan) => plan.answers)).toEqual([
      PLAN_A.answers,
      { nation: 'wales' },
    ]);
    expect(reading.problem).toEqual({
      summary: 'We could not read all of your saved plans',
      details: ['Plan 2: the date of birth and whether you plan an intercalated year'],
    });
  });

  it('skips plans with no name or answers, and names plans that lost their name', () => {
    const reading = readSavedPlans(
      savedText({
        plans: [PLAN_A, { answers: { nation: 'wales' } }, { id: 'empty' }, 'not a plan', null],
        activePlanId: 'empty',
      }),
      READ_OPTIONS,
    );
    expect(reading.plans).toEqual([
      PLAN_A,
      {
        id: expect.any(String),
        name: 'Plan 2',
        answers: { nation: 'wales' },
        createdAt: LOAD_TIME,
        updatedAt: LOAD_TIME,
      },
    ]);
    expect(reading.activePlanId).toBe('plan-a');
    expect(reading.problem?.details).toEqual([
      'Plan 2: its name, so we have called it Plan 2',
      'Plan 2: which part-time scenarios are its own (any it had are still kept on this device)',
      '3 plans with no name or answers',
    ]);
  });

  it('says when only a plan’s id cannot be read, as its part-time scenarios are kept by id', () => {
    for (const id of [undefined, '', 42, null]) {
      const reading = readSavedPlans(savedText({ plans: [{ ...PLAN_A, id }] }), READ_OPTIONS);
      expect(reading.plans).toMatchObject([{ name: PLAN_A.name, answers: PLAN_A.answers }]);
      expect(reading.problem).toEqual({
        summary: 'We could not read all of your saved plans',
        details: [
          'Plan 1: which part-time scenarios are its own (any it had are still kept on this device)',
        ],
      });
    }
  });

  it('says when a plan kept its name but not its answers', () => {
    const reading = readSavedPlans(
      savedText({ plans: [{ ...PLAN_A, answers: 'born 2011' }] }),
      READ_OPTIONS,
    );
    expect(reading.plans[0]?.answers).toEqual({});
    expect(reading.problem?.details).toEqual(['Plan 1: its answers']);
  });

  it('cuts a hand-lengthened name to fit, and says so', () => {
    const longName = `${'Palliative '.repeat(7)}plan`;
    const reading = readSavedPlans(
      savedText({ plans: [{ ...PLAN_A, name: longName }] }),
      READ_OPTIONS,
    );
    const name = reading.plans[0]?.name ?? '';
    expect(name.length).toBeLessThanOrEqual(60);
    expect(reading.problem?.details).toEqual([
      `${name}: the end of its name (names can be up to 60 characters)`,
    ]);
  });

  it('strips control and direction-override characters from a hand-edited name', () => {
    const reading = readSavedPlans(
      savedText({ plans: [{ ...PLAN_A, name: 'My\u202e plan\u0007 \ud800' }] }),
      READ_OPTIONS,
    );
    expect(reading.plans[0]?.name).toBe('My plan \ufffd');
  });

  it('quietly repairs what holds nothing the person typed: ids, timestamps, the open plan', () => {
    const reading = readSavedPlans(
      savedText({
        plans: [PLAN_A, { ...PLAN_B, id: 'plan-a', createdAt: 'yesterday', updatedAt: 5 }],
        activePlanId: 'gone',
        somethingNew: true,
      }),
      READ_OPTIONS,
    );
    expect(reading.problem).toBeNull();
    const [first, second] = reading.plans;
    expect(first).toEqual(PLAN_A);
    expect(second?.id).not.toBe('plan-a');
    expect(second).toMatchObject({ name: PLAN_B.name, createdAt: LOAD_TIME, updatedAt: LOAD_TIME });
    expect(reading.activePlanId).toBe('plan-a');
  });

  it('reads data with no readable version as this version, and says so', () => {
    const reading = readSavedPlans(JSON.stringify({ state: { plans: [PLAN_A] } }), READ_OPTIONS);
    expect(reading.plans).toEqual([PLAN_A]);
    expect(reading.problem).toEqual({
      summary: 'We could not read all of your saved plans',
      details: [
        'Which version of Pathway saved your plans, so we read them as if this version had',
      ],
    });
  });

  it('loads nothing saved by a newer version, and says so', () => {
    expect(readSavedPlans(savedText({ plans: [PLAN_A, PLAN_B] }, 2), READ_OPTIONS)).toEqual({
      plans: [],
      activePlanId: null,
      problem: {
        summary:
          'Your saved plans are from a newer version of Pathway, so this version cannot open them',
        details: ['2 plans saved by a newer version of Pathway'],
      },
    });
  });

  it('migrates data saved by an older version, then reads it', () => {
    const renameTitle: Migrations = {
      1: (state) => {
        const { plans } = state as { plans: { title: string }[] };
        return { plans: plans.map(({ title, ...plan }) => ({ ...plan, name: title })) };
      },
    };
    const { name, ...withoutName } = PLAN_A;
    const reading = readSavedPlans(savedText({ plans: [{ ...withoutName, title: name }] }, 1), {
      ...READ_OPTIONS,
      version: 2,
      migrations: renameTitle,
    });
    expect(reading).toEqual({ plans: [PLAN_A], activePlanId: 'plan-a', problem: null });
  });

  it('loads nothing when a migration fails, and says so', () => {
    const reading = readSavedPlans(savedText({ plans: [PLAN_A] }, 1), {
      ...READ_OPTIONS,
      version: 2,
      migrations: {
        1: () => {
          throw new TypeError('plans is not iterable');
        },
      },
    });
    expect(reading).toEqual({
      plans: [],
      activePlanId: null,
      problem: {
        summary: 'We could not update your saved plans from an older version of Pathway',
        details: ['1 plan saved by an older version of Pathway'],
      },
    });
  });
});

describe('qualifications saved before the counts of top grades (issue 12)', () => {
  const OPTIONS = { version: PLANS_SCHEMA_VERSION, migrations, now: LOAD_TIME };
  const before = {
    nation: 'wales',
    now: { stage: 'school', yearGroup: 13 },
    qualifications: {
      gcse: { englishLanguage: 7, maths: 6, science: 6 },
      schoolQualification: {
        kind: 'a-levels',
        subjects: [
          { subject: 'chemistry', grade: 'A' },
          { subject: 'biology', grade: 'A' },
        ],
      },
      gradesAre: 'predicted',
    },
  } as const;

  function readOnePlan(answers: unknown) {
    const state = { plans: [{ ...PLAN_A, answers }], activePlanId: 'plan-a' };
    return readSavedPlans(savedText(state, PLANS_SCHEMA_VERSION), OPTIONS);
  }

  it('reads a plan saved without counts exactly as it was, and the check reads all of it', () => {
    const reading = readOnePlan(before);
    expect(reading.problem).toBeNull();
    expect(reading.plans[0]?.answers).toEqual(before);
    const check = checkEntryRequirements(before.qualifications, {
      stage: 'school',
      medicalSchoolRoute: 'standard',
      nation: 'wales',
    });
    expect(check.unreadable).toEqual([]);
    expect(check.items.find((item) => item.id === 'gcse-english-maths')?.status).toBe('meets');
    expect(check.items.find((item) => item.id === 'gcse-top-grades')?.status).toBe('not-given');
  });

  it('keeps counts saved since, beside everything that was there', () => {
    const after = {
      ...before,
      qualifications: {
        ...before.qualifications,
        gcse: { ...before.qualifications.gcse, topGrades: 7 },
        national5: { topGrades: 2 },
      },
    };
    const reading = readOnePlan(after);
    expect(reading.problem).toBeNull();
    expect(reading.plans[0]?.answers).toEqual(after);
  });
});

describe('GCSE grades saved before letter grades were offered (issue 12)', () => {
  const OPTIONS = { version: PLANS_SCHEMA_VERSION, migrations, now: LOAD_TIME };
  const SCHOOL_CHECK = { stage: 'school', medicalSchoolRoute: 'standard' } as const;

  function readOnePlan(answers: unknown, version = PLANS_SCHEMA_VERSION) {
    const state = { plans: [{ ...PLAN_A, answers }], activePlanId: 'plan-a' };
    return readSavedPlans(savedText(state, version), OPTIONS);
  }

  it.each(['wales', 'northern-ireland'])(
    'reads 9 to 1 grades saved for a pupil in %s exactly as they were, and checks them as 9 to 1',
    (nation) => {
      const saved = {
        nation,
        now: { stage: 'school', yearGroup: 12 },
        qualifications: { gcse: { englishLanguage: 7, maths: 6, science: 5, topGrades: 4 } },
      };
      const reading = readOnePlan(saved);
      expect(reading.problem).toBeNull();
      expect(reading.plans[0]?.answers).toEqual(saved);
      const check = checkEntryRequirements(saved.qualifications, { ...SCHOOL_CHECK, nation });
      expect(check.unreadable).toEqual([]);
      const englishMaths = check.items.find((item) => item.id === 'gcse-english-maths');
      expect(englishMaths?.summary).toBe(
        'Grades 7 in English language and 6 in maths meet the examples we have (grade 5 or 6).',
      );
    },
  );

  it('keeps 9 to 1 grades through the migration from version 2', () => {
    const saved = {
      nation: 'wales',
      now: { stage: 'school', yearGroup: 11 },
      qualifications: { gcse: { englishLanguage: 8, maths: 7 } },
    };
    const reading = readOnePlan(saved, 2);
    expect(reading.problem).toBeNull();
    expect(reading.plans[0]?.answers.qualifications).toEqual(saved.qualifications);
  });

  it('reads letter grades, 9 to 1 grades beside them and C*, exactly as saved', () => {
    const saved = {
      nation: 'northern-ireland',
      now: { stage: 'school', yearGroup: 12 },
      qualifications: { gcse: { englishLanguage: 'A', maths: 'C*', science: 6, topGrades: 5 } },
    };
    const reading = readOnePlan(saved);
    expect(reading.problem).toBeNull();
    expect(reading.plans[0]?.answers).toEqual(saved);
    expect(
      checkEntryRequirements(saved.qualifications, {
        ...SCHOOL_CHECK,
        nation: 'northern-ireland',
      }).unreadable,
    ).toEqual([]);
  });
});
