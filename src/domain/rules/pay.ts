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
import type { Rule, RuleFacts } from './types';
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

export const englandResidentPay2023: RuleFacts<ResidentScale> = {
  id: 'pay-england-resident-2023-24',
  value: {
    scaleYear: '2023/24',
    annual: { np1: 32_398, np2: 37_303, np3: 43_923, np4: 55_329, np5: 63_152 },
    derived: [],
  },
  sourceId: 'bma-resident-pay-england',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
};

export const englandResidentPay2024: RuleFacts<ResidentScale> = {
  id: 'pay-england-resident-2024-25',
  value: {
    scaleYear: '2024/25',
    annual: { np1: 36_616, np2: 42_008, np3: 49_909, np4: 61_825, np5: 70_425 },
    derived: ['np5'],
  },
  sourceId: 'nhspayband-doctors',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
};

export const englandResidentPay2025: RuleFacts<ResidentScale> = {
  id: 'pay-england-resident-2025-26',
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
};

export const payAward2026: RuleFacts<{
  readonly scaleYear: ScaleYear;
  readonly award: PayAward;
  readonly from: IsoDate;
  /** The 2026/27 scale values themselves were not in Pathway's sources. */
  readonly scaleValuesPublished: false;
}> = {
  id: 'pay-ddrb-award-2026-27',
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
};

export const latestPayScale: RuleFacts<{
  readonly latestScaleYear: ScaleYear;
  /** The latest scale is Pathway's estimate (the 2025/26 scale plus the 2026/27 award). */
  readonly latestIsEstimate: true;
  readonly firstUnknownAward: string;
  readonly inflationAdded: false;
}> = {
  id: 'pay-latest-scale-2026-27',
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
};

export const nodalPointsByGrade: RuleFacts<{
  readonly f1: NodalPoint;
  readonly f2: NodalPoint;
  /** IMT years 1, 2 and 3. */
  readonly imt: readonly NodalPoint[];
  /** ST4, ST5, ST6 and ST7. */
  readonly higher: readonly NodalPoint[];
}> = {
  id: 'pay-nodal-points-by-grade',
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
};

export const nodalPointsAccsIm: RuleFacts<{ readonly accsIm: readonly NodalPoint[] }> = {
  id: 'pay-nodal-points-accs-im',
  value: { accsIm: ['np3', 'np3', 'np3', 'np4'] },
  sourceId: 'accs-im-trainees',
  alsoSourceIds: ['bma-resident-pay-england', 'imt-about-accs'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_CIRCULAR,
  confidence: 'low',
};

export const ltftBasicPayProRata: RuleFacts<{ readonly fullTimeHoursPerWeek: number }> = {
  id: 'pay-ltft-basic-pro-rata',
  value: { fullTimeHoursPerWeek: 40 },
  sourceId: 'bma-2016-contract-payslip',
  alsoSourceIds: ['bma-ltft-trainees'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
};

export const ltftAllowance: RuleFacts<{ readonly annual: number }> = {
  id: 'pay-ltft-allowance',
  value: { annual: 1_000 },
  sourceId: 'bma-2016-contract-payslip',
  alsoSourceIds: ['bma-ltft-trainees', 'mersey-west-lancs-terms'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'high',
};

export const enhancementsNotIncluded: RuleFacts<{
  readonly nightEnhancement: number;
  readonly onCallAvailability: number;
  readonly flexiblePayPremiaSpecialties: readonly string[];
  readonly flexiblePayPremiaForPalliativeMedicine: false;
}> = {
  id: 'pay-2016-enhancements',
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
};

export const consultantThresholds: RuleFacts<{
  /** Whole years since appointment at which each threshold is reached. */
  readonly afterYears: Readonly<Record<ConsultantThreshold, number>>;
  /** The values when the structure was first implemented, before the 2024/25 award. */
  readonly firstImplemented: Readonly<Record<ConsultantThreshold, number>>;
}> = {
  id: 'pay-consultant-thresholds-2024',
  value: {
    afterYears: { '1': 0, '2a': 3, '2b': 4, '3': 8, '4': 14 },
    firstImplemented: { '1': 99_532, '2a': 105_390, '2b': 108_390, '3': 118_884, '4': 131_964 },
  },
  sourceId: 'bma-consultant-pay-england',
  alsoSourceIds: ['nhs-employers-consultant-offer', 'hfma-consultant-pay-deal'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
};

export type ConsultantScale = PayScale<ConsultantThreshold>;

export const englandConsultantPay2024: RuleFacts<ConsultantScale> = {
  id: 'pay-england-consultant-2024-25',
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
};

export const englandConsultantPay2025: RuleFacts<ConsultantScale> = {
  id: 'pay-england-consultant-2025-26',
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
};

export const englandResidentPay2026: RuleFacts<ResidentScale> = {
  id: 'pay-england-resident-2026-27',
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
};

export const englandConsultantPay2026: RuleFacts<ConsultantScale> = {
  id: 'pay-england-consultant-2026-27',
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
};

export const englandResidentDeal2026: RuleFacts<{
  readonly averageUplift: number;
  readonly fullyImplementedBy: string;
  /** The part of the average that comes from reforming the nodal points, on top of the 3.5% award. */
  readonly nodalReformPart: number;
  readonly modelled: false;
}> = {
  id: 'pay-england-resident-deal-2026',
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
};

export const englandSasPay2025: RuleFacts<{
  readonly scaleYear: ScaleYear;
  readonly specialtyDoctor: { readonly from: number; readonly to: number };
  readonly specialist: { readonly from: number; readonly to: number };
}> = {
  id: 'pay-england-sas-2025-26',
  value: {
    scaleYear: '2025/26',
    specialtyDoctor: { from: 61_542, to: 99_216 },
    specialist: { from: 100_870, to: 111_441 },
  },
  sourceId: 'nhs-take-home-doctor-salary-2025-26',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_AFTER_PAY_AWARD,
  confidence: 'medium',
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

export const scotlandResidentPay2024: RuleFacts<
  PayScale<ScotlandResidentPoint> & {
    /** The specialty registrar scale starts here; its points by training year are not known. */
    readonly specialtyRegistrarFrom: number;
  }
> = {
  id: 'pay-scotland-resident-2024',
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
};

export const scotlandPayDeal2025: RuleFacts<{
  readonly averageUplift: Readonly<Record<'2025/26' | '2026/27', number>>;
  readonly awards: Readonly<Record<'2025/26' | '2026/27', PayAward>>;
  /** Every resident doctor moves up one pay point on these days. */
  readonly pointMoves: readonly IsoDate[];
}> = {
  id: 'pay-scotland-2025-27-deal',
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
};

export const scotlandResidentPay2025: RuleFacts<PayScale<ScotlandResidentPoint>> = {
  id: 'pay-scotland-resident-2025-26',
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
};

export const scotlandResidentPay2026: RuleFacts<PayScale<ScotlandResidentPoint>> = {
  id: 'pay-scotland-resident-2026-27',
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

export const scotlandConsultantPay2024: RuleFacts<
  PayScale<ConsultantPoint> & PointProgression<ConsultantPoint>
> = {
  id: 'pay-scotland-consultant-2024-25',
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
};

export const scotlandConsultantPay2025: RuleFacts<PayScale<ConsultantPoint>> = {
  id: 'pay-scotland-consultant-2025-26',
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
};

/** Wales's resident doctor pay points Pathway uses: the starting points of FY1 and FY2. */
export const WALES_RESIDENT_POINTS = ['fy1-pp0', 'fy2-pp0'] as const;
export type WalesResidentPoint = (typeof WALES_RESIDENT_POINTS)[number];

export const walesResidentPay2024: RuleFacts<PayScale<WalesResidentPoint>> = {
  id: 'pay-wales-resident-2024-25',
  value: { scaleYear: '2024/25', annual: { 'fy1-pp0': 33_307, 'fy2-pp0': 41_073 }, derived: [] },
  sourceId: 'imgconnect-wales-doctors-pay-2024',
  alsoSourceIds: ['govwales-ddrb-2024-25-statement-copy'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
};

export const walesResidentPay2025: RuleFacts<PayScale<WalesResidentPoint>> = {
  id: 'pay-wales-resident-2025-26',
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
};

export const walesResidentPay: RuleFacts<{
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
};

export const walesConsultantPay2023: RuleFacts<
  PayScale<ConsultantPoint> & PointProgression<ConsultantPoint>
> = {
  id: 'pay-wales-consultant-2023-24',
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
};

export const walesConsultantPay2024: RuleFacts<PayScale<ConsultantPoint>> = {
  id: 'pay-wales-consultant-2024-25',
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
};

export const walesConsultantPay2025: RuleFacts<PayScale<ConsultantPoint>> = {
  id: 'pay-wales-consultant-2025-26',
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
};

export const northernIrelandConsultantPay2023: RuleFacts<
  PayScale<NorthernIrelandConsultantPoint> & PointProgression<NorthernIrelandConsultantPoint>
> = {
  id: 'pay-northern-ireland-consultant-2023-24',
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
};

export const northernIrelandConsultantPay2024: RuleFacts<PayScale<NorthernIrelandConsultantPoint>> =
  {
    id: 'pay-northern-ireland-consultant-2024-25',
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
  };

export const northernIrelandConsultantPay2025: RuleFacts<PayScale<NorthernIrelandConsultantPoint>> =
  {
    id: 'pay-northern-ireland-consultant-2025-26',
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
  };

export const northernIrelandPay: RuleFacts<{
  readonly award2024: string;
  readonly award2025: string;
  readonly residentScaleValuesKnown: false;
}> = {
  id: 'pay-northern-ireland',
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
};
