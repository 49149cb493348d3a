/**
 * Less than full time training, time out of programme, leave and the CCT date (facts.md §5–6 and the
 * CCT research report, shared/domain/cct-rule.md). The CCT engine in src/domain/cct cites these.
 */
import type { IsoDate } from '../dates';
import { CCT_RULE_CHECKED_ON, FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from './checked-on';
import type { Rule } from './types';
import { REVIEW_WITHIN_A_YEAR, REVIEW_WITHIN_SIX_MONTHS } from './review';

export const cctProRataAccrual: Rule<{
  readonly creditPerDay: {
    readonly fullTime: 1;
    readonly ltft: 'wte';
    readonly oopt: 1;
    readonly oopr: 'approved credit';
    readonly nonCounting: 0;
  };
  readonly spans: 'inclusive';
}> = {
  id: 'cct-pro-rata-accrual',
  title: 'How a CCT date is recalculated',
  value: {
    creditPerDay: { fullTime: 1, ltft: 'wte', oopt: 1, oopr: 'approved credit', nonCounting: 0 },
    spans: 'inclusive',
  },
  sourceId: 'rcpch-cct-calculator',
  alsoSourceIds: ['rcoa-cct-calculator', 'jrcptb-ltft', 'tis-cct-investigation'],
  checkedOn: CCT_RULE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Each day of training counts at the share of full time you work: a full-time day counts 1, a day at 80% counts 0.8, approved OOPT counts 1, OOPR counts at its approved credit, and career breaks, OOPE, OOPP, parental and unpaid leave count nothing. Your CCT date is the first day on which the time counted adds up to the full-time training you have left. College calculators work this way; the JRCPTB spreadsheet itself was not seen.',
};

export const ltftProRata: Rule<{
  readonly monthsPerFullTimeYear: Readonly<Record<'80' | '60' | '50', number>>;
}> = {
  id: 'ltft-pro-rata',
  title: 'Less than full time training counts pro rata',
  value: { monthsPerFullTimeYear: { '80': 15, '60': 20, '50': 24 } },
  sourceId: 'jrcptb-ltft',
  alsoSourceIds: ['gmc-ltft-position', 'plymouth-working-week', 'wm-working-week'],
  checkedOn: CCT_RULE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Training less than full time must be no shorter in total than full-time training, so it counts in proportion to your whole-time equivalent (WTE): one full-time year takes 15 months at 80%, 20 months at 60% and 24 months at 50%.',
};

export const ltftContractualWte: Rule<{ readonly basis: 'contractual WTE' }> = {
  id: 'ltft-contractual-wte',
  title: 'Training time follows your contractual WTE',
  value: { basis: 'contractual WTE' },
  sourceId: 'rcem-cct-recalculations',
  alsoSourceIds: ['rcpch-cct-calculator', 'rcoa-cct-calculator'],
  checkedOn: CCT_RULE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Physician specialties, palliative medicine included, count training at the WTE in your contract. Since August 2025 emergency medicine alone sets training time from average hours worked in 10% blocks; no other college was found to do this.',
};

export const ltftMinimumWte: Rule<{
  readonly normalMinimum: number;
  readonly absoluteMinimum: number;
  readonly absoluteMinimumForMonths: number;
}> = {
  id: 'ltft-minimum-wte',
  title: 'Lowest less than full time percentage',
  value: { normalMinimum: 0.5, absoluteMinimum: 0.2, absoluteMinimumForMonths: 12 },
  sourceId: 'gmc-welcomed-and-valued',
  alsoSourceIds: ['gmc-ltft-position', 'kss-ltft-2011'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'The GMC’s November 2017 statement (as the GMC quotes it) keeps the minimum at 50% of full time. Postgraduate deans can agree less, but no one should normally train at less than 50% for more than 12 months, and never at less than 20%.',
};

/** The four UK nations, whose less than full time rules differ (the same values as a plan's nation). */
export const LTFT_NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;
export type LtftNation = (typeof LTFT_NATIONS)[number];

/** How long before the start to apply: so many weeks or calendar months. */
export type LtftNoticeLength = { readonly count: number; readonly unit: 'weeks' | 'months' };

/** A nation's notice for less than full time training; null where Pathway found no figure. */
export type LtftNoticeRule = Rule<{ readonly notice: LtftNoticeLength | null }>;

/**
 * Who may apply: for any reason (England since August 2022), for a well-founded individual reason
 * (Scotland), against the criteria in the deanery's policy (Wales), or null where Pathway did not find
 * the nation's own rule.
 */
export type LtftEligibilityRule = Rule<{
  readonly reason: 'any' | 'well-founded' | 'criteria' | null;
}>;

/** Who approves it, as a body people can contact. */
export type LtftApprovalRule = Rule<{ readonly approvedBy: string }>;

export const ltftNoticeEngland: LtftNoticeRule = {
  id: 'ltft-notice-england',
  title: 'Notice for less than full time training in England',
  value: { notice: { count: 16, unit: 'weeks' } },
  sourceId: 'hee-greater-flexibility',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'In England, give at least 16 weeks’ notice that you want to train less than full time, so your employer can be told and your training programme director can plan your rotations.',
};

export const ltftEligibilityEngland: LtftEligibilityRule = {
  id: 'ltft-eligibility-england',
  title: 'Who can train less than full time in England',
  value: { reason: 'any' },
  sourceId: 'hee-greater-flexibility',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Since August 2022 every doctor in training in England, in any specialty, can apply to train less than full time for any well-founded reason, including their wellbeing or personal choice. Whether it is agreed can depend on service needs and the capacity of the training programme.',
};

export const ltftApprovalEngland: LtftApprovalRule = {
  id: 'ltft-approval-england',
  title: 'Who approves less than full time training in England',
  value: { approvedBy: 'your NHS England local office (deanery)' },
  sourceId: 'hee-greater-flexibility',
  alsoSourceIds: ['gmc-welcomed-and-valued'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Talk to your training programme director, then apply through your NHS England local office (deanery), which explains its own steps. The postgraduate dean, or someone they name, approves requests: the GMC says so for the whole UK.',
};

export const ltftNoticeScotland: LtftNoticeRule = {
  id: 'ltft-notice-scotland',
  title: 'Notice for less than full time training in Scotland',
  value: { notice: { count: 3, unit: 'months' } },
  sourceId: 'nes-ltft-how-to-apply',
  alsoSourceIds: ['nes-ltft-form-a-copy', 'med-scot-ltft-application'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'In Scotland, give at least 3 months’ notice. NHS Education for Scotland asks for 3 months’ notice to change your hours. Its application form (seen only in a copy on another site) and a guide for resident doctors in Scotland ask for the same 3 months before you first start.',
};

export const ltftEligibilityScotland: LtftEligibilityRule = {
  id: 'ltft-eligibility-scotland',
  title: 'Who can train less than full time in Scotland',
  value: { reason: 'well-founded' },
  sourceId: 'nes-ltft-eligibility',
  alsoSourceIds: ['nes-ltft-overview'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'In Scotland every resident doctor in training can apply, and the only requirement is a well-founded individual reason. NHS Education for Scotland considers every well-founded reason, but support can depend on the programme’s capacity and resources, and requests may be prioritised under the Equality Act. Its guidance follows the UK-wide Gold Guide (10th edition).',
};

export const ltftApprovalScotland: LtftApprovalRule = {
  id: 'ltft-approval-scotland',
  title: 'Who approves less than full time training in Scotland',
  value: { approvedBy: 'NHS Education for Scotland (Scotland Deanery)' },
  sourceId: 'nes-ltft-application-process',
  alsoSourceIds: ['nes-ltft-how-to-apply'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'In Scotland you send your application to your training programme director (or foundation programme director), who assesses it. The health board you are placed with must also agree it and its funding before it is fully approved. Later changes to your hours need the postgraduate dean’s approval, which is normally left to your programme director.',
};

export const ltftNoticeWales: LtftNoticeRule = {
  id: 'ltft-notice-wales',
  title: 'Notice for less than full time training in Wales',
  value: { notice: { count: 4, unit: 'months' } },
  sourceId: 'heiw-ltft-how-to-apply',
  alsoSourceIds: ['awsem-ltft'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'In Wales, aim to send your completed application at least 4 months before you want to start, so there is time to approve it and to give your employer notice. Health Education and Improvement Wales (HEIW) says a start date may be delayed if the form arrives less than a month before it.',
};

export const ltftEligibilityWales: LtftEligibilityRule = {
  id: 'ltft-eligibility-wales',
  title: 'Who can train less than full time in Wales',
  value: { reason: 'criteria' },
  sourceId: 'heiw-ltft-how-to-apply',
  alsoSourceIds: ['heiw-ltft-handbook-2020-copy', 'welsh-school-anaesthesia-ltft'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'In Wales every doctor in training can apply, and HEIW checks each application against the criteria in its LTFT policy. Pathway did not see the policy itself: the Welsh School of Anaesthesia says the policy of November 2022 includes wellbeing and personal reasons for a better work-life balance, as well as caring for children or others, disability and health.',
};

export const ltftApprovalWales: LtftApprovalRule = {
  id: 'ltft-approval-wales',
  title: 'Who approves less than full time training in Wales',
  value: { approvedBy: 'Health Education and Improvement Wales (HEIW)' },
  sourceId: 'heiw-ltft-how-to-apply',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'In Wales, talk first to your LTFT specialty adviser or training programme director, then send your application to HEIW, which confirms you are eligible. You then agree a less than full time training plan, which your employing or host organisation and HEIW approve. HEIW tells you your start date once it approves the plan.',
};

export const ltftNoticeNorthernIreland: LtftNoticeRule = {
  id: 'ltft-notice-northern-ireland',
  title: 'Notice for less than full time training in Northern Ireland (not found)',
  value: { notice: null },
  sourceId: 'nimdta-specialty-support',
  alsoSourceIds: ['gmc-welcomed-and-valued'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'low',
  note: 'Pathway did not find how much notice the Northern Ireland Medical and Dental Training Agency (NIMDTA) asks for, so it gives no date to apply by. Ask NIMDTA and your training programme director as early as you can: the GMC says it helps to tell your deanery as early as possible.',
};

export const ltftEligibilityNorthernIreland: LtftEligibilityRule = {
  id: 'ltft-eligibility-northern-ireland',
  title: 'Who can train less than full time in Northern Ireland (reasons not found)',
  value: { reason: null },
  sourceId: 'gmc-welcomed-and-valued',
  alsoSourceIds: ['nimdta-specialty-support'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'low',
  note: 'Any doctor in training in a substantive post can apply to train less than full time: the GMC says so for the whole UK. Pathway did not find whether NIMDTA asks for a particular reason or sorts reasons into categories, so check with NIMDTA.',
};

export const ltftApprovalNorthernIreland: LtftApprovalRule = {
  id: 'ltft-approval-northern-ireland',
  title: 'Who approves less than full time training in Northern Ireland',
  value: { approvedBy: 'the Northern Ireland Medical and Dental Training Agency (NIMDTA)' },
  sourceId: 'gmc-welcomed-and-valued',
  alsoSourceIds: ['nimdta-specialty-support'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'The postgraduate dean, or someone they name, considers and approves requests to train less than full time: the GMC says so for the whole UK. In Northern Ireland postgraduate training is run by NIMDTA. Pathway did not find NIMDTA’s own steps for applying, so ask NIMDTA and your training programme director.',
};

export const cctConfirmedAtArcp: Rule<{ readonly confirmedBy: 'ARCP panel' }> = {
  id: 'cct-confirmed-at-arcp',
  title: 'A recalculated CCT date is provisional',
  value: { confirmedBy: 'ARCP panel' },
  sourceId: 'nhse-ltft-recalculate-cct',
  alsoSourceIds: ['nhse-calculate-cct', 'jrcptb-ltft'],
  checkedOn: CCT_RULE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Your deanery checks the recalculated date with your application and your ARCP panel confirms it. For physician specialties, send the JRCPTB completion-date calculator to your deanery and training programme director.',
};

export const ooptCounts: Rule<{
  readonly creditPerDay: 1;
  readonly normalMaximumYears: number;
  readonly exceptionalMaximumYears: number;
}> = {
  id: 'oopt-counts',
  title: 'Out of programme for training (OOPT) counts',
  value: { creditPerDay: 1, normalMaximumYears: 1, exceptionalMaximumYears: 2 },
  sourceId: 'gmc-out-of-programme',
  alsoSourceIds: ['lase-oop'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Clinical training out of programme counts towards your CCT if the GMC approves it in advance. It normally lasts up to 1 year, exceptionally 2.',
};

export const ooprCredit: Rule<{
  readonly normalMaximumYears: number;
  readonly maximumYearsWithDeanAgreement: number;
  readonly usualPhysicianCreditMonths: number;
}> = {
  id: 'oopr-credit',
  title: 'Out of programme for research (OOPR) counts at its approved credit',
  value: {
    normalMaximumYears: 3,
    maximumYearsWithDeanAgreement: 4,
    usualPhysicianCreditMonths: 12,
  },
  sourceId: 'lase-oop',
  alsoSourceIds: ['lase-oop-credit', 'imperialendo-oop'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Research can count where the curriculum allows, at the credit your specialty advisory committee approves: 12 of 24 months is a credit of 0.5. OOPR normally lasts up to 3 years (4 with the dean’s agreement). Physician committees have usually allowed up to about 12 months’ credit (older, secondary sources).',
};

export const oopCreditNeedsApproval: Rule<{ readonly weeksAhead: number }> = {
  id: 'oop-credit-prospective-approval',
  title: 'Credit for time out of programme is approved in advance',
  value: { weeksAhead: 8 },
  sourceId: 'jrcptb-oop-approval-faq',
  alsoSourceIds: ['jrcptb-out-of-programme'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Ask JRCPTB at least 8 weeks before you go out of programme: the specialty advisory committee and the GMC must approve credit in advance, and there is no approval afterwards. Time out in your final year is unlikely to get full credit.',
};

export const oopeDoesNotCount: Rule<{
  readonly creditPerDay: 0;
  readonly normalYears: number;
  readonly maximumYears: number;
}> = {
  id: 'oope-does-not-count',
  title: 'Out of programme for experience (OOPE) does not count',
  value: { creditPerDay: 0, normalYears: 1, maximumYears: 2 },
  sourceId: 'lase-oop',
  alsoSourceIds: ['gmc-out-of-programme'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Experience out of programme, such as a locum consultant post, does not count towards your CCT, so your date moves later by the whole time away. It normally lasts 1 year, up to 2 with the dean’s agreement.',
};

export const oopcDoesNotCount: Rule<{
  readonly creditPerDay: 0;
  readonly normalMaximumYears: number;
}> = {
  id: 'oopc-does-not-count',
  title: 'A career break (OOPC) does not count',
  value: { creditPerDay: 0, normalMaximumYears: 2 },
  sourceId: 'lase-oop',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'A career break does not count towards your CCT, so your date moves later by the whole break. It normally lasts up to 2 years.',
};

export const ooppEngland: Rule<{
  readonly creditPerDay: 0;
  readonly maximumMonths: number;
  readonly nation: 'england';
}> = {
  id: 'oopp-england',
  title: 'Out of programme pause (OOPP), England only',
  value: { creditPerDay: 0, maximumMonths: 12, nation: 'england' },
  sourceId: 'heeoe-oopp',
  alsoSourceIds: ['jcst-oopp', 'lase-oop'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'A pause of up to 12 months in an NHS, patient-facing post outside training, in England only. Pathway counts it as 0; capabilities you gain may be credited when you come back, which can bring your date earlier.',
};

export const parentalLeaveDoesNotCount: Rule<{ readonly creditPerDay: 0; readonly weeks: number }> =
  {
    id: 'parental-leave-does-not-count',
    title: 'Parental leave does not count towards training',
    value: { creditPerDay: 0, weeks: 52 },
    sourceId: 'yh-parental-leave',
    alsoSourceIds: ['lase-parental-leave', 'rcpch-cct-calculator'],
    checkedOn: FACTS_CHECKED_ON,
    reviewBy: REVIEW_WITHIN_A_YEAR,
    confidence: 'high',
    note: 'You can take up to 52 weeks’ maternity leave. Parental leave is time out of training, so your CCT date moves later by the time not worked and is recalculated when you come back. Keeping-in-touch (KIT and SPLIT) days are not counted here.',
  };

export const unpaidLeaveDoesNotCount: Rule<{ readonly creditPerDay: 0 }> = {
  id: 'unpaid-leave-does-not-count',
  title: 'Unpaid leave does not count towards training',
  value: { creditPerDay: 0 },
  sourceId: 'tis-cct-investigation',
  alsoSourceIds: ['rcpch-cct-calculator', 'tis-cct-calc-core'],
  checkedOn: CCT_RULE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Unpaid and special leave count as no training time in the college calculators, so your date moves later by the time away.',
};

export const absenceReview: Rule<{ readonly days: number; readonly windowMonths: number }> = {
  id: 'absence-review-14-days',
  title: 'Absence of 14 days or more triggers a review of your CCT date',
  value: { days: 14, windowMonths: 12 },
  sourceId: 'rcgp-time-out-of-training',
  alsoSourceIds: ['lase-jury-service', 'wessex-time-out-of-training', 'fpm-time-out-of-training'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'If absence adds up to 14 days or more in any 12 months, counting days you would normally have been at work, your CCT date is reviewed, normally at your ARCP. It is not extended automatically. Sickness, parental, carer’s and unpaid leave, jury service and time out of programme that does not count are included; annual leave, study leave and approved OOPT are not. The Gold Guide (as the RCGP quotes it) and NHS England’s London support pages say “14 days or more”; the Faculty of Pharmaceutical Medicine’s copy of the GMC statement says “more than 14 days”. Pathway uses 14 days or more.',
};

export const foundationAbsenceReview: Rule<{
  readonly days: number;
  readonly per: 'foundation year';
}> = {
  id: 'absence-review-foundation-20-days',
  title:
    'In the Foundation Programme, up to 20 days of absence are allowed in each foundation year',
  value: { days: 20, per: 'foundation year' },
  sourceId: 'lase-sick-leave',
  alsoSourceIds: ['fpm-time-out-of-training'],
  checkedOn: CCT_RULE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Foundation doctors may be absent for up to 20 working days in each foundation year, besides annual leave. Beyond that, their end date is reviewed. In specialty training the review starts at 14 days.',
};

export const tisEstimateFormula: Rule<{ readonly formula: string; readonly rounding: 'half up' }> =
  {
    id: 'tis-estimate-formula',
    title: 'How the NHS England TIS calculator estimated a CCT date',
    value: { formula: 'round(days × (1 − new WTE ÷ current WTE))', rounding: 'half up' },
    sourceId: 'tis-cct-calc-core',
    checkedOn: CCT_RULE_CHECKED_ON,
    reviewBy: REVIEW_WITHIN_A_YEAR,
    confidence: 'high',
    note: 'The TIS calculator added only the training missed before your current CCT date, as if you would make it up at your old hours. That gives an earlier date than the colleges’ pro-rata rule when less than full time training runs to the end, and can even put the date before the change when your hours go up. It could not show OOPT or OOPR.',
  };

export const tisCalculatorSuspended: Rule<{ readonly on: IsoDate }> = {
  id: 'tis-calculator-suspended',
  title: 'NHS England suspended new TIS CCT calculations',
  value: { on: '2026-05-19' as IsoDate },
  sourceId: 'tis-trainee-ui-cct-disabled',
  alsoSourceIds: ['nhse-calculate-cct'],
  checkedOn: CCT_RULE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_SIX_MONTHS,
  confidence: 'medium',
  note: 'On 19 May 2026 TIS Self-Service stopped making new CCT calculations, citing issues with the calculation logic, and pointed doctors to the RCEM and RCoA calculators instead.',
};
