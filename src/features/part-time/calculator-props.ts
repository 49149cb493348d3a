import type { SavedDirectAnswers } from '../../domain/cct';
import type { IsoDate } from '../../domain/dates';

/** What each of the direct calculator's question pages is given by the app. */
export type CalculatorQuestionProps = {
  readonly answers: SavedDirectAnswers;
  readonly today: IsoDate;
  readonly backHref: string;
  /** Saves the answer; the app then moves on to the next question or the result. */
  readonly onSave: (changes: Partial<SavedDirectAnswers>) => void;
};

export const CALCULATOR_CAPTION = 'Work out a new CCT date';
