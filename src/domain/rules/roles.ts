/**
 * Roles, settings, patients and the workforce in palliative medicine (facts.md §8, with §5 for
 * consultants working less than full time and §6 for time out of programme). The roles page
 * (src/domain/roles) builds its sourced statements from these figures. Old figures say their year.
 */
import { FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from './checked-on';
import type { Rule } from './types';
import { REVIEW_WITHIN_A_YEAR } from './review';

export const higherTrainingRotations: Rule<{
  readonly hospiceMonthsAtLeast: number;
  readonly hospitalMonthsAtLeast: number;
  readonly communityMonthsAtLeast: number;
  readonly acuteTakeMonths: number;
}> = {
  id: 'higher-training-rotations',
  title: 'Where ST4 to ST7 take place',
  value: {
    hospiceMonthsAtLeast: 12,
    hospitalMonthsAtLeast: 6,
    communityMonthsAtLeast: 6,
    acuteTakeMonths: 12,
  },
  sourceId: 'london-palliative-training',
  alsoSourceIds: ['nw-palliative-medicine'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'London’s programme (written 2021–22) rotates trainees through at least a year in a hospice and at least 6 months each with hospital and community teams; on-call is mostly from home. Every programme includes about 12 months of acute unselected take in internal medicine (North West school). Other regions may differ.',
};

export const oopAfterFirstYear: Rule<{ readonly monthsIntoProgramme: number }> = {
  id: 'oop-after-first-year',
  title: 'Time out of programme usually starts a year or more into a programme',
  value: { monthsIntoProgramme: 12 },
  sourceId: 'nhse-oop-faq',
  alsoSourceIds: ['jrcptb-oop-approval-faq'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Time out of programme is generally not agreed until at least a year into a programme, with about 3 months’ notice. Pathway’s academic route example therefore starts research time at the start of ST5.',
};

export const academicClinicalFellowship: Rule<{
  readonly maxYears: number;
  readonly clinicalPercent: number;
  readonly researchPercent: number;
}> = {
  id: 'academic-clinical-fellowship',
  title: 'NIHR Academic Clinical Fellowship (ACF)',
  value: { maxYears: 3, clinicalPercent: 75, researchPercent: 25 },
  sourceId: 'nihr-academic-training-south-west',
  alsoSourceIds: ['lancaster-academic-training'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Up to 3 years full-time equivalent, 75% clinical training and 25% research, aiming at a PhD fellowship. Palliative care ACFs exist, for example at Lancaster.',
};

export const clinicalLectureship: Rule<{
  readonly maxYears: number;
  readonly clinicalPercent: number;
  readonly researchPercent: number;
}> = {
  id: 'clinical-lectureship',
  title: 'NIHR Clinical Lectureship',
  value: { maxYears: 4, clinicalPercent: 50, researchPercent: 50 },
  sourceId: 'nihr-academic-training-south-west',
  alsoSourceIds: ['lancaster-academic-training'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'A post-doctoral post, half clinical training and half research, for up to 4 years or until the CCT.',
};

export const advancedResearchFellowships: Rule<{ readonly minResearchPercent: number }> = {
  id: 'advanced-research-fellowships',
  title: 'Clinician scientist and advanced fellowships',
  value: { minResearchPercent: 50 },
  sourceId: 'ficm-advanced-fellowships',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Later research fellowships, such as clinician scientist and advanced fellowships, give at least half the working week to research.',
};

export const consultantResearchTime: Rule<{
  readonly researchInterestedPercent: number;
  readonly averageProgrammedActivities: number;
  readonly averageResearchProgrammedActivities: number;
  readonly publishedYear: number;
}> = {
  id: 'consultant-research-time',
  title: 'Research time of palliative medicine consultants',
  value: {
    researchInterestedPercent: 78,
    averageProgrammedActivities: 8.89,
    averageResearchProgrammedActivities: 0.34,
    publishedYear: 2024,
  },
  sourceId: 'spcare-ltft-consultants',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: '78% of consultants who answered a survey were interested in research but limited by barriers in the specialty. In RCP census data they worked 8.89 programmed activities (PAs) a week on average, 0.34 of them research. Published in 2024.',
};

export const palliativeConsultantsLtft2004: Rule<{
  readonly percent: number;
  readonly year: number;
}> = {
  id: 'palliative-consultants-ltft-2004',
  title: 'Palliative medicine consultants working less than full time in 2004',
  value: { percent: 29, year: 2004 },
  sourceId: 'spcare-ltft-consultants',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: '29% of palliative medicine consultants worked less than full time in 2004, against 57% in 2020 (RCP census data, Table 4).',
};

export const specialtyRecognised: Rule<{ readonly year: number }> = {
  id: 'palliative-specialty-recognised',
  title: 'When palliative medicine became a specialty',
  value: { year: 1987 },
  sourceId: 'doyle-palliative-medicine-2005',
  alsoSourceIds: ['apm-careers'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'The UK was the first country to recognise palliative medicine as a specialty, in 1987. From a copy of a 2005 article.',
};

export const apmWorkforceNow: Rule<{
  readonly consultants: number;
  readonly consultantsLtftPercent: number;
  readonly jointPostsShare: string;
}> = {
  id: 'palliative-workforce-apm-current',
  title: 'Palliative medicine consultants now, as the APM gives them',
  value: { consultants: 700, consultantsLtftPercent: 48, jointPostsShare: 'about a third' },
  sourceId: 'apm-careers',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'The current APM careers page says that, from the RCP census, palliative medicine is the 11th largest medical specialty with around 700 consultants in the UK; around 48% of consultants work less than full time and a similar share of trainees train flexibly; about a third of consultant jobs are joint NHS and charity (third sector) posts. The page is not dated, so the year these figures describe is not known.',
};

export const consultantCount2005: Rule<{ readonly consultants: number; readonly year: number }> = {
  id: 'palliative-consultants-2005',
  title: 'Palliative medicine consultants in 2005',
  value: { consultants: 310, year: 2005 },
  sourceId: 'doyle-palliative-medicine-2005',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'About 310 consultants in 2005, from a copy of a 2005 article. Old: the APM now says around 700 (undated).',
};

export const consultantWorkforce2012: Rule<{
  readonly fullTimeEquivalent: number;
  readonly neededFullTimeEquivalent: number;
  readonly year: number;
  readonly neededPerPopulation: { readonly fullTimeEquivalent: number; readonly people: number };
  readonly apmRecommendedPerPopulation: number;
}> = {
  id: 'palliative-consultant-workforce-2012',
  title: 'Palliative medicine consultants against need, 2012',
  value: {
    fullTimeEquivalent: 409.6,
    neededFullTimeEquivalent: 505,
    year: 2012,
    neededPerPopulation: { fullTimeEquivalent: 2, people: 250_000 },
    apmRecommendedPerPopulation: 2.5,
  },
  sourceId: 'apm-careers',
  alsoSourceIds: ['rcp-palliative-workforce'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'The specialty advisory committee counted 409.6 full-time-equivalent consultants in 2012, against the 505 the RCP estimated were needed (2 per 250,000 people); the APM later recommended 2.5 per 250,000. Old: from an earlier version of the APM careers page, which now gives around 700 consultants instead (undated).',
};

export const cctOutcomes2013: Rule<{
  readonly ccts: number;
  readonly substantivePosts: number;
  readonly substantivePercent: number;
  readonly locumPosts: number;
  readonly years: string;
  readonly year: number;
}> = {
  id: 'palliative-cct-outcomes-2013',
  title: 'Where newly qualified specialists went, 2012–13',
  value: {
    ccts: 34,
    substantivePosts: 25,
    substantivePercent: 67.6,
    locumPosts: 7,
    years: '2012–13',
    year: 2013,
  },
  sourceId: 'apm-careers',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'In 2012–13, 34 CCTs in palliative medicine were awarded: 25 (67.6%) of the doctors went to substantive consultant posts and 7 to locum consultant posts. Old: from an earlier version of the APM careers page; the current version no longer gives these figures.',
};

export const trainees2012: Rule<{
  readonly flexiblePercent: number;
  readonly womenPercentOver: number;
  readonly year: number;
}> = {
  id: 'palliative-trainees-2012',
  title: 'Palliative medicine trainees, about 2012',
  value: { flexiblePercent: 30, womenPercentOver: 80, year: 2012 },
  sourceId: 'apm-careers',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Around 2012 about 30% of palliative medicine trainees trained flexibly and more than 80% were women. Old: from an earlier version of the APM careers page; the current version says a share similar to consultants (around 48%) train flexibly, undated.',
};

export const rcpCensus2017: Rule<{
  readonly femalePercent: number;
  readonly flexibleEarlyCareerPercent: number;
  readonly years: string;
  readonly year: number;
}> = {
  id: 'palliative-rcp-census-2017',
  title: 'RCP census of palliative medicine consultants, 2016–17',
  value: { femalePercent: 76, flexibleEarlyCareerPercent: 53, years: '2016–17', year: 2017 },
  sourceId: 'rcp-palliative-workforce',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'In the 2016–17 census, 76% of palliative medicine consultants were women and 53% worked flexibly early in their consultant career. Old.',
};

export const trainingNumbersEvidence: Rule<{ readonly years: string; readonly year: number }> = {
  id: 'palliative-training-numbers-evidence',
  title: 'Evidence to Parliament on training numbers',
  value: { years: '2020 to 2021', year: 2021 },
  sourceId: 'parliament-palliative-training-evidence',
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'medium',
  note: 'Written evidence to a parliamentary committee (about 2020 to 2021) argued that there are too few training posts, given retirements, vacancies, the move to dual training and more consultants working less than full time.',
};

export const paediatricPalliativeMedicine: Rule<{
  readonly college: 'RCPCH';
  readonly curriculum: 'Progress+';
  readonly curriculumSince: number;
}> = {
  id: 'paediatric-palliative-medicine',
  title: 'Paediatric palliative medicine',
  value: { college: 'RCPCH', curriculum: 'Progress+', curriculumSince: 2023 },
  sourceId: 'rcpch-paediatric-palliative-subspecialty',
  alsoSourceIds: ['rcpch-apply-palliative-medicine'],
  checkedOn: FACTS_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'A sub-specialty of paediatrics (Royal College of Paediatrics and Child Health, Progress+ curriculum since 2023), caring for newborn babies to young people in hospital, hospice and the community. Doctors reach it through paediatric run-through training and then apply for the sub-specialty.',
};
