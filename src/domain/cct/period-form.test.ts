import { describe, expect, it } from 'vitest';
import {
  EMPTY_PERIOD_FORM,
  type PeriodFormValues,
  formFieldForIssue,
  periodFormValues,
  readPeriodForm,
} from './period-form';
import { mayRunToCompletion } from './kinds';
import { CHANGE_KINDS, type ChangeKind } from './types';

const date = (day: string, month: string, year: string) => ({ day, month, year });

function form(values: Partial<PeriodFormValues>): PeriodFormValues {
  return { ...EMPTY_PERIOD_FORM, ...values };
}

describe('readPeriodForm', () => {
  it('reads less than full time training until the end of training', () => {
    expect(
      readPeriodForm(
        'ltft',
        form({ wteChoice: '60', start: date('4', '8', '2027'), endChoice: 'open' }),
      ),
    ).toEqual({
      ok: true,
      change: { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
    });
  });

  it('reads another percentage, and an end date', () => {
    expect(
      readPeriodForm(
        'ltft',
        form({
          wteChoice: 'other',
          wteOther: '65%',
          start: date('4', 'Aug', '2027'),
          endChoice: 'date',
          end: date('1', '8', '2028'),
        }),
      ),
    ).toEqual({
      ok: true,
      change: { kind: 'ltft', start: '2027-08-04', end: '2028-08-01', wte: 0.65 },
    });
  });

  it('reports every problem at once, naming each field', () => {
    expect(readPeriodForm('ltft', form({ start: date('31', '2', '2027') }))).toEqual({
      ok: false,
      errors: [
        { field: 'wte', message: 'Select the percentage of full time you will work.' },
        {
          field: 'start',
          message: 'The start date must be a real date.',
          parts: ['day', 'month', 'year'],
        },
        {
          field: 'end-choice',
          message: 'Select whether it ends on a date or runs until you finish training.',
        },
      ],
    });
  });

  it('refuses a percentage outside 20% to 100%, on the box it was typed in', () => {
    const reading = readPeriodForm(
      'ltft',
      form({
        wteChoice: 'other',
        wteOther: '10',
        start: date('4', '8', '2027'),
        endChoice: 'open',
      }),
    );
    expect(reading).toEqual({
      ok: false,
      errors: [{ field: 'wte-other', message: 'The percentage must be 20% or more.' }],
    });
  });

  it('needs an end date for time that does not count, on or after the start', () => {
    expect(readPeriodForm('parental-leave', form({ start: date('1', '9', '2031') }))).toEqual({
      ok: false,
      errors: [{ field: 'end', message: 'Enter the end date.', parts: ['day', 'month', 'year'] }],
    });
    expect(
      readPeriodForm('oopc', form({ start: date('1', '9', '2031'), end: date('31', '8', '2031') })),
    ).toEqual({
      ok: false,
      errors: [
        {
          field: 'end',
          message: 'The end date must be the same as or after the start date.',
          parts: ['day', 'month', 'year'],
        },
      ],
    });
  });

  it('reads the OOPR credit as the share that counts', () => {
    expect(
      readPeriodForm(
        'oopr',
        form({
          credit: '50',
          start: date('4', '8', '2027'),
          endChoice: 'date',
          end: date('1', '8', '2029'),
        }),
      ),
    ).toEqual({
      ok: true,
      change: { kind: 'oopr', start: '2027-08-04', end: '2029-08-01', credit: 0.5 },
    });
    expect(readPeriodForm('oopr', form({ credit: '120' }))).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([
        { field: 'credit', message: 'The percentage that counts must be 100% or less.' },
      ]),
    });
  });

  it('takes working days absent for sickness only when given, up to the days in the period', () => {
    const sick = { start: date('4', '1', '2027'), end: date('21', '1', '2027') };
    expect(readPeriodForm('sickness', form(sick))).toEqual({
      ok: true,
      change: { kind: 'sickness', start: '2027-01-04', end: '2027-01-21' },
    });
    expect(readPeriodForm('sickness', form({ ...sick, workingDays: '14' }))).toEqual({
      ok: true,
      change: { kind: 'sickness', start: '2027-01-04', end: '2027-01-21', workingDaysAbsent: 14 },
    });
    expect(readPeriodForm('sickness', form({ ...sick, workingDays: '19' }))).toEqual({
      ok: false,
      errors: [
        {
          field: 'working-days',
          message:
            'Working days absent must be 18 or fewer, the days from the start date to the end date.',
        },
      ],
    });
    expect(readPeriodForm('sickness', form({ ...sick, workingDays: 'ten' }))).toMatchObject({
      ok: false,
      errors: [{ field: 'working-days' }],
    });
  });
});

describe('periodFormValues', () => {
  const saved: Record<ChangeKind, Record<string, unknown>> = {
    ltft: { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
    oopt: { kind: 'oopt', start: '2027-08-04', end: '2028-08-01' },
    oopr: { kind: 'oopr', start: '2027-08-04', end: null, credit: 0.5 },
    oope: { kind: 'oope', start: '2027-08-04', end: '2028-08-01' },
    oopc: { kind: 'oopc', start: '2027-08-04', end: '2028-08-01' },
    oopp: { kind: 'oopp', start: '2027-08-04', end: '2028-08-01' },
    'parental-leave': { kind: 'parental-leave', start: '2031-08-06', end: '2032-08-03' },
    'unpaid-leave': { kind: 'unpaid-leave', start: '2027-08-04', end: '2027-08-17' },
    sickness: { kind: 'sickness', start: '2027-01-04', end: '2027-01-21', workingDaysAbsent: 14 },
  };

  it.each(CHANGE_KINDS)(
    'fills the form from a saved %s period, which reads back the same',
    (kind) => {
      const change = saved[kind];
      expect(readPeriodForm(kind, periodFormValues(kind, change))).toEqual({ ok: true, change });
    },
  );

  it('keeps an uncommon percentage in the other box', () => {
    expect(
      periodFormValues('ltft', { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.65 }),
    ).toMatchObject({ wteChoice: 'other', wteOther: '65', endChoice: 'open' });
  });

  it('starts empty for a new period', () => {
    expect(periodFormValues('ltft', null)).toBe(EMPTY_PERIOD_FORM);
  });
});

describe('mayRunToCompletion', () => {
  it('is only for time that counts', () => {
    expect(CHANGE_KINDS.filter(mayRunToCompletion)).toEqual(['ltft', 'oopt', 'oopr']);
  });
});

describe('formFieldForIssue', () => {
  it('puts a calculator error on the field of the period it names', () => {
    const values = { wteChoice: '60', endChoice: 'date' } as const;
    expect(formFieldForIssue('wte', values)).toBe('wte');
    expect(formFieldForIssue('wte', { ...values, wteChoice: 'other' })).toBe('wte-other');
    expect(formFieldForIssue('end', values)).toBe('end');
    expect(formFieldForIssue('end', { ...values, endChoice: 'open' })).toBe('end-choice');
    expect(formFieldForIssue('credit', values)).toBe('credit');
    expect(formFieldForIssue('workingDaysAbsent', values)).toBe('working-days');
    expect(formFieldForIssue('start', values)).toBe('start');
    expect(formFieldForIssue(null, values)).toBe('start');
  });
});
