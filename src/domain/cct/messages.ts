/**
 * The words for the CCT problems that more than one check or page reports (issue 16). A check passes a
 * code and the values the words need; this is the one place they become English, so one problem reads
 * the same wherever it is found and its figures come from the limits, not from retyped numbers.
 *
 * Why here and not in the UI: the engine's issues carry their message, which the fixture runners, the
 * timeline and the pages all read, so the words must be reachable from the domain; the pages import
 * this module for the words they put together themselves. It is pure (no React, no clock). Messages
 * that only one place writes keep their words where they are.
 */
import { type IsoDate, formatLongDate } from '../dates';
import { type ChangeKind, PERIOD_KINDS } from './kinds';
import { LAST_DATE, MAX_PROGRAMME_YEARS, MAX_YEARS_TO_CCT } from './limits';

/** Which hours a percentage is asked for: a period being planned, or the hours worked now. */
export type HoursAskedFor = 'planned' | 'current';

/** The values each code's words need. */
type MessageParams = {
  /** An end date before its start date: the full-time CCT, a period's end, or the period form's end. */
  readonly 'end-before-start':
    | { readonly of: 'programme' }
    | { readonly of: 'period'; readonly kind: ChangeKind }
    | { readonly of: 'form' };
  /** Past the calculator's limit of MAX_PROGRAMME_YEARS, counted from the programme start or today, or as training left. */
  readonly 'programme-too-long': {
    readonly from: 'programme-start' | 'today' | 'training-left';
  };
  /**
   * A period starting before the first day counted: the programme start, or (the direct calculator)
   * the day the current CCT date counts from.
   */
  readonly 'before-programme-start':
    | {
        readonly countedFrom: 'programme';
        readonly programmeStart: IsoDate;
        readonly kind: ChangeKind;
      }
    | { readonly countedFrom: 'current-cct'; readonly programmeStart: IsoDate };
  /** A CCT no programme allows (late-cct.ts): past 30 years, or past the last date; or so if sickness were made up. */
  readonly 'cct-too-late': {
    readonly limit: 'thirty-years' | 'last-date';
    readonly ifSicknessMadeUp: boolean;
  };
  /** A route past the last date the engines work with (only a wrong clock gives one). */
  readonly 'route-too-late': Readonly<Record<never, never>>;
  /** A result with an impossible value: a fault in the arithmetic, never expected (result-guard.ts). */
  readonly 'engine-fault': Readonly<Record<never, never>>;
  /** No percentage of full time chosen. */
  readonly 'wte-not-chosen': { readonly hours: HoursAskedFor };
  /** "Other" chosen, with no percentage typed. */
  readonly 'wte-not-entered': { readonly hours: HoursAskedFor };
};

export type CctMessageCode = keyof MessageParams;

/** A problem as a check reports it: its code and the values its words need. */
export type CctMessage<Code extends CctMessageCode = CctMessageCode> = {
  [C in Code]: { readonly code: C } & MessageParams[C];
}[Code];

/** One function a code: a code without words, or words for no code, does not compile. */
type WordsTable = { readonly [C in CctMessageCode]: (message: CctMessage<C>) => string };

const LATEST_DATE = `${formatLongDate(LAST_DATE)}, the latest date Pathway can work with`;

const HOURS_WORDS: Readonly<Record<HoursAskedFor, string>> = {
  planned: 'you will work',
  current: 'you work now',
};

/** How a kind is named inside a sentence ("the end date of the career break (OOPC)"). */
function inSentence(kind: ChangeKind): string {
  return PERIOD_KINDS[kind].inSentence;
}

const WORDS: WordsTable = {
  'end-before-start': (message) => {
    switch (message.of) {
      case 'programme':
        return 'The full-time CCT date must be the same as or after the programme start date';
      case 'period':
        return `The end date of the ${inSentence(message.kind)} must be the same as or after its start date`;
      case 'form':
        return 'The end date must be the same as or after the start date';
    }
  },
  'programme-too-long': ({ from }) => {
    switch (from) {
      case 'programme-start':
        return `The full-time CCT date must be less than ${MAX_PROGRAMME_YEARS} years after the programme start date`;
      case 'today':
        return `Your current CCT date must be less than ${MAX_PROGRAMME_YEARS} years from today`;
      case 'training-left':
        return `Training left must be less than ${MAX_PROGRAMME_YEARS} years`;
    }
  },
  'before-programme-start': (message) =>
    message.countedFrom === 'programme'
      ? `The ${inSentence(message.kind)} must start on or after ${formatLongDate(message.programmeStart)}, the first day of the training being worked out. Time before then is not counted here`
      : `Enter a start date on or after ${formatLongDate(message.programmeStart)}. Your current CCT date already counts the training before it.`,
  'cct-too-late': ({ limit, ifSicknessMadeUp }) => {
    const when =
      limit === 'thirty-years'
        ? `more than ${MAX_YEARS_TO_CCT} years after you started training`
        : `after ${LATEST_DATE}`;
    if (ifSicknessMadeUp)
      return `If this sickness had to be made up, your CCT date would be ${when}. Check the dates of the sickness absence.`;
    // Past the last date, a date typed wrongly may be the cause as well as a percentage or credit.
    return limit === 'thirty-years'
      ? `Your CCT date would be ${when}. Check the percentages and credits you entered.`
      : `Your CCT date would be ${when}. Check the dates, percentages and credits you entered.`;
  },
  'route-too-late': () =>
    `Your route would go past ${LATEST_DATE}. Check today’s date on your device.`,
  'engine-fault': () =>
    'Pathway could not work out a date from these periods. Check the dates, percentages and credits you entered, and remove any period that does not look right.',
  'wte-not-chosen': ({ hours }) => `Select the percentage of full time ${HOURS_WORDS[hours]}`,
  'wte-not-entered': ({ hours }) => `Enter the percentage of full time ${HOURS_WORDS[hours]}`,
};

/**
 * The plain-English words for a problem, as every place that reports it shows them (callers that end
 * every message with a full stop still do so: asSentences in validate.ts, withFullStops on the pages).
 */
export function cctMessage<Code extends CctMessageCode>(message: CctMessage<Code>): string {
  const words: (message: CctMessage<Code>) => string = WORDS[message.code];
  return words(message);
}
