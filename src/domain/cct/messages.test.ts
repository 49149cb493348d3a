import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import { type CctMessage, type CctMessageCode, cctMessage } from './messages';
import { asSentences } from './validate';

/**
 * The words each problem read before its words moved here (issue 16), copied from what the checks and
 * pages showed a person (with the full stop every caller adds) (the calculator, the period form, the direct calculator, the late-CCT and result guards,
 * the timeline guard and the part-time questions), not from this module. Every code has a row: a new
 * code without one does not compile.
 */
const CASES = {
  'end-before-start': [
    [
      { code: 'end-before-start', of: 'programme' },
      'The full-time CCT date must be the same as or after the programme start date.',
    ],
    [
      { code: 'end-before-start', of: 'period', kind: 'ltft' },
      'The end date of the less than full time period must be the same as or after its start date.',
    ],
    [
      { code: 'end-before-start', of: 'period', kind: 'oopc' },
      'The end date of the career break (OOPC) must be the same as or after its start date.',
    ],
    [
      { code: 'end-before-start', of: 'period', kind: 'sickness' },
      'The end date of the sickness absence must be the same as or after its start date.',
    ],
    [
      { code: 'end-before-start', of: 'form' },
      'The end date must be the same as or after the start date.',
    ],
  ],
  'programme-too-long': [
    [
      { code: 'programme-too-long', from: 'programme-start' },
      'The full-time CCT date must be less than 20 years after the programme start date.',
    ],
    [
      { code: 'programme-too-long', from: 'today' },
      'Your current CCT date must be less than 20 years from today.',
    ],
    [
      { code: 'programme-too-long', from: 'training-left' },
      'Training left must be less than 20 years.',
    ],
  ],
  'before-programme-start': [
    [
      {
        code: 'before-programme-start',
        kind: 'oopr',
        programmeStart: isoDate(2026, 8, 5),
        countedFrom: 'programme',
      },
      'The OOPR must start on or after 5 August 2026, the first day of the training being worked out. Time before then is not counted here.',
    ],
    [
      {
        code: 'before-programme-start',
        kind: 'oopc',
        programmeStart: isoDate(2026, 8, 5),
        countedFrom: 'programme',
      },
      'The career break (OOPC) must start on or after 5 August 2026, the first day of the training being worked out. Time before then is not counted here.',
    ],
    [
      {
        code: 'before-programme-start',
        programmeStart: isoDate(2026, 8, 5),
        countedFrom: 'current-cct',
      },
      'Enter a start date on or after 5 August 2026. Your current CCT date already counts the training before it.',
    ],
  ],
  'cct-too-late': [
    [
      { code: 'cct-too-late', limit: 'thirty-years', ifSicknessMadeUp: false },
      'Your CCT date would be more than 30 years after you started training. Check the percentages and credits you entered.',
    ],
    [
      { code: 'cct-too-late', limit: 'last-date', ifSicknessMadeUp: false },
      'Your CCT date would be after 31 December 2200, the latest date Pathway can work with. Check the dates, percentages and credits you entered.',
    ],
    [
      { code: 'cct-too-late', limit: 'thirty-years', ifSicknessMadeUp: true },
      'If this sickness had to be made up, your CCT date would be more than 30 years after you started training. Check the dates of the sickness absence.',
    ],
    [
      { code: 'cct-too-late', limit: 'last-date', ifSicknessMadeUp: true },
      'If this sickness had to be made up, your CCT date would be after 31 December 2200, the latest date Pathway can work with. Check the dates of the sickness absence.',
    ],
  ],
  'route-too-late': [
    [
      { code: 'route-too-late' },
      'Your route would go past 31 December 2200, the latest date Pathway can work with. Check today’s date on your device.',
    ],
  ],
  'engine-fault': [
    [
      { code: 'engine-fault' },
      'Pathway could not work out a date from these periods. Check the dates, percentages and credits you entered, and remove any period that does not look right.',
    ],
  ],
  'wte-not-chosen': [
    [
      { code: 'wte-not-chosen', hours: 'planned' },
      'Select the percentage of full time you will work.',
    ],
    [
      { code: 'wte-not-chosen', hours: 'current' },
      'Select the percentage of full time you work now.',
    ],
  ],
  'wte-not-entered': [
    [
      { code: 'wte-not-entered', hours: 'planned' },
      'Enter the percentage of full time you will work.',
    ],
    [
      { code: 'wte-not-entered', hours: 'current' },
      'Enter the percentage of full time you work now.',
    ],
  ],
} satisfies {
  readonly [C in CctMessageCode]: readonly (readonly [CctMessage<C>, string])[];
};

const ROWS = Object.values(CASES).flat();

describe('cctMessage', () => {
  it.each(ROWS)('%o reads as before', (message, expected) => {
    // Callers end each message with a full stop (asSentences, withFullStops): what the person reads.
    expect(asSentences(cctMessage(message))).toBe(expected);
  });

  it('gives every code words that end a sentence once its caller adds the full stop', () => {
    for (const code of Object.keys(CASES) as CctMessageCode[]) {
      expect(CASES[code].length, code).toBeGreaterThan(0);
      for (const [message] of CASES[code]) {
        expect(message.code).toBe(code);
        expect(asSentences(cctMessage(message))).toMatch(/^[A-Z].*\S\.$/);
      }
    }
  });
});
