import type { IsoDate } from '../dates';

/** The day the fact base (shared/domain/facts.md) was checked against these pages. */
export const FACTS_CHECKED_ON = '2026-11-24' as IsoDate;

export type Source = {
  readonly title: string;
  /** Who publishes the page. */
  readonly publisher: string;
  readonly url: string;
  readonly checkedOn: IsoDate;
  /** Official or primary sources are the ones to trust when sources disagree. */
  readonly kind: 'official' | 'secondary' | 'derived';
};

/**
 * Every page a rule or conflict cites, keyed by a stable id. Titles describe the page, not our reading
 * of it. `derived` marks arithmetic or planning assumptions built on the other sources (facts.md §9).
 */
export const sources = {
  'ucas-deadlines': {
    title: 'Application deadlines',
    publisher: 'UCAS',
    url: 'https://www.ucas.com/advisers/help-and-training/guides-resources-and-training/application-overview/application-deadlines',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'ucat-test-cycle': {
    title: 'UCAT test cycle',
    publisher: 'UCAT Consortium',
    url: 'https://www.ucat.ac.uk/about-ucat/ucat-test-cycle',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'ucat-booking': {
    title: 'Booking your test (UCAT 2026 key dates)',
    publisher: 'UCAT Consortium',
    url: 'https://www.ucat.ac.uk/register/booking-your-test/',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'bluepeanut-ucat-registration': {
    title: 'UCAT registration 2026',
    publisher: 'Blue Peanut (tutoring company)',
    url: 'https://bluepeanut.com/ucat-registration',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'gamsat-eligibility': {
    title: 'GAMSAT: about the test and eligibility',
    publisher: 'ACER',
    url: 'https://gamsat.acer.org/about-gamsat/eligibility',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'interview-decision-dates': {
    title: 'Medicine interview decision dates',
    publisher: 'Interview Crash Course',
    url: 'https://interviewcrashcourse.com/guides/medicine-interview-decision-dates',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'sunderland-after-interview': {
    title: 'What happens after my interview?',
    publisher: 'University of Sunderland School of Medicine',
    url: 'https://www.sunderland.ac.uk/help/school-of-medicine/interviews/what-happens-after-my-interview/',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'revisionmedics-ucas': {
    title: 'UCAS for medicine',
    publisher: 'Revision Medics',
    url: 'https://www.revisionmedics.co.uk/ucas',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'oxford-medicine-requirements': {
    title: 'Medicine (pre-clinical): entrance requirements',
    publisher: 'University of Oxford Medical Sciences Division',
    url: 'https://www.medsci.ox.ac.uk/study/medicine/pre-clinical/requirements',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'msc-entry-requirements': {
    title: 'Entry requirements for UK medical schools',
    publisher: 'Medical Schools Council',
    url: 'https://www.medschools.ac.uk/studying-medicine/making-an-application/entry-requirements',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'medistudents-entry-requirements': {
    title: 'Medicine entry requirements',
    publisher: 'Medistudents',
    url: 'https://www.medistudents.com/en/medical-school-applications/medicine-entry-requirements',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'ucas-course-oxford-a100': {
    title: 'Oxford Medicine A100 course listing (UCAS course feed, 2026)',
    publisher: 'UCAS course feed',
    url: 'https://stg.scrapper.courseoptions.com/courses/66295',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'cambridge-lucy-medicine': {
    title: 'Medicine (standard course)',
    publisher: 'Lucy Cavendish College, University of Cambridge',
    url: 'https://www.lucy.cam.ac.uk/subject/medicine-standard-course',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'msc-gateway-courses': {
    title: 'Entry requirements for 2024 start: medicine with a gateway year',
    publisher: 'Medical Schools Council',
    url: 'http://medschools.ac.uk/studying-medicine/how-to-apply-to-medical-school-in-the-uk/entry-requirements-for-2024-start/?type=medicine-with-a-gateway-year',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'lancaster-gateway-year': {
    title: 'Medicine and Surgery with a Gateway Year: how to apply',
    publisher: 'Lancaster Medical School',
    url: 'https://www.lancaster.ac.uk/lms/new-lms-site-draft-/medicine-and-surgery/how-to-apply/medicine-and-surgery-with-a-gateway-year',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'msc-oxford-graduate-entry': {
    title: 'BM BCh Medicine (graduate entry)',
    publisher: 'Medical Schools Council',
    url: 'https://www.medschools.ac.uk/courses/bm-bch-medicine-graduate-entry-a100',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'cambridge-graduate-course': {
    title: 'Medicine (graduate course)',
    publisher: 'University of Cambridge',
    url: 'https://www.undergraduate.study.cam.ac.uk/courses/medicine-graduate-course',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'bma-graduate-entry': {
    title: 'Graduate and foundation students',
    publisher: 'British Medical Association',
    url: 'https://www.bma.org.uk/advice/career/studying-medicine/becoming-a-doctor/graduate-and-foundation-students',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'msc-mla': {
    title: 'Medical Licensing Assessment',
    publisher: 'Medical Schools Council',
    url: 'https://www.medschools.ac.uk/studying-medicine/medical-licensing-assessment',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'gmc-provisional-registration': {
    title: 'Provisional registration: first year of the Foundation Programme (F1)',
    publisher: 'General Medical Council',
    url: 'https://www.gmc-uk.org/registration-and-licensing/join-the-register/provisional-registration/first-year-of-the-foundation-programme-f1',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'ukfp-introduction': {
    title: 'UK Foundation Programme: introduction',
    publisher: 'UK Foundation Programme',
    url: 'https://foundationprogramme.nhs.uk/programmes/2-year-foundation-programme/ukfp/introduction',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'ukfp-f1-completion': {
    title: 'Timeline for F1 completion',
    publisher: 'UK Foundation Programme',
    url: 'https://foundationprogramme.nhs.uk/curriculum/annual-review-of-competence-progression-arcp/timeline-for-f1-completion/',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'south-tees-foundation': {
    title: 'Foundation Programme',
    publisher: 'South Tees Hospitals NHS Foundation Trust',
    url: 'https://www.southtees.nhs.uk/about/strive/education/foundation-programme/',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'ukfp-2024-applicant-presentation': {
    title: 'UKFP 2024 applicant presentation (application dates)',
    publisher: 'UK Foundation Programme Office (copy on Scribd)',
    url: 'https://www.scribd.com/document/689218255/UKFP-2024-Applicant-Presentation',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'gmc-progression-question': {
    title: 'Doctors: training (written question answered 20 October 2025, GMC data)',
    publisher: 'Parallel Parliament (UK Parliament written answer)',
    url: 'https://www.parallelparliament.co.uk/question/81235/doctors-training',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'federation-palliative-medicine': {
    title: 'Palliative medicine: training',
    publisher: 'Federation of the Royal Colleges of Physicians',
    url: 'https://www.thefederation.uk/training/specialties/palliative-medicine',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'psro-palliative-medicine': {
    title: 'Palliative medicine (ST4 recruitment)',
    publisher: 'Physician Specialty Recruitment Office',
    url: 'https://phstrecruitment.org.uk/specialties/palliative-medicine',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'nw-palliative-medicine': {
    title: 'Palliative medicine specialty school',
    publisher: 'NHS England North West',
    url: 'https://nwpgmd.nhs.uk/Specialty_Schools/Medicine/Palliative_Medicine',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'gmc-palliative-guidance': {
    title: 'Specialty specific guidance for palliative medicine',
    publisher: 'General Medical Council',
    url: 'https://www.gmc-uk.org/registration-and-licensing/join-the-register/registration-applications/specialty-specific-guidance/specialty-specific-guidance-for-palliative-medicine',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'psro-eligibility': {
    title: 'Am I eligible? (Group 1 core training requirement)',
    publisher: 'Physician Specialty Recruitment Office',
    url: 'https://www.phstrecruitment.org.uk/recruitment-process/am-i-eligible',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'jrcptb-im-curriculum-faqs': {
    title: 'New internal medicine curriculum FAQs',
    publisher: 'Joint Royal Colleges of Physicians Training Board',
    url: 'https://www.jrcptb.org.uk/training-certification/new-internal-medicine-curriculum/new-im-curriculum-faqs',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'accs-im-trainees': {
    title: 'ACCS internal medicine trainees',
    publisher: 'ACCS (Acute Care Common Stem)',
    url: 'https://accs.ac.uk/im-all-trainees',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'imt-about-accs': {
    title: 'About ACCS',
    publisher: 'IMT Recruitment',
    url: 'https://imtrecruitment.org.uk/about-imt/about-accs',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'west-midlands-imt-pathway': {
    title: 'IMT training pathway',
    publisher: 'NHS England West Midlands',
    url: 'https://www.westmidlandsdeanery.nhs.uk/postgraduate-schools/medicine/specialties-within-the-school-of-medicine/internal-medical-training/imt-training-pathway',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'cardiology-st4-2023-spec': {
    title: 'Cardiology ST4 2023 person specification (Group 1 example)',
    publisher: 'Physician Specialty Recruitment Office (copy on Scribd)',
    url: 'https://www.scribd.com/document/719373313/Cardiology-St4-2023',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'medcourse-imt-recruitment': {
    title: 'IMT application and recruitment guide',
    publisher: 'MedCourse',
    url: 'https://medcourse.co.uk/speciality-guide/imt-application-recruitment/',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'imt-dates-posts-2022': {
    title: 'IMT recruitment: dates and posts (2022 start)',
    publisher: 'IMT Recruitment',
    url: 'https://imt.ardigitalsolutions.co.uk/recruitment-process/dates-posts',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'imt-round-2': {
    title: 'Planning your application: Round 2',
    publisher: 'IMT Recruitment',
    url: 'https://www.imtrecruitment.org.uk/recruitment-process/planning-your-application/round-2',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'psro-general-faqs': {
    title: 'General FAQs',
    publisher: 'Physician Specialty Recruitment Office',
    url: 'https://phstrecruitment.org.uk/help/general-faqs',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'psro-eligibility-faqs': {
    title: 'Eligibility FAQs',
    publisher: 'Physician Specialty Recruitment Office',
    url: 'https://phstrecruitment.org.uk/help/eligibility-faqs',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'federation-sce-palliative': {
    title: 'Specialty Certificate Examination: palliative medicine',
    publisher: 'Federation of the Royal Colleges of Physicians',
    url: 'https://www.thefederation.uk/examinations/specialty-certificate-examinations/specialties/palliative-medicine',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'london-palliative-training': {
    title: 'Palliative medicine training in London',
    publisher: 'NHS England London',
    url: 'https://london.hee.nhs.uk/node/1901',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'jrcptb-ltft': {
    title: 'Less than full time training',
    publisher: 'Joint Royal Colleges of Physicians Training Board',
    url: 'https://www.jrcptb.org.uk/training-certification/less-full-time-training',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'jrcptb-faqs': {
    title: 'Training and certification FAQs',
    publisher: 'Joint Royal Colleges of Physicians Training Board',
    url: 'https://www.jrcptb.org.uk/training-certification/FAQs',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'rcp-imt-ratios-2025': {
    title: 'RCP responds to the competition ratios for the 2025 recruitment round',
    publisher: 'Royal College of Physicians',
    url: 'https://rcp.ac.uk/news-and-media/news-and-opinion/rcp-responds-to-the-competition-ratios-for-the-2025-recruitment-round',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'specialty-applications-imt-ratios': {
    title: 'Internal medicine training CT1 competition ratios',
    publisher: 'Specialty Applications',
    url: 'https://www.specialty-applications.co.uk/competition-ratios/internal-medicine-training-ct1-competition-ratios/',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'health-careers-palliative-medicine': {
    title: 'Palliative medicine (explore roles)',
    publisher: 'NHS Health Careers',
    url: 'https://www.healthcareers.nhs.uk/explore-roles/medicine/palliative-medicine',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'rcp-palliative-workforce': {
    title: 'Palliative medicine: workforce',
    publisher: 'Royal College of Physicians (Medical Care)',
    url: 'https://www.rcpmedicalcare.org.uk/developing-physicians/specialties/palliative-medicine/workforce',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'spcare-ltft-consultants': {
    title:
      'Wakefield et al., BMJ Supportive & Palliative Care 2024 (consultant workforce, Table 4)',
    publisher: 'BMJ Supportive & Palliative Care',
    url: 'https://spcare.bmj.com/content/14/1/76',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'kss-ltft-2011': {
    title: 'GMC position statement on less than full time training (October 2011)',
    publisher: 'Kent, Surrey and Sussex Deanery',
    url: 'http://kssdeanery.ac.uk/news/ltft-gmc-position-statement-october-2011',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'gmc-ltft-position': {
    title: 'Less than full time training: position statement (revised November 2017)',
    publisher: 'General Medical Council',
    url: 'https://www.gmc-uk.org/education/postgraduate/27071.asp',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'gmc-out-of-programme': {
    title: 'Out of programme guidance',
    publisher: 'General Medical Council',
    url: 'https://www.gmc-uk.org/education/standards-guidance-and-curricula/guidance/out-of-programme',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'lase-oop': {
    title: 'What is time out of programme (OOP)?',
    publisher: 'NHS England London and South East PGMDE support',
    url: 'https://lasepgmdesupport.hee.nhs.uk/support/solutions/articles/7000019129',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'nhse-oop-faq': {
    title: 'Out of programme FAQ',
    publisher: 'NHS England trainee support',
    url: 'https://hee.freshdesk.com/support/solutions/articles/7000051545',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'pathway-derived': {
    title: 'Worked out by Pathway from the official sources (facts.md §9: derived timelines)',
    publisher: 'Pathway',
    url: '/sources#how-dates-are-worked-out',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'derived',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(sources, id);
}
