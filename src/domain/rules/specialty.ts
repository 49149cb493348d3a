/** Core and higher specialty training into palliative medicine, 2022 curriculum (facts.md §4). */
import type { IsoDate } from '../dates';
import { FACTS_CHECKED_ON } from './checked-on';
import type { DurationRule, Rule, YearlyWindow } from './types';
import {
  REVIEW_AFTER_RECRUITMENT_FIGURES,
  REVIEW_AFTER_RECRUITMENT_TIMELINES,
  REVIEW_AFTER_SCE_DIET,
  REVIEW_WITHIN_A_YEAR,
} from './review';

export const CORE_ROUTES = ['imt', 'accs-im'] as const;
export type CoreRoute = (typeof CORE_ROUTES)[number];

export const rotationStart: Rule<{
  readonly month: number;
  readonly weekday: number;
  readonly nth: 1;
}> = {
  id: 'rotation-start',
  title: 'When training posts start',
  value: { month: 8, weekday: 3, nth: 1 },
  sourceId: 'psro-general-faqs',
  alsoSourceIds: ['psro-eligibility-faqs'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Training posts start in early August, on the first Wednesday of the month. Pathway uses the same day for Foundation, core and specialty years.',
};

export const palliativeGroupOne: Rule<{
  readonly since: IsoDate;
  readonly dualCct: readonly string[];
}> = {
  id: 'palliative-group-1',
  title: 'Palliative medicine is a Group 1 specialty',
  value: { since: '2022-08-01' as IsoDate, dualCct: ['Palliative Medicine', 'Internal Medicine'] },
  sourceId: 'federation-palliative-medicine',
  alsoSourceIds: ['psro-palliative-medicine', 'nw-palliative-medicine', 'gmc-palliative-guidance'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Since August 2022 palliative medicine trains alongside internal medicine and ends with a certificate (CCT) in both. Entry is at ST4 after core training.',
};

export const coreTrainingLengths: Readonly<Record<CoreRoute, DurationRule>> = {
  imt: {
    id: 'imt-length',
    title: 'Internal Medicine Training (IMT)',
    value: { years: 3 },
    sourceId: 'jrcptb-im-curriculum-faqs',
    alsoSourceIds: ['psro-eligibility'],
    checkedOn: FACTS_CHECKED_ON,
    reviewBy: REVIEW_WITHIN_A_YEAR,
    confidence: 'high',
    note: 'IMT is a 3-year programme (it replaced core medical training in 2019). Group 1 specialties need all 3 years. The step from IMT year 2 to year 3 is where you become a medical registrar.',
  },
  'accs-im': {
    id: 'accs-im-length',
    title: 'Acute Care Common Stem, internal medicine (ACCS-IM)',
    value: { years: 4 },
    sourceId: 'accs-im-trainees',
    alsoSourceIds: ['imt-about-accs'],
    checkedOn: FACTS_CHECKED_ON,
    reviewBy: REVIEW_WITHIN_A_YEAR,
    confidence: 'high',
    note: 'ACCS-IM lasts 4 years: 2 years across emergency medicine, acute medicine, anaesthetics and intensive care, then IMT years 2 and 3. You apply through the same round as IMT.',
  },
};

export const coreApplicationWindow: Rule<YearlyWindow> = {
  id: 'core-application-window',
  title: 'IMT and ACCS-IM application window',
  value: { opens: { month: 10, day: 26 }, closes: { month: 12, day: 1 } },
  sourceId: 'medcourse-imt-recruitment',
  alsoSourceIds: ['imt-dates-posts-2022', 'imt-round-2', 'imt-after-submission'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_RECRUITMENT_TIMELINES,
  confidence: 'medium',
  note: 'One national round a year (no Round 2 since 2021). Recent windows: 26 October to 23 November 2023 and 4 November to 1 December 2021. Interviews follow in January to March and posts start in August. There are separate vacancies for England, Northern Ireland and Wales, and for Scotland: apply to one only, or the first application is withdrawn. Applicants who apply only to IMT in a round get extra shortlisting points.',
};

export const imtCompetition: Rule<{ readonly year: number; readonly applicationsPerPost: number }> =
  {
    id: 'imt-competition',
    title: 'Competition for IMT and ACCS-IM',
    value: { year: 2025, applicationsPerPost: 5.27 },
    sourceId: 'rcp-imt-ratios-2025',
    alsoSourceIds: ['specialty-applications-imt-ratios'],
    checkedOn: FACTS_CHECKED_ON,
    reviewBy: REVIEW_AFTER_RECRUITMENT_FIGURES,
    confidence: 'high',
    note: 'In 2025 there were 8,841 applications for 1,678 posts (5.27 per post), up from 2.64 in 2023. This is now a round old: no figure for the 2026 round was found.',
  };

export const mrcpByStFourOffer: Rule<{
  readonly partOneBy: 'application';
  readonly fullDiplomaBy: 'offer';
}> = {
  id: 'mrcp-by-st4-offer',
  title: 'MRCP(UK) for ST4',
  value: { partOneBy: 'application', fullDiplomaBy: 'offer' },
  sourceId: 'west-midlands-imt-pathway',
  alsoSourceIds: ['accs-im-trainees', 'cardiology-st4-2023-spec'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_RECRUITMENT_TIMELINES,
  confidence: 'medium',
  note: 'You need the full MRCP(UK) diploma to complete core training. Group 1 ST4 person specifications ask for Part 1 when you apply and the full diploma by the offer date. The palliative medicine person specification for 2026 was not checked.',
};

export const higherTrainingLength: DurationRule = {
  id: 'higher-training-length',
  title: 'Higher specialty training (ST4 to ST7)',
  value: { years: 4 },
  sourceId: 'nw-palliative-medicine',
  alsoSourceIds: ['london-palliative-training', 'federation-palliative-medicine'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'ST4 to ST7 take an indicative 4 years full time, including about 12 months of acute unselected take, at least a year in a hospice and time with hospital and community teams.',
};

export const stFourApplicationWindow: Rule<YearlyWindow> = {
  id: 'st4-application-window',
  title: 'ST4 palliative medicine application round',
  value: { opens: { month: 11, day: 1 }, closes: { month: 12, day: 31 } },
  sourceId: 'psro-general-faqs',
  alsoSourceIds: ['psro-eligibility-faqs', 'psro-palliative-medicine'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_RECRUITMENT_TIMELINES,
  confidence: 'medium',
  note: 'National recruitment (England, Scotland, Wales and Northern Ireland). Round 1 is advertised around November to December for posts from early August the next year. The interview has about 4 stations.',
};

export const specialtyCertificateExam: Rule<{
  readonly everyMonths: number;
  readonly publishedDiets: readonly IsoDate[];
  readonly projectedDayOfMonth: number;
  readonly usualTrainingYear: 'penultimate';
}> = {
  id: 'sce-diets',
  title: 'Specialty Certificate Examination (SCE) in palliative medicine',
  value: {
    everyMonths: 9,
    publishedDiets: ['2025-12-10' as IsoDate, '2026-09-16' as IsoDate],
    projectedDayOfMonth: 16,
    usualTrainingYear: 'penultimate',
  },
  sourceId: 'federation-sce-palliative',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_SCE_DIET,
  confidence: 'high',
  note: 'Held every 9 months (16 September 2026; applications 27 May to 24 June 2026) and usually sat in the penultimate year of higher training. Whether a pass is required for CCT under the 2022 curriculum was not confirmed.',
};

export const annualReview: Rule<{ readonly everyMonths: number }> = {
  id: 'arcp-yearly',
  title: 'Annual Review of Competence Progression (ARCP)',
  value: { everyMonths: 12 },
  sourceId: 'jrcptb-ltft',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Every doctor in training has an ARCP each year. Provisional CCT dates are confirmed or revised at ARCP.',
};

export const dualCctSameDate: Rule<{ readonly sameDate: true }> = {
  id: 'dual-cct-same-date',
  title: 'Dual CCT in palliative medicine and internal medicine',
  value: { sameDate: true },
  sourceId: 'jrcptb-faqs',
  alsoSourceIds: ['gmc-palliative-guidance'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'The Certificate of Completion of Training (CCT) in the specialty and in internal medicine must have the same date. It leads to the GMC Specialist Register.',
};

export const minimumPostFoundationYears: Rule<Readonly<Record<CoreRoute, number>>> = {
  id: 'minimum-post-foundation-years',
  title: 'Shortest time from Foundation to CCT',
  value: { imt: 7, 'accs-im': 8 },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['psro-eligibility', 'nw-palliative-medicine', 'accs-im-trainees'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Full time with no gaps: 3 years of IMT and 4 of higher training make 7 years; through ACCS-IM it is 8.',
};

export const palliativeConsultantsLtft: Rule<{
  readonly percent: number;
  readonly censusYear: number;
}> = {
  id: 'palliative-consultants-ltft',
  title: 'Palliative medicine consultants working less than full time',
  value: { percent: 57, censusYear: 2020 },
  sourceId: 'spcare-ltft-consultants',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: '57% of palliative medicine consultants worked less than full time in 2020 (29% in 2004). Training part time extends training in proportion.',
};
