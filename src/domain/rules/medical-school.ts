/** Medical school: course lengths by route, intercalation and when courses run (facts.md §2, §3). */
import { FACTS_CHECKED_ON } from './checked-on';
import type { DurationRule, MonthDay, Rule } from './types';
import { REVIEW_WITHIN_A_YEAR } from './review';

export const MEDICAL_SCHOOL_ROUTES = [
  'standard',
  'integrated-degree',
  'gateway',
  'graduate-entry',
] as const;
export type MedicalSchoolRoute = (typeof MEDICAL_SCHOOL_ROUTES)[number];

export const courseLengths: Readonly<Record<MedicalSchoolRoute, DurationRule>> = {
  standard: {
    id: 'course-length-standard',
    title: 'Standard entry medicine (A100)',
    value: { years: 5 },
    sourceId: 'msc-entry-requirements',
    alsoSourceIds: ['medistudents-entry-requirements'],
    checkedOn: FACTS_CHECKED_ON,
    reviewBy: REVIEW_WITHIN_A_YEAR,
    confidence: 'high',
    note: 'Standard entry courses usually last 5 years.',
  },
  'integrated-degree': {
    id: 'course-length-integrated-degree',
    title: '6-year course with an integrated degree',
    value: { years: 6 },
    sourceId: 'cambridge-lucy-medicine',
    alsoSourceIds: ['ucas-course-oxford-a100'],
    checkedOn: FACTS_CHECKED_ON,
    reviewBy: REVIEW_WITHIN_A_YEAR,
    confidence: 'high',
    note: 'Some courses include a science degree (BSc or BA) and last 6 years: Oxford and Cambridge, and Imperial and UCL (MBBS with BSc).',
  },
  gateway: {
    id: 'course-length-gateway',
    title: 'Medicine with a gateway or foundation year',
    value: { years: 6 },
    sourceId: 'msc-gateway-courses',
    alsoSourceIds: ['lancaster-gateway-year'],
    checkedOn: FACTS_CHECKED_ON,
    reviewBy: REVIEW_WITHIN_A_YEAR,
    confidence: 'high',
    note: 'Gateway courses add a first year for applicants who meet widening participation criteria, making 6 years in all. Entry rules vary by school.',
  },
  'graduate-entry': {
    id: 'course-length-graduate-entry',
    title: 'Graduate entry medicine (A101)',
    value: { years: 4 },
    sourceId: 'msc-oxford-graduate-entry',
    alsoSourceIds: ['cambridge-graduate-course', 'bma-graduate-entry'],
    checkedOn: FACTS_CHECKED_ON,
    reviewBy: REVIEW_WITHIN_A_YEAR,
    confidence: 'high',
    note: 'Accelerated courses for people who already have a degree (usually a 2:1 or better) usually last 4 years.',
  },
};

export const intercalationYear: DurationRule = {
  id: 'intercalation-year',
  title: 'Intercalated degree',
  value: { years: 1 },
  sourceId: 'pathway-derived',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'An optional extra year to study for a BSc or BA during the course. It is standard at Oxford, Cambridge, Imperial and UCL and optional elsewhere. This is general knowledge that has not been checked against one source.',
};

export const courseStartMonth: Rule<MonthDay> = {
  id: 'medical-school-start-month',
  title: 'When medical courses start',
  value: { month: 9, day: 1 },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['ucas-deadlines'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'low',
  note: 'Courses start in the autumn after the October application (shown as September). Your medical school gives the exact date.',
};

export const graduationMonth: Rule<MonthDay> = {
  id: 'medical-school-graduation-month',
  title: 'When medical students graduate',
  value: { month: 7, day: 1 },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['msc-mla', 'ukfp-introduction'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'low',
  note: 'Finals, including the Medical Licensing Assessment, are in the final year; graduation is in the summer (shown as July), before the Foundation Programme starts in August.',
};

export const medicalLicensingAssessment: Rule<{ readonly fromAcademicYear: string }> = {
  id: 'medical-licensing-assessment',
  title: 'Medical Licensing Assessment (MLA)',
  value: { fromAcademicYear: '2024-25' },
  sourceId: 'msc-mla',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'UK graduates from 2024–25 must pass the MLA (an applied knowledge test and a clinical skills assessment) as part of finals before joining the medical register.',
};
