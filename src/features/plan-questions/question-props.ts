import type { IsoDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';

/** What every question page is given by the app. */
export type QuestionProps = {
  readonly answers: PlanAnswers;
  readonly today: IsoDate;
  readonly backHref: string;
  /** Saves the answer; the app then moves on to the next question or back to the check page. */
  readonly onSave: (changes: Partial<PlanAnswers>) => void;
};
