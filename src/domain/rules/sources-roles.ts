/** The sources only the roles page cites (its rules and statements). Part of the catalogue in sources.ts. */
import type { IsoDate } from '../dates';
import { FACTS_CHECKED_ON } from './checked-on';
import type { Source } from './source';

export const rolesSources = {
  // Roles, settings and patients (facts.md §8), for the roles page.
  'jrcptb-palliative-medicine': {
    title: 'Palliative medicine (specialty page)',
    publisher: 'Joint Royal Colleges of Physicians Training Board',
    url: 'https://www.jrcptb.org.uk/specialties/palliative-medicine',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'nihr-academic-training-south-west': {
    title: 'NIHR integrated academic training (fellowships and lectureships)',
    publisher: 'NHS England South West',
    url: 'https://southwest.pgmdeducation.nhs.uk/?p=656',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'lancaster-academic-training': {
    title: 'Academic clinical fellowships and clinical lectureships',
    publisher: 'Lancaster University',
    url: 'https://www.lancaster.ac.uk/icat/academic-clinical-fellowships-and-clinical-lectureships/',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'ficm-advanced-fellowships': {
    title: 'Advanced fellowships',
    publisher: 'Faculty of Intensive Care Medicine',
    url: 'https://ficm.ac.uk/index.php/documents/advanced-fellowships',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'apm-agm-2017': {
    title: 'Association for Palliative Medicine annual general meeting, 30 March 2017 (copy)',
    publisher: 'vdocuments.us (copy of an APM document)',
    url: 'https://vdocuments.us/thursday-30-march-2017-1630-1730-room-hall-1a.html',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'copy',
  },
  'rcgp-palliative-extended-role': {
    title: 'Palliative care in general practice (GP extended roles)',
    publisher: 'Royal College of General Practitioners',
    url: 'https://rcgp.org.uk/your-career/gp-extended-roles/palliative-care-in-general-practice',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'rcpch-paediatric-palliative-subspecialty': {
    title: 'Paediatric palliative medicine sub-specialty',
    publisher: 'Royal College of Paediatrics and Child Health',
    url: 'https://www.rcpch.ac.uk/resources/paediatric-palliative-medicine-sub-specialty',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'rcpch-apply-palliative-medicine': {
    title: 'Applying for a sub-specialty: palliative medicine',
    publisher: 'Royal College of Paediatrics and Child Health',
    url: 'https://www.rcpch.ac.uk/education-careers/apply-paediatrics/sub-specialties/palliative-medicine',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'doyle-palliative-medicine-2005': {
    title: 'Doyle (2005), palliative medicine in the UK',
    publisher: 'docobook.com (a copy of the article)',
    url: 'https://docobook.com/palliative-medicine.html',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'copy',
  },
  'apm-careers': {
    title: 'Careers in palliative medicine',
    publisher: 'Association for Palliative Medicine',
    url: 'https://apmonline.org/about-pages/careers-in-palliative-medicine/',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'official',
  },
  'parliament-palliative-training-evidence': {
    title: 'Written evidence on palliative medicine training numbers (about 2020 to 2021)',
    publisher: 'UK Parliament committees',
    url: 'https://committees.parliament.uk/writtenevidence/42445/html/',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'pathway-fact-base': {
    title: 'What Pathway’s fact base looked for and did not find (facts.md §5, §8 and §10)',
    publisher: 'Pathway',
    url: '/sources#all-sources',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'derived',
  },
  'pathway-plain-english': {
    title:
      'Plain-English explanations of medical terms, written by Pathway (not from a published source)',
    publisher: 'Pathway',
    url: '/roles#procedures',
    // Written for the roles page on this day.
    checkedOn: '2026-11-25' as IsoDate,
    kind: 'derived',
  },
} as const satisfies Record<string, Source>;
