/** The CCT calculator: what the UI and the timeline engine import. See docs/cct-rules.md. */
export { type Accrual, CREDIT_UNIT, type CreditPeriod, planAccrual } from './accrual';
export {
  REVIEW_THRESHOLDS,
  REVIEW_WINDOW_DAYS,
  maxAbsenceInWindow,
  weekdaysBetween,
} from './absence-review';
export {
  accrualFor,
  calculateCct,
  calculateCctFromValid,
  calculateValidated,
  creditOf,
  shiftDate,
} from './calculate';
export { tisLtftExtensionDays, tisStyleEstimate } from './tis-estimate';
export {
  PERIOD_KINDS,
  TIME_AWAY_KINDS,
  isChangeKind,
  isTimeAway,
  kindNotes,
  mayRunToCompletion,
  type PeriodKind,
  type PeriodLayer,
  type PayTreatment,
  type TimeAwayKind,
} from './kinds';
export {
  CHANGE_KINDS,
  NON_COUNTING_KINDS,
  PROGRAMME_STAGES,
  type AbsenceReview,
  type CctCalculation,
  type CctCertificate,
  type CctChange,
  type CctFailure,
  type CctInput,
  type CctIssue,
  type CctIssueCode,
  type CctProgramme,
  type CctResult,
  type CctSegment,
  type ChangeKind,
  type LtftChange,
  type NonCountingKind,
  type OoprChange,
  type OtherChange,
  type PeriodField,
  type PeriodId,
  type PeriodLocation,
  type ProgrammeStage,
  type SicknessChange,
  type TisComparison,
  type TisNote,
} from './types';
export {
  MAX_CHANGES,
  MAX_PROGRAMME_YEARS,
  WTE_LIMITS,
  type CctValidation,
  validateCctInput,
} from './validate';
export {
  type DateDifference,
  type MonthsAndDays,
  dateDifference,
  describeDifference,
  describeDifferenceInYears,
  formatDays,
  formatMonthsAndDays,
  formatYearsMonthsAndDays,
  spanLength,
} from './difference';
export { type LtftNotice, ltftNotice, ltftNoticeDate } from './notice';
export {
  COMMON_WTE_PERCENTAGES,
  WTE_PERCENT_LIMITS,
  type PercentageReading,
  needsDeansAgreement,
  percentOf,
  readPercentage,
  readWtePercentage,
} from './percentage';
export {
  EMPTY_PERIOD_FORM,
  type PeriodFormError,
  type PeriodFormField,
  type PeriodFormReading,
  type PeriodFormValues,
  formFieldForIssue,
  periodFormValues,
  readPeriodForm,
} from './period-form';
export {
  DIRECT_QUESTIONS,
  DIRECT_STAGES,
  MAX_MONTHS_LEFT,
  type DirectAnswers,
  type DirectCalculation,
  type DirectQuestion,
  type DirectStage,
  type SavedDirectAnswers,
  type TrainingLeft,
  calculateDirect,
  currentCctProblem,
  currentHoursPeriods,
  directAnswersFrom,
  directProgramme,
  firstUnansweredDirectQuestion,
  programmeStageOf,
} from './direct';
export {
  type WorkingRow,
  countsAsSentence,
  formatFullTimeDays,
  fullTimeYearSentence,
  workingRows,
} from './working';
export { MAX_SCENARIOS, type ScenarioOutcome, type ScenarioRow, scenarioRows } from './scenarios';
