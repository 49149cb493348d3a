/** Getting into medical school: admissions tests, the UCAS deadline, interviews and offers (facts.md §1). */
import type { IsoDate } from '../dates';
import { FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from './checked-on';
import type { MonthDay, Rule, YearlyWindow } from './types';
import { REVIEW_AFTER_UCAS_DATES, REVIEW_AFTER_UCAT_DATES, REVIEW_WITHIN_A_YEAR } from './review';

/** The UCAT dates for one test cycle, named by the year the test is sat in. */
export type UcatCycleDates = {
  readonly registrationOpens: IsoDate;
  readonly bookingOpens: IsoDate;
  readonly testingStarts: IsoDate;
  readonly accessArrangementsDeadline: IsoDate;
  readonly bookingDeadline: IsoDate;
  readonly lastTestDay: IsoDate;
};

export const ucasMedicineDeadline: Rule<{
  readonly yearly: MonthDay;
  readonly time: string;
  /** Deadlines published for a given entry year. */
  readonly publishedByEntryYear: Readonly<Record<number, IsoDate>>;
}> = {
  id: 'ucas-medicine-deadline',
  title: 'UCAS deadline for medicine',
  value: {
    yearly: { month: 10, day: 15 },
    time: '18:00',
    publishedByEntryYear: { 2026: '2025-10-15' as IsoDate, 2027: '2026-10-15' as IsoDate },
  },
  sourceId: 'ucas-deadlines',
  alsoSourceIds: ['ucat-test-cycle'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_UCAS_DATES,
  confidence: 'high',
  note: 'Applications for medicine close at 18:00 UK time on 15 October, the year before the course starts.',
};

export const projectedDatesOnWorkingDays: Rule<{
  /** The deadline that fell on a weekend, and the working day it moved to. */
  readonly precedent: { readonly yearly: IsoDate; readonly movedTo: IsoDate };
}> = {
  id: 'projected-dates-on-working-days',
  title: 'Projected dates fall on working days',
  value: { precedent: { yearly: '2023-10-15' as IsoDate, movedTo: '2023-10-16' as IsoDate } },
  sourceId: 'ucas-deadline-2023-moved-to-monday',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'When a date projected from a yearly pattern falls on a Saturday or Sunday, Pathway expects it on the next working day: UCAS moved its 15 October deadline in 2023, a Sunday, to Monday 16 October. The real date is published nearer the time.',
};

export const ucasMedicineChoices: Rule<{ readonly medicine: number; readonly other: number }> = {
  id: 'ucas-medicine-choices',
  title: 'Medicine choices on a UCAS application',
  value: { medicine: 4, other: 1 },
  sourceId: 'revisionmedics-ucas',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_UCAS_DATES,
  confidence: 'medium',
  note: 'You can choose up to 4 medicine courses and 1 course in another subject.',
};

export const ucatPublishedDates: Rule<{
  readonly byTestYear: Readonly<Record<number, UcatCycleDates>>;
}> = {
  id: 'ucat-published-dates',
  title: 'UCAT 2026 key dates (for 2027 entry)',
  value: {
    byTestYear: {
      2026: {
        registrationOpens: '2026-05-20' as IsoDate,
        bookingOpens: '2026-06-23' as IsoDate,
        testingStarts: '2026-07-13' as IsoDate,
        accessArrangementsDeadline: '2026-09-10' as IsoDate,
        bookingDeadline: '2026-09-16' as IsoDate,
        lastTestDay: '2026-09-24' as IsoDate,
      },
    },
  },
  sourceId: 'ucat-booking',
  alsoSourceIds: ['bluepeanut-ucat-registration'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_UCAT_DATES,
  confidence: 'high',
  note: 'Registration opens 20 May 2026 at 14:00; booking closes 16 September 2026 at 15:00; the last test day is 24 September 2026. You can sit the UCAT once a year.',
};

export const ucatYearlyPattern: Rule<{
  readonly registrationOpens: MonthDay;
  readonly bookingDeadline: MonthDay;
  readonly lastTestDay: MonthDay;
}> = {
  id: 'ucat-yearly-pattern',
  title: 'UCAT dates in later years (projected)',
  value: {
    registrationOpens: { month: 5, day: 20 },
    bookingDeadline: { month: 9, day: 16 },
    lastTestDay: { month: 9, day: 24 },
  },
  sourceId: 'ucat-booking',
  alsoSourceIds: ['ucat-test-cycle'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_UCAT_DATES,
  confidence: 'medium',
  note: 'The UCAT is sat in the summer before you apply. Later years are projected from the 2026 dates, so treat them as estimates until the UCAT Consortium publishes them.',
};

export const gamsatSittings: Rule<{ readonly months: readonly number[] }> = {
  id: 'gamsat-sittings',
  title: 'GAMSAT sittings',
  value: { months: [3, 9] },
  sourceId: 'gamsat-eligibility',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Some graduate-entry courses ask for GAMSAT instead of UCAT. It is sat in March and September, can be re-sat, and results last about 2 years.',
};

export const medicalSchoolInterviews: Rule<YearlyWindow> = {
  id: 'medical-school-interviews',
  title: 'Medical school interviews',
  value: { opens: { month: 11, day: 1 }, closes: { month: 3, day: 31 } },
  sourceId: 'interview-decision-dates',
  alsoSourceIds: ['sunderland-after-interview'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Most schools use multiple mini interviews (MMIs) between November or December and February or March. Interviews ask you to show NHS values such as compassion and respect.',
};

export const medicalSchoolOffers: Rule<MonthDay> = {
  id: 'medical-school-offers',
  title: 'Medical school decisions',
  value: { month: 3, day: 31 },
  sourceId: 'interview-decision-dates',
  alsoSourceIds: ['sunderland-after-interview'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Most offers are made in February and March. UCAS asks universities to decide by 31 March for applications made by the January deadline.',
};

export const oxfordMinimumAge: Rule<{ readonly age: number; readonly by: MonthDay }> = {
  id: 'oxford-minimum-age',
  title: 'Minimum age at Oxford',
  value: { age: 18, by: { month: 11, day: 1 } },
  sourceId: 'oxford-medicine-requirements',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Oxford requires medicine students to be at least 18 by 1 November of the year they start.',
};
