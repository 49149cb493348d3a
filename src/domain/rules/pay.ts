/**
 * Pay for doctors (facts.md §7, with §5 for less than full time pay): England's resident doctor nodal
 * points (2016 contract) and consultant thresholds (2024 structure), and what is and is not known for
 * Scotland, Wales and Northern Ireland. The pay engine in src/domain/pay cites these; how it uses them is
 * docs/pay-rules.md. Amounts are gross basic pay in pounds a year, full time (40 hours a week).
 */
import type { IsoDate } from '../dates';
import { FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from './sources';
import type { Rule } from './types';
import { REVIEW_AFTER_PAY_AWARD, REVIEW_AFTER_PAY_CIRCULAR, REVIEW_WITHIN_A_YEAR } from './review';

/** A pay year runs from 1 April to 31 March, as the financial year does. Written `2025/26`. */
export type ScaleYear = '2023/24' | '2024/25' | '2025/26';

/** The 2016 contract's nodal points: basic pay follows the training grade, not time served. */
export const NODAL_POINTS = ['np1', 'np2', 'np3', 'np4', 'np5'] as const;
export type NodalPoint = (typeof NODAL_POINTS)[number];

/** The 2024 consultant pay structure's thresholds, reached by years since appointment. */
export const CONSULTANT_THRESHOLDS = ['1', '2a', '2b', '3', '4'] as const;
export type ConsultantThreshold = (typeof CONSULTANT_THRESHOLDS)[number];

export type ResidentScale = {
  readonly scaleYear: ScaleYear;
  /** Basic pay for 40 hours a week, by nodal point. */
  readonly annual: Readonly<Record<NodalPoint, number>>;
  /** Points whose figure is arithmetic from other figures, not published on the source page. */
  readonly derived: readonly NodalPoint[];
};

export const englandResidentPay2023: Rule<ResidentScale> = {
  id: 'pay-england-resident-2023-24',
  title: 'Resident doctors in England: basic pay 2023/24 (2016 contract)',
  value: {
    scaleYear: '2023/24',
    annual: { np1: 32_398, np2: 37_303, np3: 43_923, np4: 55_329, np5: 63_152 },
    derived: [],
  },
  sourceId: 'bma-resident-pay-england',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Basic pay for a 40-hour week from 1 April 2023 to 31 March 2024: F1 £32,398, F2 £37,303, core years 1 and 2 £43,923, core year 3 and ST3 to ST5 £55,329, ST6 to ST8 £63,152.',
};

export const englandResidentPay2024: Rule<ResidentScale> = {
  id: 'pay-england-resident-2024-25',
  title: 'Resident doctors in England: basic pay 2024/25 (2016 contract)',
  value: {
    scaleYear: '2024/25',
    annual: { np1: 36_616, np2: 42_008, np3: 49_909, np4: 61_825, np5: 70_425 },
    derived: ['np5'],
  },
  sourceId: 'nhspayband-doctors',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Basic pay for a 40-hour week from 1 April 2024 to 31 March 2025, from a secondary site: F1 £36,616, F2 £42,008, core years 1 and 2 £49,909, core year 3 and ST3 to ST5 £61,825. The ST6 to ST8 figure (£70,425) is derived, not published on that page; it agrees with the 2025/26 figure less that year’s award.',
};

export const englandResidentPay2025: Rule<ResidentScale> = {
  id: 'pay-england-resident-2025-26',
  title: 'Resident doctors in England: basic pay 2025/26 (2016 contract)',
  value: {
    scaleYear: '2025/26',
    annual: { np1: 38_831, np2: 44_439, np3: 52_656, np4: 65_048, np5: 73_992 },
    derived: [],
  },
  sourceId: 'nhs-take-home-doctor-salary-2025-26',
  alsoSourceIds: ['public-sector-calculators-resident-pay', 'govuk-resident-pay-award-2025-26'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'medium',
  note: 'Basic pay for a 40-hour week from 1 April 2025: F1 £38,831, F2 £44,439, core years 1 and 2 £52,656, core year 3 and ST3 to ST5 £65,048, ST6 to ST8 £73,992. The figures come from secondary sites; each equals the 2024/25 figure × 1.04 + £750, the award the government announced on 22 May 2025 (backdated to 1 April 2025).',
};

export const latestPublishedPay: Rule<{
  readonly latestScaleYear: ScaleYear;
  readonly firstUnpublished: string;
  readonly inflationAdded: false;
}> = {
  id: 'pay-latest-published-2025-26',
  title: 'Pay awards after 2025/26 have not been published',
  value: { latestScaleYear: '2025/26', firstUnpublished: '2026/27', inflationAdded: false },
  sourceId: 'govuk-resident-pay-award-2025-26',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'high',
  note: 'The 2026/27 pay award for England had not been published when Pathway’s sources were checked, and later awards are unknown. Pathway shows later years at 2025/26 rates, labelled so, and adds no inflation or guessed pay rises.',
};

export const nodalPointsByGrade: Rule<{
  readonly f1: NodalPoint;
  readonly f2: NodalPoint;
  /** IMT years 1, 2 and 3. */
  readonly imt: readonly NodalPoint[];
  /** ST4, ST5, ST6 and ST7. */
  readonly higher: readonly NodalPoint[];
}> = {
  id: 'pay-nodal-points-by-grade',
  title: 'Which nodal point each training year is paid on (England)',
  value: {
    f1: 'np1',
    f2: 'np2',
    imt: ['np3', 'np3', 'np4'],
    higher: ['np4', 'np4', 'np5', 'np5'],
  },
  sourceId: 'bma-resident-pay-england',
  alsoSourceIds: ['bma-ltft-trainees'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'high',
  note: 'F1 is nodal point 1, F2 nodal point 2, IMT years 1 and 2 nodal point 3, IMT year 3 and palliative medicine ST4 and ST5 nodal point 4, and ST6 and ST7 nodal point 5. The point follows the training grade, with no increments for time served, so a doctor training less than full time stays on a point for longer in calendar time.',
};

export const nodalPointsAccsIm: Rule<{ readonly accsIm: readonly NodalPoint[] }> = {
  id: 'pay-nodal-points-accs-im',
  title: 'Which nodal point each ACCS-IM year is paid on (England): Pathway’s reading',
  value: { accsIm: ['np3', 'np3', 'np3', 'np4'] },
  sourceId: 'accs-im-trainees',
  alsoSourceIds: ['bma-resident-pay-england', 'imt-about-accs'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'low',
  note: 'ACCS-IM is 2 years of ACCS, then IMT years 2 and 3. Pathway pays its years 1 to 3 on nodal point 3 (core years 1 and 2, and IMT year 2) and year 4, which is IMT year 3, on nodal point 4. No source says how the third year is paid; if it counts as core year 3 it would be nodal point 4.',
};

export const ltftBasicPayProRata: Rule<{ readonly fullTimeHoursPerWeek: number }> = {
  id: 'pay-ltft-basic-pro-rata',
  title: 'Less than full time basic pay is pro rata to hours (England, 2016 contract)',
  value: { fullTimeHoursPerWeek: 40 },
  sourceId: 'bma-2016-contract-payslip',
  alsoSourceIds: ['bma-ltft-trainees'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Basic pay for a doctor training less than full time is the nodal point salary ÷ 40 × average weekly hours. Pathway takes the hours as 40 × your WTE (60% is 24 hours), so basic pay is the salary × WTE.',
};

export const ltftAllowance: Rule<{ readonly annual: number }> = {
  id: 'pay-ltft-allowance',
  title: 'Less than full time allowance (England, 2016 contract)',
  value: { annual: 1_000 },
  sourceId: 'bma-2016-contract-payslip',
  alsoSourceIds: ['bma-ltft-trainees', 'mersey-west-lancs-terms'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'high',
  note: 'Doctors training less than full time on the 2016 contract get an allowance of £1,000 a year while they are less than full time (not those whose pay is protected under section 2). Pathway pays it pro rata to the days part time.',
};

export const enhancementsNotIncluded: Rule<{
  readonly nightEnhancement: number;
  readonly onCallAvailability: number;
  readonly flexiblePayPremiaSpecialties: readonly string[];
  readonly flexiblePayPremiaForPalliativeMedicine: false;
}> = {
  id: 'pay-2016-enhancements',
  title: 'Extra pay on top of basic pay (2016 contract), not in Pathway’s figures',
  value: {
    nightEnhancement: 0.37,
    onCallAvailability: 0.08,
    flexiblePayPremiaSpecialties: [
      'general practice',
      'psychiatry',
      'emergency medicine',
      'histopathology',
      'oral and maxillofacial surgery',
      'academic training',
    ],
    flexiblePayPremiaForPalliativeMedicine: false,
  },
  sourceId: 'bma-2016-contract-payslip',
  alsoSourceIds: ['mersey-west-lancs-terms', 'nhs-employers-flexible-pay-premia'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'On top of basic pay, the 2016 contract pays a 37% enhancement for night hours, a weekend allowance (1 weekend in 8 or more), 8% for non-resident on-call availability and extra hours at the basic rate. These depend on the rota, so Pathway shows basic pay only. Flexible pay premia are paid in some specialties but not palliative medicine.',
};

export const consultantThresholds: Rule<{
  /** Whole years since appointment at which each threshold is reached. */
  readonly afterYears: Readonly<Record<ConsultantThreshold, number>>;
  /** The values when the structure was first implemented, before the 2024/25 award. */
  readonly firstImplemented: Readonly<Record<ConsultantThreshold, number>>;
}> = {
  id: 'pay-consultant-thresholds-2024',
  title: 'Consultant pay thresholds in England (2024 structure)',
  value: {
    afterYears: { '1': 0, '2a': 3, '2b': 4, '3': 8, '4': 14 },
    firstImplemented: { '1': 99_532, '2a': 105_390, '2b': 108_390, '3': 118_884, '4': 131_964 },
  },
  sourceId: 'bma-consultant-pay-england',
  alsoSourceIds: ['nhs-employers-consultant-offer', 'hfma-consultant-pay-deal'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Since the 2024 reform a consultant in England starts on threshold 1 and moves to threshold 2a after 3 years, 2b after 4, 3 after 8 and the top, 4, after 14 (it was 19). The first values were £99,532, £105,390, £108,390, £118,884 and £131,964; the date they took effect is not in Pathway’s sources.',
};

export type ConsultantScale = {
  readonly scaleYear: ScaleYear;
  readonly annual: Readonly<Record<ConsultantThreshold, number>>;
  /** Thresholds whose figure Pathway worked out, rather than found published. */
  readonly derived: readonly ConsultantThreshold[];
};

export const englandConsultantPay2024: Rule<ConsultantScale> = {
  id: 'pay-england-consultant-2024-25',
  title: 'Consultants in England: basic pay 2024/25',
  value: {
    scaleYear: '2024/25',
    annual: { '1': 105_504, '2a': 111_714, '2b': 114_894, '3': 126_018, '4': 139_882 },
    derived: [],
  },
  sourceId: 'imgconnect-consultant-pay-2024',
  alsoSourceIds: [
    'nhs-take-home-doctor-salary-2025-26',
    'uk-startup-news-consultant-pay-2025',
    'bma-consultant-pay-england',
  ],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'After the 6% award for 2024/25 the scale ran from £105,504 to £139,882, with thresholds 2a £111,714, 2b £114,894 and 3 £126,018 (published by a recruiter, June 2024; the official pay circular was not seen).',
};

export const englandConsultantPay2025: Rule<ConsultantScale> = {
  id: 'pay-england-consultant-2025-26',
  title: 'Consultants in England: basic pay 2025/26',
  value: {
    scaleYear: '2025/26',
    annual: { '1': 109_725, '2a': 116_183, '2b': 119_490, '3': 131_059, '4': 145_478 },
    derived: ['2a', '2b', '3'],
  },
  sourceId: 'nhs-take-home-doctor-salary-2025-26',
  alsoSourceIds: [
    'uk-startup-news-consultant-pay-2025',
    'imgconnect-consultant-pay-2024',
    'pathway-derived',
  ],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'medium',
  note: 'After the 4% award for 2025/26 the scale runs from £109,725 (threshold 1) to £145,478 (threshold 4, after 14 years). The thresholds in between (2a £116,183, 2b £119,490, 3 £131,059) are estimates: the published 2024/25 thresholds × 1.04, to the nearest pound. Check them against the official pay circular.',
};

export const englandSasPay2025: Rule<{
  readonly scaleYear: ScaleYear;
  readonly specialtyDoctor: { readonly from: number; readonly to: number };
  readonly specialist: { readonly from: number; readonly to: number };
}> = {
  id: 'pay-england-sas-2025-26',
  title: 'Specialty doctors and specialists (SAS) in England: basic pay 2025/26',
  value: {
    scaleYear: '2025/26',
    specialtyDoctor: { from: 61_542, to: 99_216 },
    specialist: { from: 100_870, to: 111_441 },
  },
  sourceId: 'nhs-take-home-doctor-salary-2025-26',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'medium',
  note: 'On the 2021 contracts, specialty doctors are paid £61,542 to £99,216 and specialists £100,870 to £111,441 in 2025/26 (consistent with the 2024/25 minimums of £59,175 and £96,990 raised by 4%).',
};

export const notInTrainingPay: Rule<{ readonly figure: null; readonly typicalPosts: string }> = {
  id: 'pay-not-in-training',
  title: 'Pay between Foundation and core training varies',
  value: { figure: null, typicalPosts: 'locum or trust-grade (service) posts, or a career break' },
  sourceId: 'nhs-employers-fp-destinations-2017',
  alsoSourceIds: ['gmc-progression-question'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Many doctors spend time between Foundation and core training ("F3") in locum or trust-grade posts, or take a career break. Pay for those posts varies by employer and Pathway’s sources give no figure, so no amount is shown for that time.',
};

export const scotlandResidentPay2024: Rule<{
  readonly scaleYear: ScaleYear;
  readonly from: IsoDate;
  /** FY1 pay points 0 and 2, and FY2 pay point 0. */
  readonly fy1: { readonly pp0: number; readonly pp2: number };
  readonly fy2: { readonly pp0: number };
  /** The specialty registrar scale starts here; its points by training year are not known. */
  readonly specialtyRegistrarFrom: number;
}> = {
  id: 'pay-scotland-resident-2024',
  title: 'Resident doctors in Scotland: basic pay from 1 October 2024',
  value: {
    scaleYear: '2024/25',
    from: '2024-10-01' as IsoDate,
    fy1: { pp0: 34_500, pp2: 38_808 },
    fy2: { pp0: 42_792 },
    specialtyRegistrarFrom: 45_503,
  },
  sourceId: 'bma-scotland-pay-offer',
  alsoSourceIds: ['bma-scotland-pay-restoration'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'high',
  note: 'Scotland pays resident doctors on incremental scales. From 1 October 2024: FY1 £34,500 (pay point 0) to £38,808 (pay point 2), FY2 £42,792 (pay point 0), and the specialty registrar scale from £45,503. Pathway uses pay point 0 for F1 and F2; it does not know which point each later training year is on.',
};

export const scotlandPayDeal2025: Rule<{
  readonly averageUplift: Readonly<Record<'2025/26' | '2026/27', number>>;
  readonly scaleValuesKnown: false;
}> = {
  id: 'pay-scotland-2025-27-deal',
  title: 'Scotland’s 2025 to 2027 resident doctor pay deal: scale not known',
  value: { averageUplift: { '2025/26': 0.099, '2026/27': 0.094 }, scaleValuesKnown: false },
  sourceId: 'bma-scotland-deal-accepted',
  alsoSourceIds: ['bma-scotland-pay-offer'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'medium',
  note: 'Resident doctors in Scotland accepted a 2025 to 2027 deal in February 2026: average uplifts of 9.9% for 2025/26 and 9.4% for 2026/27, through flat uplifts and changes to pay points. The new scale values are not in Pathway’s sources, so Scottish pay from April 2025 is shown as not known rather than guessed or taken from England.',
};

export const walesResidentPay: Rule<{
  readonly averageUplift2025: number;
  readonly offeredScale: { readonly from: number; readonly to: number };
  readonly outcomeKnown: false;
}> = {
  id: 'pay-wales-resident',
  title: 'Resident doctors in Wales: scale not known',
  value: {
    averageUplift2025: 0.054,
    offeredScale: { from: 40_000, to: 78_000 },
    outcomeKnown: false,
  },
  sourceId: 'bma-wales-resident-contract',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'high',
  note: 'Wales pays resident doctors on its own scales, with an average uplift of 5.4% for 2025/26. A new contract with a basic scale of £40,000 to £78,000 was put to a referendum (24 November to 15 December 2025); the outcome is not in Pathway’s sources, so Welsh resident pay is shown as not known.',
};

export const walesConsultantPay: Rule<{
  readonly points: number;
  readonly first: number;
  readonly last: number;
  readonly deal: string;
  readonly pointYearsKnown: false;
}> = {
  id: 'pay-wales-consultant',
  title: 'Consultants in Wales: 8 pay points, timing not known',
  value: { points: 8, first: 100_000, last: 146_000, deal: '2023/24', pointYearsKnown: false },
  sourceId: 'bma-wales-consultant-offer',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'high',
  note: 'The 2023/24 deal for consultants in Wales set 8 pay points from £100,000 to £146,000. When each point is reached, and later awards, are not in Pathway’s sources, so Welsh consultant pay is shown as not known.',
};

export const northernIrelandPay: Rule<{
  readonly award2024: string;
  readonly award2025: string;
  readonly scaleValuesKnown: false;
}> = {
  id: 'pay-northern-ireland',
  title: 'Doctors in Northern Ireland: scale not known',
  value: {
    award2024: '6% plus £1,000 consolidated, paid from June 2025',
    award2025: '4% plus £750 accepted in principle; implementation delayed',
    scaleValuesKnown: false,
  },
  sourceId: 'hscni-resident-pay-award',
  alsoSourceIds: ['bma-northern-ireland-resident-pay'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'high',
  note: 'Northern Ireland paid resident doctors a 6% award plus £1,000 for 2024/25 (from June 2025); the 2025/26 recommendation of 4% plus £750 was accepted in principle but its implementation was delayed. The scale values are not in Pathway’s sources, so pay in Northern Ireland is shown as not known.',
};
