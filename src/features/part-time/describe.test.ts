import { describe, expect, it } from 'vitest';
import { describePeriod } from './describe';

describe('describePeriod', () => {
  it('says what each period is and when', () => {
    expect(describePeriod({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 })).toEqual({
      what: 'Less than full time training at 60%',
      when: '4 August 2027 until you finish training',
    });
    expect(
      describePeriod({ kind: 'parental-leave', start: '2031-08-06', end: '2032-08-03' }),
    ).toEqual({ what: 'Parental leave', when: '6 August 2031 to 3 August 2032' });
    expect(
      describePeriod({ kind: 'oopr', start: '2027-08-04', end: '2029-08-01', credit: 0.5 }).what,
    ).toBe('Out of programme for research (OOPR), 50% counts');
    expect(
      describePeriod({
        kind: 'sickness',
        start: '2027-01-04',
        end: '2027-01-21',
        workingDaysAbsent: 1,
      }).what,
    ).toBe('Sickness absence, 1 working day');
  });

  it('describes what it can of a period saved wrongly', () => {
    expect(describePeriod({ kind: 'holiday' })).toEqual({
      what: 'A period Pathway cannot read',
      when: '',
    });
    expect(describePeriod({ kind: 'oope', start: 'soon', end: '2027-13-01' })).toEqual({
      what: 'Out of programme for experience (OOPE)',
      when: 'No start date to an end date Pathway cannot read',
    });
  });
});
