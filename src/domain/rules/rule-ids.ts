/**
 * Every rule id, as one `as const` list per topic file, and RuleId, their union. Rule.id is typed with it,
 * so a rule's id and every id a page cites (ruleIds, sourcesOfRules) is checked when the code compiles:
 * an unknown or misspelt id is an error there rather than a source silently left out at run time.
 *
 * Written out rather than inferred from the rules: each rule is declared as `Rule<Value>`, which does
 * not keep its id's literal type, and topics register lazily (registry.ts), so no one value holds them.
 * rule-ids.test.ts checks that each list holds exactly its topic's rule ids, so the lists cannot drift
 * from the data. This file imports nothing, so types.ts can use it without a cycle; pages import only
 * the type, which adds nothing to their code.
 */

/** The rules in entry.ts. */
export const ENTRY_RULE_IDS = [
  'gamsat-sittings',
  'medical-school-interviews',
  'medical-school-offers',
  'oxford-minimum-age',
  'projected-dates-on-working-days',
  'ucas-medicine-choices',
  'ucas-medicine-deadline',
  'ucat-published-dates',
  'ucat-yearly-pattern',
] as const;

/** The rules in entry-requirements.ts. */
export const ENTRY_REQUIREMENTS_RULE_IDS = [
  'a-level-typical-offers',
  'advanced-highers-examples',
  'bmat-discontinued',
  'chemistry-required',
  'contextual-offer-examples',
  'contextual-offers',
  'gamsat-graduate-courses',
  'gateway-courses',
  'gcse-grades-as-schools-write-them',
  'gcse-grades-england',
  'gcse-grades-northern-ireland',
  'gcse-grades-wales',
  'gcse-letter-grades-northern-ireland-against-9-to-1',
  'gcse-letter-grades-wales-against-9-to-1',
  'gcse-top-grade-counts',
  'gcse-typical-requirements',
  'graduate-entry-degree',
  'hull-york-contextual-points',
  'ib-typical-offers',
  'medical-school-interview-format',
  'msc-entry-requirements-listing',
  'national-5-grades',
  'science-practical-endorsement',
  'scottish-highers-typical-offers',
  'second-science',
  'ucat-admissions-test',
  'ucat-format',
] as const;

/** The rules in medical-school.ts. */
export const MEDICAL_SCHOOL_RULE_IDS = [
  'course-length-gateway',
  'course-length-graduate-entry',
  'course-length-integrated-degree',
  'course-length-standard',
  'intercalation-year',
  'medical-licensing-assessment',
  'medical-school-graduation-month',
  'medical-school-start-month',
] as const;

/** The rules in foundation.ts. */
export const FOUNDATION_RULE_IDS = [
  'foundation-application-window',
  'foundation-completion',
  'foundation-programme-length',
  'full-gmc-registration',
  'progression-after-foundation',
  'provisional-registration-limit',
] as const;

/** The rules in specialty.ts. */
export const SPECIALTY_RULE_IDS = [
  'accs-im-length',
  'arcp-yearly',
  'core-application-window',
  'dual-cct-same-date',
  'higher-training-length',
  'imt-competition',
  'imt-length',
  'minimum-post-foundation-years',
  'mrcp-by-st4-offer',
  'palliative-consultants-ltft',
  'palliative-group-1',
  'rotation-start',
  'sce-diets',
  'st4-application-window',
] as const;

/** The rules in other-routes.ts. */
export const OTHER_ROUTES_RULE_IDS = [
  'alternative-certificate',
  'imy3-recruitment-ended',
  'mrcp-for-st4-application',
  'portfolio-pathway',
  'portfolio-pathway-application',
  'portfolio-pathway-renamed',
  'st4-first-offers-deadline',
] as const;

/** The rules in ltft.ts. */
export const LTFT_RULE_IDS = [
  'absence-review-14-days',
  'absence-review-foundation-20-days',
  'cct-confirmed-at-arcp',
  'cct-pro-rata-accrual',
  'ltft-approval-england',
  'ltft-approval-northern-ireland',
  'ltft-approval-scotland',
  'ltft-approval-wales',
  'ltft-contractual-wte',
  'ltft-eligibility-england',
  'ltft-eligibility-northern-ireland',
  'ltft-eligibility-scotland',
  'ltft-eligibility-wales',
  'ltft-minimum-wte',
  'ltft-notice-england',
  'ltft-notice-northern-ireland',
  'ltft-notice-scotland',
  'ltft-notice-wales',
  'ltft-pro-rata',
  'oop-credit-prospective-approval',
  'oopc-does-not-count',
  'oope-does-not-count',
  'oopp-england',
  'oopr-credit',
  'oopt-counts',
  'parental-leave-does-not-count',
  'tis-calculator-suspended',
  'tis-estimate-formula',
  'unpaid-leave-does-not-count',
] as const;

/** The rules in pay.ts. */
export const PAY_RULE_IDS = [
  'pay-2016-enhancements',
  'pay-consultant-thresholds-2024',
  'pay-ddrb-award-2026-27',
  'pay-england-consultant-2024-25',
  'pay-england-consultant-2025-26',
  'pay-england-consultant-2026-27',
  'pay-england-resident-2023-24',
  'pay-england-resident-2024-25',
  'pay-england-resident-2025-26',
  'pay-england-resident-2026-27',
  'pay-england-resident-deal-2026',
  'pay-england-sas-2025-26',
  'pay-latest-scale-2026-27',
  'pay-ltft-allowance',
  'pay-ltft-basic-pro-rata',
  'pay-nodal-points-accs-im',
  'pay-nodal-points-by-grade',
  'pay-northern-ireland',
  'pay-northern-ireland-consultant-2023-24',
  'pay-northern-ireland-consultant-2024-25',
  'pay-northern-ireland-consultant-2025-26',
  'pay-not-in-training',
  'pay-scotland-2025-27-deal',
  'pay-scotland-consultant-2024-25',
  'pay-scotland-consultant-2025-26',
  'pay-scotland-resident-2024',
  'pay-scotland-resident-2025-26',
  'pay-scotland-resident-2026-27',
  'pay-wales-consultant-2023-24',
  'pay-wales-consultant-2024-25',
  'pay-wales-consultant-2025-26',
  'pay-wales-resident',
  'pay-wales-resident-2024-25',
  'pay-wales-resident-2025-26',
] as const;

/** The rules in roles.ts. */
export const ROLES_RULE_IDS = [
  'academic-clinical-fellowship',
  'advanced-research-fellowships',
  'clinical-lectureship',
  'consultant-research-time',
  'higher-training-rotations',
  'oop-after-first-year',
  'paediatric-palliative-medicine',
  'palliative-cct-outcomes-2013',
  'palliative-consultant-workforce-2012',
  'palliative-consultants-2005',
  'palliative-consultants-ltft-2004',
  'palliative-rcp-census-2017',
  'palliative-specialty-recognised',
  'palliative-trainees-2012',
  'palliative-training-numbers-evidence',
  'palliative-workforce-apm-current',
] as const;

/** The rules in school-years.ts. */
export const SCHOOL_YEARS_RULE_IDS = [
  'school-years-england-wales',
  'school-years-northern-ireland',
  'school-years-scotland',
] as const;

/** Each topic's list, for the check that they match the rules (registry.test.ts). */
export const RULE_IDS_BY_TOPIC = {
  'entry.ts': ENTRY_RULE_IDS,
  'entry-requirements.ts': ENTRY_REQUIREMENTS_RULE_IDS,
  'medical-school.ts': MEDICAL_SCHOOL_RULE_IDS,
  'foundation.ts': FOUNDATION_RULE_IDS,
  'specialty.ts': SPECIALTY_RULE_IDS,
  'other-routes.ts': OTHER_ROUTES_RULE_IDS,
  'ltft.ts': LTFT_RULE_IDS,
  'pay.ts': PAY_RULE_IDS,
  'roles.ts': ROLES_RULE_IDS,
  'school-years.ts': SCHOOL_YEARS_RULE_IDS,
} as const;

/** The id of a rule Pathway has (src/domain/rules). */
export type RuleId = (typeof RULE_IDS_BY_TOPIC)[keyof typeof RULE_IDS_BY_TOPIC][number];
