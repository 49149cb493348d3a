/**
 * Less than full time training by nation: how much notice to give (rules `ltft-notice-<nation>`), who can
 * apply and who approves it. England asks for 16 weeks, Scotland 3 months and Wales 4 months; Pathway
 * found no figure for Northern Ireland, so it gives no date to apply by there rather than England's.
 */
import { type IsoDate, addDays, addMonths } from '../dates';
import {
  LTFT_NATIONS,
  type LtftApprovalRule,
  type LtftEligibilityRule,
  type LtftNation,
  type LtftNoticeLength,
  type LtftNoticeRule,
  ltftApprovalEngland,
  ltftApprovalNorthernIreland,
  ltftApprovalScotland,
  ltftApprovalWales,
  ltftEligibilityEngland,
  ltftEligibilityNorthernIreland,
  ltftEligibilityScotland,
  ltftEligibilityWales,
  ltftNoticeEngland,
  ltftNoticeNorthernIreland,
  ltftNoticeScotland,
  ltftNoticeWales,
} from '../rules/ltft';
import type { RuleId } from '../rules/types';

export type { LtftNation, LtftNoticeLength };

/** A nation's rules for less than full time training, and how the pages name the nation. */
export type LtftNationRules = {
  readonly nation: LtftNation;
  /** "Scotland", as in "in Scotland". */
  readonly name: string;
  /** Who runs training there, in a sentence: "NHS Education for Scotland (NES)". */
  readonly body: string;
  readonly notice: LtftNoticeRule;
  readonly eligibility: LtftEligibilityRule;
  readonly approval: LtftApprovalRule;
};

export const LTFT_RULES_BY_NATION: Readonly<Record<LtftNation, LtftNationRules>> = {
  england: {
    nation: 'england',
    name: 'England',
    body: 'NHS England',
    notice: ltftNoticeEngland,
    eligibility: ltftEligibilityEngland,
    approval: ltftApprovalEngland,
  },
  scotland: {
    nation: 'scotland',
    name: 'Scotland',
    body: 'NHS Education for Scotland (NES)',
    notice: ltftNoticeScotland,
    eligibility: ltftEligibilityScotland,
    approval: ltftApprovalScotland,
  },
  wales: {
    nation: 'wales',
    name: 'Wales',
    body: 'Health Education and Improvement Wales (HEIW)',
    notice: ltftNoticeWales,
    eligibility: ltftEligibilityWales,
    approval: ltftApprovalWales,
  },
  'northern-ireland': {
    nation: 'northern-ireland',
    name: 'Northern Ireland',
    body: 'the Northern Ireland Medical and Dental Training Agency (NIMDTA)',
    notice: ltftNoticeNorthernIreland,
    eligibility: ltftEligibilityNorthernIreland,
    approval: ltftApprovalNorthernIreland,
  },
};

/** Where nothing says which nation (a CCT fixture, an old plan), England's rules apply. */
export const DEFAULT_LTFT_NATION: LtftNation = 'england';

export function isLtftNation(value: unknown): value is LtftNation {
  return (LTFT_NATIONS as readonly unknown[]).includes(value);
}

/** The nation named by saved or typed data, or England when it names none. */
export function ltftNationOf(value: unknown): LtftNation {
  return isLtftNation(value) ? value : DEFAULT_LTFT_NATION;
}

/** A nation's rules: its notice, who can apply and who approves, each with its source. */
export function ltftRulesFor(nation: LtftNation): LtftNationRules {
  return LTFT_RULES_BY_NATION[nation];
}

/** The rule ids behind a nation's less than full time rules, for its sources. */
export function ltftRuleIdsFor(nation: LtftNation): readonly RuleId[] {
  const rules = LTFT_RULES_BY_NATION[nation];
  return [rules.eligibility.id, rules.approval.id, rules.notice.id];
}

/** The notice a nation asks for, or null where Pathway found no figure. */
export function ltftNoticeLength(nation: LtftNation): LtftNoticeLength | null {
  return LTFT_RULES_BY_NATION[nation].notice.value.notice;
}

/** "16 weeks", "3 months", "1 month". */
export function formatNoticeLength({ count, unit }: LtftNoticeLength): string {
  return `${count} ${count === 1 ? unit.slice(0, -1) : unit}`;
}

/** "16 weeks’ notice", "1 month’s notice". */
export function formatNotice(length: LtftNoticeLength): string {
  return `${formatNoticeLength(length)}${length.count === 1 ? '’s' : '’'} notice`;
}

/**
 * The last day to apply for a start on `start`: so many weeks before it (7 days each), or so many
 * calendar months before it (the 31st becomes the last day of a shorter month).
 */
export function applyByDate(start: IsoDate, length: LtftNoticeLength): IsoDate {
  return length.unit === 'weeks'
    ? addDays(start, -7 * length.count)
    : addMonths(start, -length.count);
}

/** The last day to apply to start less than full time training on `start` in `nation`, or null. */
export function ltftNoticeDate(start: IsoDate, nation: LtftNation): IsoDate | null {
  const length = ltftNoticeLength(nation);
  return length === null ? null : applyByDate(start, length);
}

export type LtftNotice = {
  /** The last day to apply for a start on `start`. */
  readonly applyBy: IsoDate;
  readonly length: LtftNoticeLength;
  /**
   * `in-time`: the apply-by date is today or later. `short`: it has passed but the period has not
   * started, so there is less notice than asked for. `started`: the period starts before today.
   */
  readonly status: 'in-time' | 'short' | 'started';
};

/**
 * When to apply for less than full time training starting on `start` in `nation`, as seen on `today`;
 * null where Pathway found no notice period for the nation.
 */
export function ltftNotice(start: IsoDate, today: IsoDate, nation: LtftNation): LtftNotice | null {
  const length = ltftNoticeLength(nation);
  if (length === null) return null;
  const applyBy = applyByDate(start, length);
  const status = start < today ? 'started' : applyBy < today ? 'short' : 'in-time';
  return { applyBy, length, status };
}

/**
 * The warning for a period that starts with less notice than the nation asks for (no full stop: the
 * calculator's messages are sentences without one), or null where there is no figure to warn about.
 */
export function ltftNoticeWarning(nation: LtftNation): string | null {
  const length = ltftNoticeLength(nation);
  if (length === null) return null;
  const { name } = LTFT_RULES_BY_NATION[nation];
  const asked =
    nation === 'wales'
      ? `In Wales you should apply at least ${formatNoticeLength(length)} before you start training less than full time`
      : `In ${name} you need to give at least ${formatNotice(length)} to train less than full time`;
  return `${asked}. Check the start date with your training programme director`;
}
