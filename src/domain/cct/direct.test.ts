import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { calculateCct } from './calculate';
import {
  type DirectAnswers,
  calculateDirect,
  currentCctProblem,
  currentHoursPeriods,
  directAnswersFrom,
  directProgramme,
  firstUnansweredDirectQuestion,
  programmeStageOf,
} from './direct';
import { tisLtftExtensionDays } from './tis-estimate';
import { d } from '../../../tests/support/dates';
import { share } from '../units';

const TODAY = d('2026-11-25');

function st5(currentWte = 1, currentCct = '2029-08-05'): DirectAnswers {
  return {
    nation: 'england',
    stage: 'st5',
    trainingLeft: { kind: 'cct-date', currentCct: d(currentCct) },
    currentWte: share(currentWte),
  };
}

describe('directProgramme', () => {
  it('counts from today to the current CCT date when full time', () => {
    expect(directProgramme(st5(), TODAY)).toEqual({
      start: '2026-11-25',
      fullTimeCct: '2029-08-05',
      stage: 'higher',
    });
  });

  it('turns a CCT date at 80% into the full-time training left: 0.8 × 985 days = 788', () => {
    expect(directProgramme(st5(0.8), TODAY)).toEqual({
      start: '2026-11-25',
      fullTimeCct: addDays(TODAY, 787),
      stage: 'higher',
    });
  });

  it('rounds half a day up: 0.5 × 985 = 492.5 → 493', () => {
    expect(directProgramme(st5(0.5), TODAY).fullTimeCct).toBe(addDays(TODAY, 492));
  });

  it('takes a start date and whole months of full-time training left', () => {
    expect(
      directProgramme(
        {
          nation: 'england',
          stage: 'core',
          trainingLeft: { kind: 'time-left', from: d('2027-08-04'), months: 24 },
          currentWte: share(1),
        },
        TODAY,
      ),
    ).toEqual({ start: '2027-08-04', fullTimeCct: '2029-08-03', stage: 'core' });
  });

  it('maps the stage to the absence review threshold', () => {
    expect(programmeStageOf('f1')).toBe('foundation');
    expect(programmeStageOf('f2')).toBe('foundation');
    expect(programmeStageOf('core')).toBe('core');
    expect(programmeStageOf('st7')).toBe('higher');
  });
});

describe('currentCctProblem', () => {
  it('needs a date from today to less than 20 years away', () => {
    expect(currentCctProblem(d('2026-11-25'), TODAY)).toBeNull();
    expect(currentCctProblem(d('2026-11-24'), TODAY)).toBe(
      'Your current CCT date must be today or in the future',
    );
    expect(currentCctProblem(d('2046-11-24'), TODAY)).toBeNull();
    expect(currentCctProblem(d('2046-11-25'), TODAY)).toBe(
      'Your current CCT date must be less than 20 years from today',
    );
  });
});

describe('currentHoursPeriods', () => {
  it('fills the days outside the new periods at the current hours', () => {
    expect(
      currentHoursPeriods(
        [
          { kind: 'parental-leave', start: '2027-08-04', end: '2028-08-01' },
          { kind: 'sickness', start: '2027-01-04', end: '2027-01-21' },
        ],
        TODAY,
        share(0.8),
      ),
    ).toEqual([
      { kind: 'ltft', start: '2026-11-25', end: '2027-08-03', wte: 0.8 },
      { kind: 'ltft', start: '2028-08-02', end: null, wte: 0.8 },
    ]);
  });

  it('stops at a period that runs until training ends, and adds nothing when full time', () => {
    const changes = [{ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }];
    expect(currentHoursPeriods(changes, TODAY, share(0.8))).toEqual([
      { kind: 'ltft', start: '2026-11-25', end: '2027-08-03', wte: 0.8 },
    ]);
    expect(currentHoursPeriods(changes, TODAY, share(1))).toEqual([]);
  });

  it('copes with overlapping or unreadable periods (the calculator reports those)', () => {
    expect(
      currentHoursPeriods(
        [
          { kind: 'oope', start: '2027-01-01', end: '2027-12-31' },
          { kind: 'oopc', start: '2027-06-01', end: '2027-07-31' },
          { kind: 'oopc', start: 'soon', end: '2027-07-31' },
          null,
        ],
        TODAY,
        share(0.6),
      ),
    ).toEqual([
      { kind: 'ltft', start: '2026-11-25', end: '2026-12-31', wte: 0.6 },
      { kind: 'ltft', start: '2028-01-01', end: null, wte: 0.6 },
    ]);
  });
});

describe('calculateDirect', () => {
  it('works out the ST5 doctor going to 60% from 4 August 2027 to the end', () => {
    const { currentCct, result } = calculateDirect(
      st5(),
      [{ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }],
      TODAY,
    );
    expect(currentCct).toBe('2029-08-05');
    expect(result).toMatchObject({
      ok: true,
      // 252 full-time days to 3 August 2027, then 733 left at 0.6: ⌈1221.67⌉ = 1222 days.
      cct: '2030-12-07',
      tisStyleEstimate: '2030-05-25',
      tis: { estimate: '2030-05-25', differenceDays: 196, notes: ['open-ended-reduction'] },
      warnings: [],
    });
  });

  it('keeps the current hours after leave, so 52 weeks of leave move the date 52 weeks', () => {
    const { currentCct, result } = calculateDirect(
      st5(0.8),
      [{ kind: 'parental-leave', start: '2027-08-04', end: '2028-08-01' }],
      TODAY,
    );
    expect(result.ok && result.cct).toBe(addDays(currentCct, 364));
    expect(result.ok && result.segments.map((segment) => segment.changeIndex)).toEqual([
      null,
      0,
      null,
    ]);
    // TIS adds the whole leave too.
    expect(result.ok && result.tis.differenceDays).toBe(0);
  });

  it('compares with TIS from the current CCT date at the current hours', () => {
    const { currentCct, result } = calculateDirect(
      st5(0.8),
      [{ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }],
      TODAY,
    );
    const days = Number(
      (new Date(`${currentCct}T00:00:00Z`).getTime() - Date.UTC(2027, 7, 4)) / 86_400_000 + 1,
    );
    expect(result.ok && result.tis.estimate).toBe(
      addDays(currentCct, tisLtftExtensionDays(days, share(0.6), share(0.8))),
    );
    expect(result.ok && result.tis.notes).toEqual(['open-ended-reduction']);
  });

  it('leaves out current hours that would start after the CCT date', () => {
    const { result } = calculateDirect(
      st5(0.8),
      [{ kind: 'ltft', start: '2027-08-04', end: '2035-08-01', wte: 0.6 }],
      TODAY,
    );
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.segments.at(-1)).toMatchObject({ changeIndex: 0, wte: 0.6 });
  });

  it('names only the doctor’s own periods in errors and warnings', () => {
    const soon = calculateDirect(
      st5(0.8),
      [{ kind: 'ltft', start: '2027-01-04', end: '2027-06-30', wte: 0.6 }],
      TODAY,
    );
    // The current hours start today, within 16 weeks, but only the new period gets the notice warning.
    expect(soon.result.warnings.map((warning) => warning.field)).toEqual(['changes[0].start']);

    const early = calculateDirect(
      st5(0.8),
      [{ kind: 'oope', start: '2026-09-01', end: '2027-08-31' }],
      TODAY,
    );
    expect(early.result).toEqual({
      ok: false,
      errors: [
        {
          field: 'changes[0].start',
          code: 'before-programme-start',
          message:
            'Enter a start date on or after 25 November 2026. Your current CCT date already counts the training before it.',
          period: { index: 0, id: null, field: 'start' },
        },
      ],
      warnings: [],
    });
  });

  it('warns about notice by the nation the doctor trains in', () => {
    const soon = [{ kind: 'ltft', start: '2027-01-04', end: '2027-06-30', wte: 0.6 }];
    const messages = (nation: DirectAnswers['nation']) =>
      calculateDirect({ ...st5(0.8), nation }, soon, TODAY).result.warnings.map(
        (warning) => warning.message,
      );
    expect(messages('scotland')).toEqual([
      'In Scotland you need to give at least 3 months’ notice to train less than full time. Check the start date with your training programme director.',
    ]);
    expect(messages('wales')).toEqual([
      'In Wales you should apply at least 4 months before you start training less than full time. Check the start date with your training programme director.',
    ]);
    // No figure was found for Northern Ireland: no warning, rather than England's.
    expect(messages('northern-ireland')).toEqual([]);
  });

  test.prop([fc.integer({ min: 30, max: 3000 }), fc.constantFrom(0.5, 0.6, 0.7, 0.8, 0.9, 1)])(
    'today’s plan is the current CCT date, give or take a day of rounding',
    (daysLeft, wte) => {
      const currentCct = addDays(TODAY, daysLeft);
      const { currentCct: computed } = calculateDirect(st5(wte, currentCct), [], TODAY);
      const gap =
        (Date.parse(`${computed}T00:00:00Z`) - Date.parse(`${currentCct}T00:00:00Z`)) / 86_400_000;
      expect(Math.abs(gap)).toBeLessThanOrEqual(1);
      if (wte === 1) expect(computed).toBe(currentCct);
    },
  );

  it('matches the calculator when full time', () => {
    const changes = [
      { kind: 'ltft', start: '2027-08-04', end: '2028-08-01', wte: 0.8 },
      { kind: 'sickness', start: '2027-01-04', end: '2027-01-21', workingDaysAbsent: 14 },
    ];
    const direct = calculateDirect(st5(), changes, TODAY).result;
    const engine = calculateCct({
      today: TODAY,
      programme: { start: TODAY, fullTimeCct: '2029-08-05', stage: 'higher' },
      changes,
    });
    expect(direct).toEqual(engine);
  });
});

describe('the saved answers', () => {
  const complete = {
    nation: 'england',
    stage: 'st5',
    trainingLeft: 'cct-date',
    currentCct: '2029-08-05',
    wtePercent: 80,
  } as const;

  it('become the calculator’s answers once all are usable', () => {
    expect(directAnswersFrom(complete, TODAY)).toEqual({
      nation: 'england',
      stage: 'st5',
      trainingLeft: { kind: 'cct-date', currentCct: '2029-08-05' },
      currentWte: 0.8,
    });
    expect(firstUnansweredDirectQuestion(complete, TODAY)).toBeNull();
    expect(
      directAnswersFrom(
        {
          nation: 'england',
          stage: 'core',
          trainingLeft: 'time-left',
          countFrom: '2027-08-04',
          monthsLeft: 24,
          wtePercent: 100,
        },
        TODAY,
      ),
    ).toEqual({
      nation: 'england',
      stage: 'core',
      trainingLeft: { kind: 'time-left', from: '2027-08-04', months: 24 },
      currentWte: 1,
    });
  });

  it('name the first question still to answer, or answered in a way that cannot be used', () => {
    expect(firstUnansweredDirectQuestion({}, TODAY)).toBe('nation');
    expect(firstUnansweredDirectQuestion({ nation: 'england' }, TODAY)).toBe('stage');
    expect(firstUnansweredDirectQuestion({ ...complete, stage: 'st9' }, TODAY)).toBe('stage');
    expect(firstUnansweredDirectQuestion({ nation: 'wales', stage: 'st5' }, TODAY)).toBe(
      'training-left',
    );
    // Answers saved before the nation was asked: everything else is kept, and the nation is asked.
    const beforeNations = { ...complete, nation: undefined };
    expect(firstUnansweredDirectQuestion(beforeNations, TODAY)).toBe('nation');
    expect(directAnswersFrom(beforeNations, TODAY)).toBeNull();
    expect(firstUnansweredDirectQuestion({ ...complete, nation: 'france' }, TODAY)).toBe('nation');
    // A CCT date that has passed since it was saved must be asked again.
    expect(firstUnansweredDirectQuestion({ ...complete, currentCct: '2026-01-01' }, TODAY)).toBe(
      'training-left',
    );
    expect(
      firstUnansweredDirectQuestion(
        { ...complete, trainingLeft: 'time-left', countFrom: '2027-08-04', monthsLeft: 0 },
        TODAY,
      ),
    ).toBe('training-left');
    expect(firstUnansweredDirectQuestion({ ...complete, wtePercent: 10 }, TODAY)).toBe('hours');
    expect(directAnswersFrom({ ...complete, wtePercent: undefined }, TODAY)).toBeNull();
  });
});
