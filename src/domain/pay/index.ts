/** The pay engine: what the UI imports. See docs/pay-rules.md. */
// Pay rules are findable by id (for their sources) wherever the pay engine is loaded.
import '../rules/pay-topic';
export { buildPay, payForTimeline, roundHalfUp } from './pay-for-timeline';
export { gradeLabel, gradeSchedule, payPointFor, YEARS_SHOWN_AFTER_APPOINTMENT } from './grades';
export { financialYearLabel, rateFor } from './rates';
export type {
  Grade,
  PayMonth,
  PayNote,
  PayNoteId,
  PayPart,
  PayPartKind,
  PayPoint,
  PayResult,
  PaySummary,
  PayYear,
  PayYearStatus,
  UnknownReason,
} from './types';
