/** The Foundation Programme: F1, full GMC registration, F2 and its application round (facts.md §3). */
import { FACTS_CHECKED_ON } from './sources';
import type { DurationRule, Rule, YearlyWindow } from './types';

export const foundationProgrammeLength: DurationRule = {
  id: 'foundation-programme-length',
  title: 'Foundation Programme',
  value: { years: 2 },
  sourceId: 'ukfp-introduction',
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'high',
  note: 'Two paid years, F1 and F2, usually in four-month placements: about six placements in all.',
};

export const foundationApplicationWindow: Rule<YearlyWindow> = {
  id: 'foundation-application-window',
  title: 'Foundation Programme application window',
  value: { opens: { month: 9, day: 20 }, closes: { month: 10, day: 4 } },
  sourceId: 'ukfp-2024-applicant-presentation',
  alsoSourceIds: ['ukfp-introduction'],
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'medium',
  note: 'You apply through Oriel in the autumn of your final year. For 2024 the window ran from 20 September to 4 October; later years are projected from that, so check the UK Foundation Programme website.',
};

export const fullGmcRegistration: Rule<{ readonly from: 'first day of F2' }> = {
  id: 'full-gmc-registration',
  title: 'Full GMC registration',
  value: { from: 'first day of F2' },
  sourceId: 'ukfp-f1-completion',
  alsoSourceIds: ['gmc-provisional-registration'],
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'high',
  note: 'Completing F1 (the F1 certificate of completion and a Certificate of Experience) gives full registration with the GMC from the first day of F2.',
};

export const provisionalRegistrationLimit: Rule<{ readonly days: number }> = {
  id: 'provisional-registration-limit',
  title: 'Provisional registration time limit',
  value: { days: 1125 },
  sourceId: 'gmc-provisional-registration',
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'high',
  note: 'Provisional registration after graduating lasts 3 years and 30 days (1,125 days) and only allows work in approved F1 posts.',
};

export const foundationCompletion: Rule<{ readonly certificate: string }> = {
  id: 'foundation-completion',
  title: 'Foundation Programme Certificate of Completion (FPCC)',
  value: { certificate: 'FPCC' },
  sourceId: 'south-tees-foundation',
  checkedOn: FACTS_CHECKED_ON,
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
  confidence: 'high',
  note: 'Only 22.4% of the 2023 F2 group were in specialty training within 12 months (37.5% in 2018). Most doctors take time between Foundation and core training, often called an "F3" year.',
};
