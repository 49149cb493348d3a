/** The Foundation Programme: F1, full GMC registration, F2 and its application round (facts.md §3). */
import type { IsoDate } from '../dates';
import { FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from './checked-on';
import type { DurationRule, Rule } from './types';
import {
  REVIEW_AFTER_RECRUITMENT_FIGURES,
  REVIEW_AFTER_UKFP_TIMELINE,
  REVIEW_WITHIN_A_YEAR,
} from './review';

export const foundationProgrammeLength: DurationRule = {
  id: 'foundation-programme-length',
  title: 'Foundation Programme',
  value: { years: 2 },
  sourceId: 'ukfp-introduction',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Two paid years, F1 and F2, usually in four-month placements: about six placements in all.',
};

export const foundationApplicationWindow: Rule<{
  /** It opens on this weekday (0 Sunday … 6 Saturday) of this month: the fourth Wednesday of September. */
  readonly opens: { readonly month: number; readonly weekday: number; readonly occurrence: number };
  /** It closes this many days after it opens, at midday. */
  readonly closesAfterDays: number;
  /** The windows of the last two rounds, as published. */
  readonly published: readonly { readonly opens: IsoDate; readonly closes: IsoDate }[];
}> = {
  id: 'foundation-application-window',
  title: 'Foundation Programme application window',
  value: {
    opens: { month: 9, weekday: 3, occurrence: 4 },
    closesAfterDays: 14,
    published: [
      { opens: '2024-09-25' as IsoDate, closes: '2024-10-09' as IsoDate },
      { opens: '2025-09-24' as IsoDate, closes: '2025-10-08' as IsoDate },
    ],
  },
  sourceId: 'ukfp-2025-timeline',
  alsoSourceIds: ['ukfp-home', 'ukfp-introduction'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_UKFP_TIMELINE,
  confidence: 'medium',
  note: 'You apply through Oriel in the autumn of your final year. The last two windows opened on the fourth Wednesday of September and closed two weeks later at midday: 25 September to 9 October 2024 (UKFP 2025) and 24 September to 8 October 2025 (UKFP 2026). Later years are projected from that pattern; the UKFP 2027 dates were not found, so check the UK Foundation Programme website.',
};

export const fullGmcRegistration: Rule<{ readonly from: 'first day of F2' }> = {
  id: 'full-gmc-registration',
  title: 'Full GMC registration',
  value: { from: 'first day of F2' },
  sourceId: 'ukfp-f1-completion',
  alsoSourceIds: ['gmc-provisional-registration'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Completing F1 (the F1 certificate of completion and a Certificate of Experience) gives full registration with the GMC from the first day of F2.',
};

export const provisionalRegistrationLimit: Rule<{ readonly days: number }> = {
  id: 'provisional-registration-limit',
  title: 'Provisional registration time limit',
  value: { days: 1125 },
  sourceId: 'gmc-provisional-registration',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Provisional registration after graduating lasts 3 years and 30 days (1,125 days) and only allows work in approved F1 posts.',
};

export const foundationCompletion: Rule<{ readonly certificate: string }> = {
  id: 'foundation-completion',
  title: 'Foundation Programme Certificate of Completion (FPCC)',
  value: { certificate: 'FPCC' },
  sourceId: 'south-tees-foundation',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Finishing F2 gives the FPCC, which you need to start specialty training.',
};

export const progressionAfterFoundation: Rule<{
  readonly cohortYear: number;
  readonly percentInTrainingWithin12Months: number;
}> = {
  id: 'progression-after-foundation',
  title: 'Doctors going straight into specialty training',
  value: { cohortYear: 2023, percentInTrainingWithin12Months: 22.4 },
  sourceId: 'gmc-progression-question',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_RECRUITMENT_FIGURES,
  confidence: 'medium',
  note: 'Only 22.4% of the 2023 F2 group were in specialty training within 12 months (37.5% in 2018). Most doctors take time between Foundation and core training, often called an "F3" year. The figure is from a written parliamentary answer (GMC data), read on a copy of it: the original was not found.',
};
