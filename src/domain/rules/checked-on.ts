// The days the fact bases were checked, on their own so a rule can name one without loading the
// sources catalogue (sources.ts).
import type { IsoDate } from '../dates';

/** The day the fact base (shared/domain/facts.md) was checked against these pages. */
export const FACTS_CHECKED_ON = '2026-11-24' as IsoDate;
/** When facts from ../shared/domain/facts-update-2026-12.md, and the checks made with it, were checked. */
export const UPDATE_CHECKED_ON = '2026-12-07' as IsoDate;

/** The day the CCT research report (shared/domain/cct-rule.md) was checked against its sources. */
export const CCT_RULE_CHECKED_ON = '2026-11-25' as IsoDate;
