import type { IsoDate } from '../dates';
import type { RuleId } from './rule-ids';
import type { SourceId } from './sources';

export type { RuleId };

/** How far a figure can be trusted, as tagged in facts.md: [H], [M] or [L]. */
export type Confidence = 'high' | 'medium' | 'low';

/** A day of the year that recurs, such as 15 October. `month` is 1–12. */
export type MonthDay = { readonly month: number; readonly day: number };

/** Every rule carries where it came from, when that was checked and how much to trust it. */
export type Rule<Value> = {
  readonly id: RuleId;
  /** A short plain-English name shown next to the figure. */
  readonly title: string;
  readonly value: Value;
  readonly sourceId: SourceId;
  /** Further sources that agree with the main one. */
  readonly alsoSourceIds?: readonly SourceId[];
  readonly checkedOn: IsoDate;
  /** When to check it again: after its next expected publication, or a year on (rules/review.ts). */
  readonly reviewBy: IsoDate;
  readonly confidence: Confidence;
  /** What the figure means, and any caveat, in plain English. */
  readonly note: string;
};

/**
 * A rule without its words (title and note): what an engine and a page's sources need. The pay rules
 * are written so (pay.ts), with their words in pay-words.ts, so the pay page does not load words it
 * never shows (issue 14).
 */
export type RuleFacts<Value> = Omit<Rule<Value>, 'title' | 'note'>;

/** A rule whose value is a length of time in whole years. */
export type DurationRule = Rule<{ readonly years: number }>;

/** A yearly window such as an application round: opens and closes on the same days each year. */
export type YearlyWindow = { readonly opens: MonthDay; readonly closes: MonthDay };
