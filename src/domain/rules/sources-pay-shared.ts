/** The sources the pay rules cite that a route or the roles page cites too. Part of the catalogue in sources.ts. */
import { FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from './checked-on';
import type { Source } from './source';

export const payAndOtherSources = {
  'imgconnect-consultant-pay-2024': {
    title: 'NHS consultant doctors’ pay across the UK, 2024',
    publisher: 'IMG Connect (recruiter)',
    url: 'https://imgconnect.co.uk/news/2024/09/nhs-consultant-doctors-pay-across-the-uk-2024/349',
    checkedOn: UPDATE_CHECKED_ON,
    kind: 'secondary',
  },
  'gmc-progression-question': {
    title: 'Doctors: training (written question answered 20 October 2025, GMC data)',
    publisher: 'UK Parliament written answer (copy on Parallel Parliament)',
    url: 'https://www.parallelparliament.co.uk/question/81235/doctors-training',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'copy',
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
  'pathway-derived': {
    title: 'Worked out by Pathway from the official sources (facts.md §9: derived timelines)',
    publisher: 'Pathway',
    url: '/sources#how-dates-are-worked-out',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'derived',
  },
  'nhs-take-home-doctor-salary-2025-26': {
    title: 'NHS doctor salary 2025/26',
    publisher: 'NHS Take Home Pay Calculator (independent website)',
    url: 'https://nhstakehomepaycalculator.co.uk/guides/nhs-doctor-salary-2025-26',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
  'uk-startup-news-consultant-pay-2025': {
    title: 'Consultant pay rise 2025',
    publisher: 'UK Startup News',
    url: 'https://www.ukstartupnews.co.uk/consultant-pay-rise-2025',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'secondary',
  },
} as const satisfies Record<string, Source>;
