import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates';
import type { PlanAnswers } from '../plan/answers';
import { buildTimeline } from '../timeline/build-timeline';
import { ACADEMIC_ROUTE_EXAMPLE, ACADEMIC_ROUTE_RULE_IDS, academicRoute } from './academic-route';
import { findRule } from '../rules';
import { periods, YEAR_11_ANSWERS } from '../../../tests/support/plans';

const TODAY = '2026-11-25' as IsoDate;

const YEAR_11: PlanAnswers = {
  ...YEAR_11_ANSWERS,
  reflections: ['communication'],
};

const F2: PlanAnswers = {
  dateOfBirth: '2000-06-01',
  nation: 'england',
  now: { stage: 'f2' },
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
};

describe('academicRoute', () => {
  it('is an example of 3 years of research with 12 months counting, from rules with sources', () => {
    expect(ACADEMIC_ROUTE_EXAMPLE).toEqual({ years: 3, creditMonths: 12 });
    for (const id of ACADEMIC_ROUTE_RULE_IDS) expect(findRule(id), id).toBeDefined();
  });

  it('adds research time from a Year 11 pupil’s own ST5 start, and the CCT moves by the 2 years that do not count', () => {
    const result = academicRoute(YEAR_11, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // ST5 starts on 1 August 2040 (the first Wednesday); 3 years end the day before 1 August 2043.
    expect(result.period).toEqual({
      id: 'p1',
      kind: 'oopr',
      start: '2040-08-01',
      end: '2043-07-31',
      credit: 1 / 3,
    });
    expect(result.cctBefore).toBe('2043-08-02');
    // 1,095 days at a third earn 365; the 730 full-time days left over plus the 2 left before: 1 August 2045.
    expect(result.cctAfter).toBe('2045-08-01');
    expect(result.answers).toEqual({ ...YEAR_11, changes: [result.period] });

    const after = buildTimeline(result.answers, TODAY);
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    expect(after.timeline.summary.cct).toBe('2045-08-01');
    expect(after.timeline.partTime?.warnings).toEqual([]);
  });

  it('does not change the answers it was given', () => {
    const answers = { ...F2, changes: [] };
    const copy = structuredClone(answers);
    academicRoute(answers, TODAY);
    expect(answers).toEqual(copy);
  });

  it('starts from an F2 doctor’s own ST5 and keeps the periods already in the plan', () => {
    const [parentalLeave] = periods({
      kind: 'parental-leave',
      start: '2027-08-04',
      end: '2028-08-01',
    });
    const result = academicRoute({ ...F2, changes: periods(parentalLeave ?? {}) }, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The leave in core training moves ST5 a year on, to 4 August 2032.
    expect(result.period.start).toBe('2032-08-04');
    expect(result.period.end).toBe('2035-08-03');
    expect(result.answers.changes).toEqual([parentalLeave, result.period]);
    expect(result.cctAfter > result.cctBefore).toBe(true);
  });

  it('works for a doctor in ST4 whose ST5 is still to come', () => {
    const result = academicRoute(
      { dateOfBirth: '1995-06-01', nation: 'england', now: { stage: 'st', year: 4 } },
      TODAY,
    );
    expect(result.ok && result.period.start).toBe('2027-08-04');
  });

  it.each([
    ['the plan is not finished', { now: { stage: 'f2' } }, 'incomplete'],
    [
      'the person is already a consultant',
      { dateOfBirth: '1980-06-01', nation: 'england', now: { stage: 'consultant' } },
      'already-consultant',
    ],
    [
      'ST5 has already started',
      { dateOfBirth: '1995-06-01', nation: 'england', now: { stage: 'st', year: 5 } },
      'past-st5-start',
    ],
    [
      'the plan already has research time',
      {
        ...F2,
        changes: periods({ kind: 'oopr', start: '2032-08-04', end: '2033-08-02', credit: 0.5 }),
      },
      'has-research',
    ],
    [
      'the research would start during sickness absence',
      { ...F2, changes: periods({ kind: 'sickness', start: '2031-08-04', end: '2031-09-30' }) },
      'conflicts',
    ],
  ] as const)('says why not when %s', (_label, answers, reason) => {
    const result = academicRoute(answers as PlanAnswers, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    expect(result.message).toMatch(/^[A-Z].*\.$/);
  });

  it('names the clash in plain English', () => {
    const result = academicRoute(
      { ...F2, changes: periods({ kind: 'sickness', start: '2031-08-04', end: '2031-09-30' }) },
      TODAY,
    );
    expect(!result.ok && result.message).toBe(
      'Research time from the start of ST5 would clash with your plan’s other periods. The OOPR from 6 August 2031 starts during the sickness absence from 4 August 2031 to 30 September 2031. Sickness cannot fall during time away from work. End the sickness absence before 6 August 2031, or change the dates of the OOPR.',
    );
  });

  it('adds research inside part-time training that runs to the end: it resumes afterwards', () => {
    const partTime: PlanAnswers = {
      ...F2,
      changes: periods({ kind: 'ltft', start: '2030-08-07', end: null, wte: 0.8 }),
    };
    const result = academicRoute(partTime, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 3 years of research credited with 12 months earns a third of a day each day instead of 0.8, so
    // the CCT moves later than part time alone.
    expect(result.cctAfter > result.cctBefore).toBe(true);
    expect(result.answers.changes).toHaveLength(2);
  });
});
