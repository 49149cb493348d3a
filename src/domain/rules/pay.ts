/**
 * Pay for doctors (facts.md §7, with §5 for less than full time pay, as updated by
 * facts-update-2026-12.md §1.A, §1.B and §2): England's resident doctor nodal points (2016 contract)
 * and consultant thresholds (2024 structure), and each devolved nation's own scales: Scotland's resident
 * and consultant scales, Wales's F1 and F2 starting pay, consultant scale and new resident contract, and
 * Northern Ireland's consultant scale (its resident scale is not known). A figure Pathway worked out from
 * a published scale and a published award is listed in its scale's `derived`, with the `award`, so the
 * engine can label it an estimate and show the working. The pay engine in src/domain/pay cites these;
 * how it uses them is docs/pay-rules.md. Amounts are gross basic pay in pounds a year, full time.
 */
import type { IsoDate } from '../dates';
import { FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from './checked-on';
import type { Rule } from './types';
import { REVIEW_AFTER_PAY_AWARD, REVIEW_AFTER_PAY_CIRCULAR, REVIEW_WITHIN_A_YEAR } from './review';

/** A pay year runs from 1 April to 31 March, as the financial year does. Written `2025/26`. */
export type ScaleYear = '2023/24' | '2024/25' | '2025/26' | '2026/27';

/** The 2016 contract's nodal points: basic pay follows the training grade, not time served. */
export const NODAL_POINTS = ['np1', 'np2', 'np3', 'np4', 'np5'] as const;
export type NodalPoint = (typeof NODAL_POINTS)[number];

/** The 2024 consultant pay structure's thresholds, reached by years since appointment. */
export const CONSULTANT_THRESHOLDS = ['1', '2a', '2b', '3', '4'] as const;
export type ConsultantThreshold = (typeof CONSULTANT_THRESHOLDS)[number];

/** A pay award: a percentage of the figure a year before, then any flat amount, to the nearest pound. */
export type PayAward = {
  /** 3.5 is 3.5%. */
  readonly percent: number;
  /** Pounds added after the percentage (England's and Wales's 2025/26 resident award: £750). */
  readonly flat?: number;
};

/**
 * One pay year's scale. A point listed in `derived` was not found published: Pathway worked it out as
 * the same point a year before plus `award`, to the nearest pound, so the engine can show the working.
 * When every point is derived the whole scale is an estimate.
 */
export type PayScale<Point extends string> = {
  readonly scaleYear: ScaleYear;
  /** Basic pay for a full-time week (40 hours for doctors in training), by point. */
  readonly annual: Readonly<Record<Point, number>>;
  readonly derived: readonly Point[];
  /** The award from the scale a year before to this one. */
  readonly award?: PayAward;
  /** The first day the scale applies, when it is not 1 April. */
  readonly from?: IsoDate;
};

export type ResidentScale = PayScale<NodalPoint>;

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
    award: { percent: 4, flat: 750 },
  },
  sourceId: 'nhs-take-home-doctor-salary-2025-26',
  alsoSourceIds: ['public-sector-calculators-resident-pay', 'govuk-resident-pay-award-2025-26'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'medium',
  note: 'Basic pay for a 40-hour week from 1 April 2025: F1 £38,831, F2 £44,439, core years 1 and 2 £52,656, core year 3 and ST3 to ST5 £65,048, ST6 to ST8 £73,992. The figures come from secondary sites; each equals the 2024/25 figure × 1.04 + £750, the award the government announced on 22 May 2025 (backdated to 1 April 2025).',
};

export const payAward2026: Rule<{
  readonly scaleYear: ScaleYear;
  readonly award: PayAward;
  readonly from: IsoDate;
  /** The 2026/27 scale values themselves were not in Pathway's sources. */
  readonly scaleValuesPublished: false;
}> = {
  id: 'pay-ddrb-award-2026-27',
  title: 'The 2026/27 pay award for doctors in England: 3.5%',
  value: {
    scaleYear: '2026/27',
    award: { percent: 3.5 },
    from: '2026-04-01' as IsoDate,
    scaleValuesPublished: false,
  },
  sourceId: 'mip-ddrb-2026-27-uplift',
  alsoSourceIds: ['reddit-doctorsuk-2026-offer'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'medium',
  note: 'The DDRB recommended a 3.5% rise for 2026/27 from 1 April 2026 and the government accepted it in spring 2026. Resident doctors are getting it, reflected in contracts from August 2026 (a resident doctor’s summary). That it applies to consultants too is the DDRB’s headline recommendation; no copy seen quotes it for consultants. The official 2026/27 pay scales were not in Pathway’s sources.',
};

export const latestPayScale: Rule<{
  readonly latestScaleYear: ScaleYear;
  /** The latest scale is Pathway's estimate (the 2025/26 scale plus the 2026/27 award). */
  readonly latestIsEstimate: true;
  readonly firstUnknownAward: string;
  readonly inflationAdded: false;
}> = {
  id: 'pay-latest-scale-2026-27',
  title: 'Pay in England after 2026/27 is shown at the estimated 2026/27 rates',
  value: {
    latestScaleYear: '2026/27',
    latestIsEstimate: true,
    firstUnknownAward: '2027/28',
    inflationAdded: false,
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['mip-ddrb-2026-27-uplift'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'medium',
  note: 'England’s 2026/27 figures are estimates: the 2025/26 scale plus the 3.5% award. Awards for 2027/28 and later are not known, so Pathway shows later years at these estimated 2026/27 rates, labelled so, and adds no inflation or guessed pay rises.',
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

export type ConsultantScale = PayScale<ConsultantThreshold>;

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
    award: { percent: 4 },
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

export const englandResidentPay2026: Rule<ResidentScale> = {
  id: 'pay-england-resident-2026-27',
  title: 'Resident doctors in England: basic pay 2026/27 (estimate)',
  value: {
    scaleYear: '2026/27',
    annual: { np1: 40_190, np2: 45_994, np3: 54_499, np4: 67_325, np5: 76_582 },
    derived: ['np1', 'np2', 'np3', 'np4', 'np5'],
    award: { percent: 3.5 },
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['mip-ddrb-2026-27-uplift', 'reddit-doctorsuk-2026-offer'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'low',
  note: 'Estimates, not published figures: each 2025/26 nodal point plus the 3.5% award for 2026/27, to the nearest pound (F1 £40,190, F2 £45,994, core years 1 and 2 £54,499, core year 3 and ST3 to ST5 £67,325, ST6 to ST8 £76,582). The 2026 resident deal also reforms the nodal points by April 2027; its new values were not found, so they are not included.',
};

export const englandConsultantPay2026: Rule<ConsultantScale> = {
  id: 'pay-england-consultant-2026-27',
  title: 'Consultants in England: basic pay 2026/27 (estimate)',
  value: {
    scaleYear: '2026/27',
    annual: { '1': 113_565, '2a': 120_249, '2b': 123_672, '3': 135_646, '4': 150_570 },
    derived: ['1', '2a', '2b', '3', '4'],
    award: { percent: 3.5 },
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['mip-ddrb-2026-27-uplift'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'low',
  note: 'Estimates, not published figures: each 2025/26 threshold plus the DDRB’s 3.5% for 2026/27, to the nearest pound (threshold 1 £113,565 to threshold 4 £150,570). No copy seen quotes the 3.5% for consultants, who remained in dispute in 2026.',
};

export const englandResidentDeal2026: Rule<{
  readonly averageUplift: number;
  readonly fullyImplementedBy: string;
  /** The part of the average that comes from reforming the nodal points, on top of the 3.5% award. */
  readonly nodalReformPart: number;
  readonly modelled: false;
}> = {
  id: 'pay-england-resident-deal-2026',
  title: 'The 2026 resident doctor deal in England: new pay points not yet modelled',
  value: {
    averageUplift: 6.6,
    fullyImplementedBy: 'April 2027',
    nodalReformPart: 3.1,
    modelled: false,
  },
  sourceId: 'newsumm-england-resident-deal-2026',
  alsoSourceIds: ['reddit-doctorsuk-2026-offer'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'medium',
  note: 'Resident doctors in England accepted a deal in 2026: an average pay rise of 6.6%, fully in place by April 2027. It is the 3.5% award plus about 3.1% from reforming the nodal points, which changes what each point pays (more for some grades, such as ST5, and almost nothing more for others, such as ST6). The new point values were not found, so Pathway does not model the reform: its figures from 2026/27 include the 3.5% award only.',
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

/** Scotland's resident doctor pay points Pathway uses: FY1 points 0 to 2 and FY2 points 0 and 1. */
export const SCOTLAND_RESIDENT_POINTS = [
  'fy1-pp0',
  'fy1-pp1',
  'fy1-pp2',
  'fy2-pp0',
  'fy2-pp1',
] as const;
export type ScotlandResidentPoint = (typeof SCOTLAND_RESIDENT_POINTS)[number];

export const scotlandResidentPay2024: Rule<
  PayScale<ScotlandResidentPoint> & {
    /** The specialty registrar scale starts here; its points by training year are not known. */
    readonly specialtyRegistrarFrom: number;
  }
> = {
  id: 'pay-scotland-resident-2024',
  title: 'Resident doctors in Scotland: basic pay from 1 October 2024',
  value: {
    scaleYear: '2024/25',
    from: '2024-10-01' as IsoDate,
    annual: {
      'fy1-pp0': 34_500,
      'fy1-pp1': 36_655,
      'fy1-pp2': 38_808,
      'fy2-pp0': 42_792,
      'fy2-pp1': 45_591,
    },
    derived: [],
    specialtyRegistrarFrom: 45_503,
  },
  sourceId: 'bma-scotland-pay-offer',
  alsoSourceIds: ['bma-scotland-pay-restoration'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Scotland pays resident doctors on incremental scales. From 1 October 2024: FY1 £34,500 (pay point 0), £36,655 (point 1) and £38,808 (point 2); FY2 £42,792 (point 0) and £45,591 (point 1); the specialty registrar scale starts at £45,503. Pathway assumes a doctor new to F1 or F2 starts on pay point 0; it does not know which point each later training year is on.',
};

export const scotlandPayDeal2025: Rule<{
  readonly averageUplift: Readonly<Record<'2025/26' | '2026/27', number>>;
  readonly awards: Readonly<Record<'2025/26' | '2026/27', PayAward>>;
  /** Every resident doctor moves up one pay point on these days. */
  readonly pointMoves: readonly IsoDate[];
}> = {
  id: 'pay-scotland-2025-27-deal',
  title: 'Scotland’s 2025 to 2027 resident doctor pay deal',
  value: {
    averageUplift: { '2025/26': 9.9, '2026/27': 9.4 },
    awards: { '2025/26': { percent: 4.25 }, '2026/27': { percent: 3.75 } },
    pointMoves: ['2025-12-01' as IsoDate, '2026-12-01' as IsoDate],
  },
  sourceId: 'bma-scotland-deal-accepted',
  alsoSourceIds: ['scotgov-resident-doctors-deal-2026', 'bma-scotland-2025-27-offer-faqs'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'medium',
  note: 'Resident doctors in Scotland accepted a 2025 to 2027 deal in February 2026 (97.1% on a 62.4% turnout): every pay point rises 4.25% from 1 April 2025 and a further 3.75% in 2026/27, and every doctor moves up one pay point from 1 December 2025 and again in December 2026 (unless a new contract replaces that move; Pathway takes 1 December 2026). Doctors at the top of a scale get the same value as a consolidated payment instead. With the moves, the average rises are 9.9% and 9.4%. The new scale has not been published: Pathway’s figures are estimates from the October 2024 scale.',
};

export const scotlandResidentPay2025: Rule<PayScale<ScotlandResidentPoint>> = {
  id: 'pay-scotland-resident-2025-26',
  title: 'Resident doctors in Scotland: basic pay 2025/26 (estimate)',
  value: {
    scaleYear: '2025/26',
    annual: {
      'fy1-pp0': 35_966,
      'fy1-pp1': 38_213,
      'fy1-pp2': 40_457,
      'fy2-pp0': 44_611,
      'fy2-pp1': 47_529,
    },
    derived: ['fy1-pp0', 'fy1-pp1', 'fy1-pp2', 'fy2-pp0', 'fy2-pp1'],
    award: { percent: 4.25 },
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['scotgov-resident-doctors-deal-2026', 'bma-scotland-pay-offer'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'low',
  note: 'Estimates, not published figures: each October 2024 pay point plus 4.25%, to the nearest pound (FY1 £35,966, £38,213 and £40,457; FY2 £44,611 and £47,529).',
};

export const scotlandResidentPay2026: Rule<PayScale<ScotlandResidentPoint>> = {
  id: 'pay-scotland-resident-2026-27',
  title: 'Resident doctors in Scotland: basic pay 2026/27 (estimate)',
  value: {
    scaleYear: '2026/27',
    annual: {
      'fy1-pp0': 37_315,
      'fy1-pp1': 39_646,
      'fy1-pp2': 41_974,
      'fy2-pp0': 46_284,
      'fy2-pp1': 49_311,
    },
    derived: ['fy1-pp0', 'fy1-pp1', 'fy1-pp2', 'fy2-pp0', 'fy2-pp1'],
    award: { percent: 3.75 },
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['scotgov-resident-doctors-deal-2026', 'bma-scotland-pay-offer'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'low',
  note: 'Estimates, not published figures: each estimated 2025/26 pay point plus 3.75%, to the nearest pound (FY1 £37,315, £39,646 and £41,974; FY2 £46,284 and £49,311).',
};

/** Devolved consultant pay points, in order: Scotland and Wales have 8, Northern Ireland 5. */
export const CONSULTANT_POINTS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type ConsultantPoint = (typeof CONSULTANT_POINTS)[number];
export const NORTHERN_IRELAND_CONSULTANT_POINTS = ['1', '2', '3', '4', '5'] as const;
export type NorthernIrelandConsultantPoint = (typeof NORTHERN_IRELAND_CONSULTANT_POINTS)[number];

/** Whole years since appointment at which each consultant pay point is reached. */
export type PointProgression<Point extends string> = {
  readonly afterYears: Readonly<Record<Point, number>>;
};

export const scotlandConsultantPay2024: Rule<
  PayScale<ConsultantPoint> & PointProgression<ConsultantPoint>
> = {
  id: 'pay-scotland-consultant-2024-25',
  title: 'Consultants in Scotland: basic pay 2024/25, by years of seniority',
  value: {
    scaleYear: '2024/25',
    afterYears: { '1': 0, '2': 1, '3': 2, '4': 3, '5': 4, '6': 9, '7': 14, '8': 19 },
    annual: {
      '1': 107_144,
      '2': 109_407,
      '3': 112_662,
      '4': 115_921,
      '5': 119_170,
      '6': 126_905,
      '7': 134_640,
      '8': 142_369,
    },
    derived: [],
  },
  sourceId: 'bma-consultant-pay-scotland',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'From 1 April 2024 (the 2004 contract): £107,144 in the first year, £109,407 after 1 year of seniority, £112,662 after 2, £115,921 after 3, £119,170 after 4, £126,905 after 9, £134,640 after 14 and £142,369 after 19. The BMA lists a point for each year of seniority; Pathway numbers the 8 different amounts as points 1 to 8. Discretionary points (up to 8 of £3,600) are not included.',
};

export const scotlandConsultantPay2025: Rule<PayScale<ConsultantPoint>> = {
  id: 'pay-scotland-consultant-2025-26',
  title: 'Consultants in Scotland: basic pay 2025/26 (estimate)',
  value: {
    scaleYear: '2025/26',
    annual: {
      '1': 111_430,
      '2': 113_783,
      '3': 117_168,
      '4': 120_558,
      '5': 123_937,
      '6': 131_981,
      '7': 140_026,
      '8': 148_064,
    },
    derived: ['1', '2', '3', '4', '5', '6', '7', '8'],
    award: { percent: 4 },
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['herald-scotland-consultant-pay-2025', 'bma-consultant-pay-scotland'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'low',
  note: 'Estimates, not published figures: Scotland implemented the DDRB’s 4% for 2025/26 (paid in July 2025 salaries), so each 2024/25 point plus 4%, to the nearest pound (£111,430 to £148,064). No 2026/27 award for consultants in Scotland was found.',
};

/** Wales's resident doctor pay points Pathway uses: the starting points of FY1 and FY2. */
export const WALES_RESIDENT_POINTS = ['fy1-pp0', 'fy2-pp0'] as const;
export type WalesResidentPoint = (typeof WALES_RESIDENT_POINTS)[number];

export const walesResidentPay2024: Rule<PayScale<WalesResidentPoint>> = {
  id: 'pay-wales-resident-2024-25',
  title: 'Resident doctors in Wales: F1 and F2 starting pay 2024/25',
  value: { scaleYear: '2024/25', annual: { 'fy1-pp0': 33_307, 'fy2-pp0': 41_073 }, derived: [] },
  sourceId: 'imgconnect-wales-doctors-pay-2024',
  alsoSourceIds: ['govwales-ddrb-2024-25-statement-copy'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Basic pay for a new FY1 doctor in Wales was £33,307 and for a new FY2 doctor £41,073 in 2024/25 (a recruiter’s page, September 2024). Which point of the scale core and specialty training years are on is not known.',
};

export const walesResidentPay2025: Rule<PayScale<WalesResidentPoint>> = {
  id: 'pay-wales-resident-2025-26',
  title: 'Resident doctors in Wales: F1 and F2 starting pay 2025/26',
  value: {
    scaleYear: '2025/26',
    annual: { 'fy1-pp0': 35_390, 'fy2-pp0': 43_466 },
    derived: ['fy2-pp0'],
    award: { percent: 4, flat: 750 },
  },
  sourceId: 'bma-wales-contract-guide-students',
  alsoSourceIds: [
    'govwales-ddrb-2025-26-statement',
    'imgconnect-wales-doctors-pay-2024',
    'pathway-derived',
  ],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'high',
  note: 'New FY1 doctors in Wales start on £35,390 in 2025/26 (BMA, November 2025). The 2025/26 award was 4% plus £750 on every resident doctor pay point (Welsh Government, 22 May 2025), so the FY2 starting figure, £43,466, is an estimate: £41,073 × 1.04 + £750, to the nearest pound (the same sum gives £35,389 for FY1, £1 from the published figure).',
};

export const walesResidentPay: Rule<{
  readonly averageUplift2025: number;
  readonly newContract: {
    readonly votedFor: number;
    readonly turnout: number;
    /** Pathway takes the August 2026 rotation day as the start for every training grade. */
    readonly from: IsoDate;
    readonly basicScale: { readonly from: number; readonly to: number };
    readonly pointValuesPublished: false;
  };
}> = {
  id: 'pay-wales-resident',
  title: 'Resident doctors in Wales: a new contract from August 2026, pay points not published',
  value: {
    averageUplift2025: 5.4,
    newContract: {
      votedFor: 83,
      turnout: 41,
      from: '2026-08-05' as IsoDate,
      basicScale: { from: 40_000, to: 78_000 },
      pointValuesPublished: false,
    },
  },
  sourceId: 'bma-wales-contract-accepted',
  alsoSourceIds: [
    'nation-cymru-wales-contract-vote',
    'workplace-journal-wales-contract',
    'bma-wales-resident-contract',
  ],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'medium',
  note: 'Resident doctors in Wales voted to accept a new contract in December 2025 (83% of those voting, on a 41% turnout). Its basic pay runs from £40,000 to £78,000 for a 40-hour week: a point for F1, a point for F2, then five points for core and specialty training. It is phased in from August 2026, starting with foundation doctors, unbanded specialty trainees and new starters; Pathway takes the August 2026 rotation (5 August) for everyone. The pay points have not been published, so Welsh resident pay from then has no figure.',
};

export const walesConsultantPay2023: Rule<
  PayScale<ConsultantPoint> & PointProgression<ConsultantPoint>
> = {
  id: 'pay-wales-consultant-2023-24',
  title: 'Consultants in Wales: basic pay from 1 January 2024, with years at each point',
  value: {
    scaleYear: '2023/24',
    from: '2024-01-01' as IsoDate,
    afterYears: { '1': 0, '2': 1, '3': 2, '4': 3, '5': 4, '6': 9, '7': 16, '8': 23 },
    annual: {
      '1': 100_000,
      '2': 105_000,
      '3': 110_000,
      '4': 115_000,
      '5': 123_000,
      '6': 130_000,
      '7': 138_000,
      '8': 146_000,
    },
    derived: [],
  },
  sourceId: 'bma-consultant-pay-wales',
  alsoSourceIds: ['bma-wales-consultant-offer'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'The reformed scale for consultants in Wales from 1 January 2024 (2023/24 values): point 1 £100,000, 2 £105,000, 3 £110,000 and 4 £115,000 (1 year each), 5 £123,000 (5 years), 6 £130,000 (7 years), 7 £138,000 (7 years) and 8 £146,000 (the top, after 23 years).',
};

export const walesConsultantPay2024: Rule<PayScale<ConsultantPoint>> = {
  id: 'pay-wales-consultant-2024-25',
  title: 'Consultants in Wales: basic pay 2024/25 (estimate)',
  value: {
    scaleYear: '2024/25',
    annual: {
      '1': 106_000,
      '2': 111_300,
      '3': 116_600,
      '4': 121_900,
      '5': 130_380,
      '6': 137_800,
      '7': 146_280,
      '8': 154_760,
    },
    derived: ['1', '2', '3', '4', '5', '6', '7', '8'],
    award: { percent: 6 },
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['govwales-ddrb-2024-25-statement-copy', 'bma-consultant-pay-wales'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'low',
  note: 'Estimates, not published figures: the Welsh Government raised consultants’ salaries by 6% for 2024/25, so each January 2024 point plus 6% (£106,000 to £154,760).',
};

export const walesConsultantPay2025: Rule<PayScale<ConsultantPoint>> = {
  id: 'pay-wales-consultant-2025-26',
  title: 'Consultants in Wales: basic pay 2025/26 (estimate)',
  value: {
    scaleYear: '2025/26',
    annual: {
      '1': 110_240,
      '2': 115_752,
      '3': 121_264,
      '4': 126_776,
      '5': 135_595,
      '6': 143_312,
      '7': 152_131,
      '8': 160_950,
    },
    derived: ['1', '2', '3', '4', '5', '6', '7', '8'],
    award: { percent: 4 },
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['govwales-ddrb-2025-26-statement', 'bma-consultant-pay-wales'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'low',
  note: 'Estimates, not published figures: the Welsh Government accepted the DDRB’s 4% for consultants for 2025/26, so each estimated 2024/25 point plus 4%, to the nearest pound (£110,240 to £160,950). No 2026/27 award for consultants in Wales was found.',
};

export const northernIrelandConsultantPay2023: Rule<
  PayScale<NorthernIrelandConsultantPoint> & PointProgression<NorthernIrelandConsultantPoint>
> = {
  id: 'pay-northern-ireland-consultant-2023-24',
  title: 'Consultants in Northern Ireland: the 5-point scale from 1 March 2024',
  value: {
    scaleYear: '2023/24',
    from: '2024-03-01' as IsoDate,
    afterYears: { '1': 0, '2': 3, '3': 4, '4': 8, '5': 14 },
    annual: { '1': 100_400, '2': 105_400, '3': 108_400, '4': 118_900, '5': 132_000 },
    derived: [],
  },
  sourceId: 'bma-ni-consultant-offer',
  alsoSourceIds: ['newsletter-ni-consultant-offer-2024'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Consultants in Northern Ireland accepted a 5-point scale in August 2024 (94.3% on a 75.1% turnout), effective from 1 March 2024: point 1 £100,400 in years 1 to 3, point 2 £105,400 in year 4, point 3 £108,400 in years 5 to 8, point 4 £118,900 in years 9 to 14 and point 5 £132,000 from year 15.',
};

export const northernIrelandConsultantPay2024: Rule<PayScale<NorthernIrelandConsultantPoint>> = {
  id: 'pay-northern-ireland-consultant-2024-25',
  title: 'Consultants in Northern Ireland: basic pay 2024/25 (estimate)',
  value: {
    scaleYear: '2024/25',
    annual: { '1': 106_424, '2': 111_724, '3': 114_904, '4': 126_034, '5': 139_920 },
    derived: ['1', '2', '3', '4', '5'],
    award: { percent: 6 },
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: ['newsletter-ni-consultant-pay-2025', 'bma-ni-consultant-offer'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'low',
  note: 'Estimates: the 6% award for 2024/25 (paid in March 2025) on each point of the March 2024 scale (£106,424 to £139,920). A newspaper gave the same range, £106,424 to £139,920, in August 2025.',
};

export const northernIrelandConsultantPay2025: Rule<PayScale<NorthernIrelandConsultantPoint>> = {
  id: 'pay-northern-ireland-consultant-2025-26',
  title: 'Consultants in Northern Ireland: basic pay 2025/26 (estimate)',
  value: {
    scaleYear: '2025/26',
    annual: { '1': 110_681, '2': 116_193, '3': 119_500, '4': 131_075, '5': 145_517 },
    derived: ['1', '2', '3', '4', '5'],
    award: { percent: 4 },
  },
  sourceId: 'pathway-derived',
  alsoSourceIds: [
    'healthcare-management-ni-pay-parity',
    'newsletter-ni-consultant-pay-2025',
    'bbc-ni-pay-award-2025',
  ],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'low',
  note: 'Estimates, not published figures: the 4% award for 2025/26, backdated to 1 April 2025 and paid in February 2026, on each estimated 2024/25 point, to the nearest pound (£110,681 to £145,517). No 2026/27 award for Northern Ireland was found.',
};

export const northernIrelandPay: Rule<{
  readonly award2024: string;
  readonly award2025: string;
  readonly residentScaleValuesKnown: false;
}> = {
  id: 'pay-northern-ireland',
  title: 'Resident doctors in Northern Ireland: scale not known',
  value: {
    award2024: '6% plus £1,000 consolidated, paid from June 2025',
    award2025: '4% plus £750, backdated to 1 April 2025 and paid in February 2026',
    residentScaleValuesKnown: false,
  },
  sourceId: 'hscni-resident-pay-award',
  alsoSourceIds: [
    'bma-northern-ireland-resident-pay',
    'healthcare-management-ni-pay-parity',
    'bbc-ni-pay-award-2025',
  ],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'medium',
  note: 'Northern Ireland paid resident doctors 6% plus £1,000 for 2024/25 (from June 2025), and 4% plus £750 for 2025/26, backdated to 1 April 2025 and paid in February 2026. The resident doctor scale itself is in Department of Health circulars Pathway could not read, and the only figures found (FY1 £29,566 and FY2 £36,371) are of unclear year, so Pathway does not build a scale from them: resident pay in Northern Ireland is shown as not known.',
};
