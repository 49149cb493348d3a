/**
 * Routes into palliative medicine besides IMT and ACCS-IM (facts-update-2026-12.md §1.E and §1.G): the
 * Alternative Certificate for Group 1 ST4, which Pathway dates; the GMC Portfolio pathway (formerly
 * CESR) to the Specialist Register and the end of standalone IMY3 recruitment, which it only describes.
 */
import type { IsoDate } from '../dates';
import { REVIEW_AFTER_RECRUITMENT_TIMELINES } from './review';
import { UPDATE_CHECKED_ON } from './checked-on';
import type { Rule } from './types';

/** A year after these rules were checked: none of them is tied to a yearly publication. */
const A_YEAR_AFTER_CHECKING = '2027-12-07' as IsoDate;

export const alternativeCertificate: Rule<{
  readonly entersAt: 'ST4';
  readonly showsCapabilitiesOf: 'Internal Medicine Stage 1';
  readonly signedOffBy: 'application';
}> = {
  id: 'alternative-certificate',
  title: 'Alternative Certificate for Group 1 ST4',
  value: {
    entersAt: 'ST4',
    showsCapabilitiesOf: 'Internal Medicine Stage 1',
    signedOffBy: 'application',
  },
  sourceId: 'psro-eligibility-faqs',
  alsoSourceIds: [
    'jrcptb-recruitment',
    'psro-core-capabilities',
    'psro-alternative-certificate-2024',
    'imt-imy3',
  ],
  checkedOn: UPDATE_CHECKED_ON,
  // A new version of the certificate, and which versions a round accepts, is published each year.
  reviewBy: REVIEW_AFTER_RECRUITMENT_TIMELINES,
  confidence: 'high',
  note: 'Doctors who are not in, and have not completed, IMT or ACCS-IM (for example doctors in GP, anaesthetics or surgical training, or in a job outside a training programme) can apply for ST4 in a Group 1 specialty such as palliative medicine with an Alternative Certificate. A consultant who knows their work signs that they have every capability of Internal Medicine Stage 1, including geriatric medicine and critical care, by the time they apply. Only one form is accepted, in a version the round allows; it is downloaded from the Physician Higher Specialty Training Recruitment website.',
};

export const mrcpForStFourApplication: Rule<{
  readonly partOneBy: 'application';
  readonly alternatives: readonly string[];
}> = {
  id: 'mrcp-for-st4-application',
  title: 'MRCP(UK) Part 1 when you apply for ST4',
  value: {
    partOneBy: 'application',
    alternatives: [
      'the full MRCPI diploma after Irish Basic Specialty Training',
      'eligibility for the specialist register in general internal medicine',
    ],
  },
  sourceId: 'psro-mrcp-uk',
  alsoSourceIds: ['cardiology-st4-2023-spec'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_RECRUITMENT_TIMELINES,
  confidence: 'medium',
  note: 'You must have sat and passed MRCP(UK) Part 1 by the time you apply: applications without it are rejected. Group 1 person specifications also accept the full MRCPI diploma after Irish Basic Specialty Training, or being eligible for the specialist register in general internal medicine. Pathway did not see the palliative medicine person specification for 2027.',
};

export const stFourFirstOffersDeadline: Rule<{
  /** Round 1 first offers deadlines that were published, by the year the posts start. */
  readonly publishedByStartYear: Readonly<Record<number, IsoDate>>;
  /** Both published deadlines fell on the third Thursday of April (weekday 4). */
  readonly projected: { readonly month: number; readonly weekday: number; readonly occurrence: 3 };
}> = {
  id: 'st4-first-offers-deadline',
  title: 'Full MRCP(UK) by the first offers deadline',
  value: {
    publishedByStartYear: { 2022: '2022-04-21' as IsoDate, 2024: '2024-04-18' as IsoDate },
    projected: { month: 4, weekday: 4, occurrence: 3 },
  },
  sourceId: 'psro-mrcp-uk',
  alsoSourceIds: ['psro-mrcp-rules-2023', 'imt-imy3-pilot-2025'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_AFTER_RECRUITMENT_TIMELINES,
  confidence: 'medium',
  note: 'Since 2023 recruitment, physician higher specialty training applicants need the full MRCP(UK) diploma by the first offers deadline of their round, or any offer is withdrawn. For round 1 this was 21 April in 2022 and 18 April in 2024, both the third Thursday in April; Pathway projects the same day for later rounds and shows it as an estimate.',
};

export const portfolioPathway: Rule<{
  readonly register: readonly string[];
  readonly assessedAgainst: 'high-level outcomes';
}> = {
  id: 'portfolio-pathway',
  title: 'GMC Portfolio pathway to the Specialist Register',
  value: {
    register: ['Palliative Medicine', 'General (internal) medicine'],
    assessedAgainst: 'high-level outcomes',
  },
  sourceId: 'gmc-palliative-guidance',
  alsoSourceIds: ['federation-portfolio-pathway'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: A_YEAR_AFTER_CHECKING,
  confidence: 'high',
  note: 'Doctors who have not completed a GMC-approved training programme can apply to the GMC for specialist registration with a Portfolio application, showing evidence against the high-level outcomes of the palliative medicine curriculum. A successful applicant is registered in palliative medicine and general (internal) medicine. It is not a training programme, so Pathway does not date it.',
};

export const portfolioPathwayApplication: Rule<{
  readonly submitWithinMonths: number;
  readonly processingMonths: { readonly from: number; readonly to: number };
}> = {
  id: 'portfolio-pathway-application',
  title: 'Making a Portfolio pathway application',
  value: { submitWithinMonths: 24, processingMonths: { from: 3, to: 6 } },
  sourceId: 'gmc-portfolio-pathway-guide',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: A_YEAR_AFTER_CHECKING,
  confidence: 'high',
  note: 'You apply through GMC Online. Once you open an application you have 24 months to submit it, and the GMC says a submitted application takes three to six months to process. Gathering the evidence is a large piece of work to plan for.',
};

export const portfolioPathwayRenamed: Rule<{
  readonly formerly: 'CESR';
  readonly renamedOn: IsoDate;
}> = {
  id: 'portfolio-pathway-renamed',
  title: 'CESR renamed the Portfolio pathway',
  value: { formerly: 'CESR', renamedOn: '2023-11-30' as IsoDate },
  sourceId: 'rcpath-portfolio-pathway',
  alsoSourceIds: ['federation-portfolio-pathway'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: A_YEAR_AFTER_CHECKING,
  confidence: 'high',
  note: 'The Certificate of Eligibility for Specialist Registration (CESR) route was renamed the Portfolio pathway on 30 November 2023, when the law changed: applicants now show the knowledge, skills and experience to practise as a specialist in the UK rather than equivalence to a CCT.',
};

export const imyThreeRecruitmentEnded: Rule<{
  readonly pilotStartYear: number;
  readonly pilotRegions: readonly string[];
  readonly continues: false;
}> = {
  id: 'imy3-recruitment-ended',
  title: 'Standalone IMY3 recruitment ended after the 2025 pilot',
  value: {
    pilotStartYear: 2025,
    pilotRegions: ['Scotland', 'the West Midlands'],
    continues: false,
  },
  sourceId: 'imt-imy3',
  alsoSourceIds: ['imt-imy3-pilot-2025'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: A_YEAR_AFTER_CHECKING,
  confidence: 'high',
  note: 'Standalone Internal Medicine Year 3 (IMY3) posts, a single third year of internal medicine training for doctors who already had IMY2-level capability, were piloted in Scotland and the West Midlands for posts starting in August 2025. IMT Recruitment then said recruitment at IMY3 level will not continue, as the level of interest does not justify it: national IMT recruitment is at CT1 only, and the alternative is to apply straight to higher specialty training with an Alternative Certificate.',
};
