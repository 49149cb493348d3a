import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates';
import { COMPARED_MILESTONES, compareRoutes } from './compare-routes';
import { YEAR_11_ANSWERS } from '../../../tests/support/plans';
import { timelineOf } from '../../../tests/support/timelines';

const TODAY = '2026-11-25' as IsoDate;

const YEAR_11 = YEAR_11_ANSWERS;

describe('compareRoutes', () => {
  it('finds nothing between a plan and itself', () => {
    const timeline = timelineOf(YEAR_11, TODAY);
    const comparison = compareRoutes(timeline, timeline);
    expect(comparison.rows.map((row) => row.id)).toEqual(COMPARED_MILESTONES);
    for (const row of comparison.rows) expect(row.difference?.direction).toBe('same');
    expect(comparison.cct.difference?.direction).toBe('same');
  });

  it('puts ACCS-IM one training year after IMT from ST4 on, and nothing earlier moves', () => {
    // Both routes start core training together; ACCS-IM is 4 years to IMT's 3, and training years
    // start on the first Wednesday in August, so ST4 and the CCT are 52 weeks later: 3 August 2039
    // (IMT) and 1 August 2040 (ACCS-IM) are both first Wednesdays.
    const comparison = compareRoutes(
      timelineOf(YEAR_11, TODAY),
      timelineOf({ ...YEAR_11, coreRoute: 'accs-im' }, TODAY),
    );
    const byId = new Map(comparison.rows.map((row) => [row.id, row]));
    for (const id of ['ucas-deadline', 'medical-school-start', 'f1-start', 'core-training-start'])
      expect(byId.get(id as never)?.difference?.totalDays).toBe(0);
    expect(byId.get('st4-start')).toMatchObject({
      first: { date: '2039-08-03', age: 28 },
      second: { date: '2040-08-01', age: 29 },
      difference: { totalDays: 364, direction: 'later', months: 11, days: 29 },
    });
    expect(comparison.cct.difference).toMatchObject({ totalDays: 364, direction: 'later' });
    // IMT and ACCS-IM have their own titles; the row says what they share.
    expect(byId.get('core-training-start')?.title).toBe('Start core training');
  });

  it('shows a step only one plan still has, with no difference', () => {
    const doctor = timelineOf({ dateOfBirth: '2002-05-01', now: { stage: 'f2' } }, TODAY);
    const comparison = compareRoutes(timelineOf(YEAR_11, TODAY), doctor);
    const ucas = comparison.rows.find((row) => row.id === 'ucas-deadline');
    expect(ucas?.first).not.toBeNull();
    expect(ucas?.second).toBeNull();
    expect(ucas?.difference).toBeNull();
    expect(comparison.cct.difference?.direction).toBe('earlier');
  });

  it('gives a pupil’s first degree before graduate entry its own row, first', () => {
    const graduateEntry = timelineOf(
      {
        ...YEAR_11,
        medicalSchoolRoute: 'graduate-entry',
        qualificationYear: 2032,
      },
      TODAY,
    );
    const comparison = compareRoutes(timelineOf(YEAR_11, TODAY), graduateEntry);
    // The pupil leaves school in summer 2029: the standard route starts medical school that
    // September, the graduate entry route a first degree, and medical school after it ends in 2032.
    expect(comparison.rows[0]).toEqual({
      id: 'first-degree-start',
      title: 'Start a first degree',
      first: null,
      second: {
        date: '2029-09-01',
        precision: 'month',
        basis: 'estimate',
        age: 18,
        status: 'upcoming',
      },
      difference: null,
    });
    expect(comparison.rows.find((row) => row.id === 'medical-school-start')).toMatchObject({
      first: { date: '2029-09-01' },
      second: { date: '2032-09-01' },
    });
  });

  it('has no first degree row for a graduate already on their degree', () => {
    const graduate = timelineOf(
      {
        dateOfBirth: '2005-02-01',
        now: { stage: 'graduate' },
        medicalSchoolRoute: 'graduate-entry',
        qualificationYear: 2027,
      },
      TODAY,
    );
    const comparison = compareRoutes(graduate, graduate);
    expect(comparison.rows.map((row) => row.id)).not.toContain('first-degree-start');
  });

  it('has no CCT difference when one person is already a consultant', () => {
    const consultant = timelineOf(
      { dateOfBirth: '1980-01-01', now: { stage: 'consultant' } },
      TODAY,
    );
    const comparison = compareRoutes(timelineOf(YEAR_11, TODAY), consultant);
    expect(comparison.cct).toMatchObject({ second: null, difference: null });
  });

  const plan = fc.record({
    coreRoute: fc.constantFrom('imt', 'accs-im'),
    gapYearsBeforeMedicalSchool: fc.integer({ min: 0, max: 3 }),
    yearsBeforeCoreTraining: fc.integer({ min: 0, max: 3 }),
    medicalSchoolRoute: fc.constantFrom('standard', 'integrated-degree'),
  });

  propertyTest.prop([plan, plan])(
    'swapping the plans turns every difference round',
    (first, second) => {
      const a = timelineOf({ ...YEAR_11, ...first }, TODAY);
      const b = timelineOf({ ...YEAR_11, ...second }, TODAY);
      const forward = compareRoutes(a, b);
      const back = compareRoutes(b, a);
      expect(back.rows.map((row) => row.difference?.totalDays ?? 0)).toEqual(
        forward.rows.map((row) => -(row.difference?.totalDays ?? 0) || 0),
      );
      // Each row's difference is the distance between the dates it shows.
      for (const row of forward.rows)
        if (row.first && row.second)
          expect(row.difference?.totalDays).toBe(
            (Date.parse(row.second.date) - Date.parse(row.first.date)) / 86_400_000,
          );
    },
  );
});
