/**
 * What the roles page says: settings, patients, what the care covers, procedures, roles and routes,
 * skills and the workforce. Every sentence is a sourced statement (statements.ts); figures are quoted
 * from rules in src/domain/rules, so a figure and its source cannot drift apart. Where the fact base has
 * little, the page says less: "what a day looks like" is built only from sourced facts.
 */
import {
  dualCctSameDate,
  higherTrainingLength,
  minimumPostFoundationYears,
  palliativeConsultantsLtft,
  palliativeGroupOne,
} from '../rules/specialty';
import { ooprCredit, oopCreditNeedsApproval } from '../rules/ltft';
import {
  academicClinicalFellowship,
  advancedResearchFellowships,
  cctOutcomes2013,
  clinicalLectureship,
  consultantCount2005,
  consultantResearchTime,
  consultantWorkforce2012,
  higherTrainingRotations,
  oopAfterFirstYear,
  paediatricPalliativeMedicine,
  palliativeConsultantsLtft2004,
  rcpCensus2017,
  apmWorkforceNow,
  specialtyRecognised,
  trainees2012,
  trainingNumbersEvidence,
} from '../rules/roles';
import { consultantThresholds, englandConsultantPay2025, englandSasPay2025 } from '../rules/pay';
import { FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from '../rules/checked-on';
import { groupedNumber, poundsText } from '../pay/pounds';
import { type OtherRoute, otherRoutes } from './other-routes';
import { type Citation, type Statement, fromRule, statement } from './statements';
// The sources these statements cite, findable by id where the page shows them.
import '../rules/roles-topic';

/** The NHS Health Careers palliative medicine page, as supplied with the project. */
const HEALTH_CAREERS: Citation = {
  sourceId: 'health-careers-palliative-medicine',
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'high',
};

/** Settings the fact base took from the PSRO page: its text was not supplied, so medium confidence. */
const PSRO: Citation = {
  sourceId: 'psro-palliative-medicine',
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'medium',
};

const PSRO_AND_HEALTH_CAREERS: Citation = {
  sourceId: 'health-careers-palliative-medicine',
  alsoSourceIds: ['psro-palliative-medicine'],
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'high',
};

const WIDER_ROLES: Citation = {
  sourceId: 'jrcptb-palliative-medicine',
  alsoSourceIds: ['federation-palliative-medicine'],
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'high',
};

const SAS: Citation = {
  sourceId: 'apm-agm-2017',
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'medium',
};

const RCGP: Citation = {
  sourceId: 'rcgp-palliative-extended-role',
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'high',
};

const FACT_BASE: Citation = {
  sourceId: 'pathway-fact-base',
  checkedOn: FACTS_CHECKED_ON,
  confidence: 'high',
};

/** What the December 2026 check of the fact base looked for and did not find. */
const UPDATE_FACTS: Citation = { ...FACT_BASE, checkedOn: UPDATE_CHECKED_ON };

const PLAIN_ENGLISH: Citation = {
  sourceId: 'pathway-plain-english',
  checkedOn: '2026-11-25' as Statement['checkedOn'],
  confidence: 'medium',
};

/** The things the page says about each setting and role, in this order. */
export const DETAIL_KINDS = ['day', 'patients', 'training', 'pay', 'plan'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

export const DETAIL_HEADINGS: Readonly<Record<DetailKind, string>> = {
  day: 'What a day looks like',
  patients: 'Which patients',
  training: 'What training leads there',
  pay: 'What it pays',
  plan: 'How it changes your plan',
};

/** Only the parts the sources say something about. */
export type Details = { readonly [Kind in DetailKind]?: readonly Statement[] };

export type Setting = {
  readonly id: string;
  readonly title: string;
  readonly summary: Statement;
  readonly details: Details;
};

/**
 * How a role relates to the route Pathway plans: it is that route, it can be opened as a variant of
 * the plan, it is a different route Pathway does not plan, or it is a wider role that does not change
 * the training route.
 */
export type RouteRelation = 'planned-route' | 'academic-variant' | 'different-route' | 'wider-role';

export type Role = {
  readonly id: string;
  readonly title: string;
  readonly summary: Statement;
  readonly details: Details;
  readonly relation: RouteRelation;
};

export type Procedure = {
  readonly id: string;
  readonly name: string;
  /** What the source lists. */
  readonly listed: Statement;
  /** What it means, in plain English. */
  readonly plainEnglish: Statement;
};

export type Skill = { readonly id: string; readonly statement: Statement };

export type RolesContent = {
  readonly intro: readonly Statement[];
  readonly settingsIntro: readonly Statement[];
  readonly settings: readonly Setting[];
  readonly patients: readonly Statement[];
  readonly care: readonly Statement[];
  readonly procedures: readonly Procedure[];
  readonly roles: readonly Role[];
  /** Routes besides IMT and ACCS-IM: the Alternative Certificate, the Portfolio pathway, IMY3. */
  readonly otherRoutes: readonly OtherRoute[];
  readonly skills: readonly Skill[];
  readonly workforce: readonly Statement[];
  readonly notFound: readonly Statement[];
};

const rotations = higherTrainingRotations.value;

/** Each setting is part of ST4 to ST7 for every trainee: the same words for each. */
function partOfTraining(settingId: string): Statement {
  return fromRule(
    `${settingId}-plan`,
    higherTrainingLength,
    `Every palliative medicine trainee works in this setting during ST4 to ST7, within the indicative ${higherTrainingLength.value.years} years, so it does not change the dates on your route.`,
  );
}

const settings: readonly Setting[] = [
  {
    id: 'hospital',
    title: 'Hospital specialist palliative care teams',
    summary: statement(
      'hospital-summary',
      'In most hospitals the palliative medicine doctor advises the team looking after the patient, working alongside nurses who give most of the care.',
      HEALTH_CAREERS,
    ),
    details: {
      day: [
        statement(
          'hospital-day-advice',
          'You give expert advice and support to colleagues, especially those treating patients with complex conditions.',
          HEALTH_CAREERS,
        ),
      ],
      patients: [
        statement(
          'hospital-patients',
          'Patients already being treated by other hospital teams, often with complex conditions.',
          HEALTH_CAREERS,
        ),
      ],
      training: [
        fromRule(
          'hospital-training',
          higherTrainingRotations,
          `Higher specialty training includes time with hospital teams: at least ${rotations.hospitalMonthsAtLeast} months in London’s programme.`,
        ),
        fromRule(
          'hospital-training-acute',
          higherTrainingRotations,
          `Training also includes about ${rotations.acuteTakeMonths} months of acute unselected take in internal medicine, looking after people admitted to hospital as emergencies.`,
        ),
      ],
      plan: [partOfTraining('hospital')],
    },
  },
  {
    id: 'hospice',
    title: 'Hospice inpatient units',
    summary: statement(
      'hospice-summary',
      'In a specialist inpatient unit, such as a hospice’s, the palliative medicine doctor is responsible for the patient’s medical care.',
      PSRO_AND_HEALTH_CAREERS,
    ),
    details: {
      day: [
        statement(
          'hospice-day-medical-care',
          'You manage patients’ medical care yourself, rather than advising another team.',
          HEALTH_CAREERS,
        ),
      ],
      training: [
        fromRule(
          'hospice-training',
          higherTrainingRotations,
          `Higher specialty training includes at least ${rotations.hospiceMonthsAtLeast} months in a hospice in London’s programme.`,
        ),
      ],
      plan: [partOfTraining('hospice')],
    },
  },
  {
    id: 'community',
    title: 'Community teams and home visits',
    summary: statement(
      'community-summary',
      'Palliative medicine doctors also work in the community, and home visits are common.',
      HEALTH_CAREERS,
    ),
    details: {
      day: [
        statement(
          'community-day-joined-up',
          'You help different professionals and services work together, so that people can be cared for at home and avoid unnecessary hospital admissions near the end of life.',
          HEALTH_CAREERS,
        ),
      ],
      patients: [
        statement(
          'community-patients',
          'People being cared for at home, including towards the end of their life.',
          HEALTH_CAREERS,
        ),
      ],
      training: [
        fromRule(
          'community-training',
          higherTrainingRotations,
          `Higher specialty training includes at least ${rotations.communityMonthsAtLeast} months with community teams in London’s programme.`,
        ),
      ],
      plan: [partOfTraining('community')],
    },
  },
  {
    id: 'outpatients',
    title: 'Outpatients and day services',
    summary: statement(
      'outpatients-summary',
      'Palliative medicine doctors also see patients in outpatient clinics and day services.',
      PSRO,
    ),
    details: {},
  },
];

const settingsIntro: readonly Statement[] = [
  statement(
    'settings-where',
    'Palliative medicine doctors work in hospitals, hospices and the community.',
    HEALTH_CAREERS,
  ),
  statement(
    'settings-combination',
    'Consultants often work across a combination of these settings.',
    PSRO,
  ),
];

const intro: readonly Statement[] = [
  statement(
    'intro-what',
    'Doctors in palliative medicine care for people with serious illnesses that are advanced, getting worse and cannot be cured. The aim is the best possible quality of life for as long as possible.',
    HEALTH_CAREERS,
  ),
];

const patients: readonly Statement[] = [
  statement(
    'patients-cancer',
    'Most patients have advanced cancer, or cancer that is getting worse.',
    HEALTH_CAREERS,
  ),
  statement(
    'patients-other-conditions',
    'More and more patients have other conditions, such as heart failure, kidney (renal) failure and neurological conditions (conditions of the brain and nerves).',
    HEALTH_CAREERS,
  ),
  statement(
    'patients-understanding',
    'You need a deep understanding of these conditions and how they are treated, which gives a chance to develop a special interest.',
    HEALTH_CAREERS,
  ),
  fromRule(
    'patients-children',
    paediatricPalliativeMedicine,
    'Paediatric palliative medicine, a separate sub-specialty of paediatrics, cares for babies, children and young people.',
  ),
];

const care: readonly Statement[] = [
  statement(
    'care-quality-of-life',
    'Aiming for the best quality of life for as long as possible.',
    HEALTH_CAREERS,
  ),
  statement('care-symptoms', 'Anticipating and managing pain and other symptoms.', HEALTH_CAREERS),
  statement(
    'care-whole-person',
    'Looking after psychological, social and spiritual needs, not just physical ones.',
    HEALTH_CAREERS,
  ),
  statement(
    'care-planning-ahead',
    'Planning ahead with patients and other professionals, including advance planning in the last year of life.',
    HEALTH_CAREERS,
  ),
  statement(
    'care-joined-up',
    'Joining up care across services, so people can be cared for at home and avoid hospital admissions they do not need.',
    HEALTH_CAREERS,
  ),
  statement(
    'care-end-of-life',
    'End of life care that meets the needs and wishes of the person and their family.',
    HEALTH_CAREERS,
  ),
  statement(
    'care-families',
    'Supporting the patient’s family and the people close to them, during the illness and in bereavement.',
    HEALTH_CAREERS,
  ),
];

function procedure(id: string, name: string, listed: string, plainEnglish: string): Procedure {
  return {
    id,
    name,
    listed: statement(`${id}-listed`, listed, HEALTH_CAREERS),
    plainEnglish: statement(`${id}-plain-english`, plainEnglish, PLAIN_ENGLISH),
  };
}

const procedures: readonly Procedure[] = [
  procedure(
    'paracentesis',
    'Paracentesis',
    'Paracentesis is one of the common procedures: drawing off fluid from one of the body’s natural cavities.',
    'Fluid can build up inside the body, for example in the tummy, and make someone uncomfortable or breathless. A doctor drains it off through a thin needle or tube.',
  ),
  procedure(
    'portable-ultrasound',
    'Portable ultrasound',
    'Using portable ultrasound is one of the common procedures.',
    'A small scanner brought to the bed uses sound waves to show a picture of the inside of the body, for example to find fluid before draining it.',
  ),
  procedure(
    'epidural-infusions',
    'Epidural infusions and other specialist pain techniques',
    'Specialist pain techniques include managing epidural infusions, a local anaesthetic procedure for blocking pain, sometimes together with a pain specialist.',
    'An epidural infusion is a slow, steady flow of local anaesthetic through a very thin tube placed in the back, near the nerves of the spine, to numb pain.',
  ),
  procedure(
    'central-lines',
    'Central lines',
    'Managing central lines is one of the common procedures.',
    'A central line is a thin, soft tube placed in a large vein, so medicines and fluids can be given without a new needle each time.',
  ),
  procedure(
    'non-invasive-ventilation',
    'Non-invasive ventilation',
    'Managing non-invasive ventilation is one of the common procedures.',
    'Non-invasive ventilation is a machine that helps someone breathe by pushing air through a mask over the nose or face, without a tube in the windpipe.',
  ),
  procedure(
    'tracheostomies',
    'Tracheostomies',
    'Managing tracheostomies is one of the common procedures.',
    'A tracheostomy is a small opening in the front of the neck with a tube into the windpipe, which some people breathe through.',
  ),
];

const academic = academicClinicalFellowship.value;
const lectureship = clinicalLectureship.value;
const research = consultantResearchTime.value;
const oopr = ooprCredit.value;

/**
 * "£109,725": whole pounds as the pay pages write them, without Intl (pounds.ts: the first number
 * format made on a page loads the locale's data, and these words are written as the page loads).
 */
const pounds = poundsText;
const consultantPay = englandConsultantPay2025.value;
const sasPay = englandSasPay2025.value;

const roles: readonly Role[] = [
  {
    id: 'consultant',
    title: 'Consultant in palliative medicine',
    relation: 'planned-route',
    summary: statement(
      'consultant-summary',
      'Palliative medicine doctors are an essential part of specialist palliative care services, bringing clinical expertise, quality improvement, education, research and the management of research.',
      HEALTH_CAREERS,
    ),
    details: {
      day: [
        statement(
          'consultant-day-settings',
          'Consultants often work across hospital teams, hospice inpatient units, community teams and outpatient or day services.',
          PSRO,
        ),
        statement(
          'consultant-day-posts',
          'Consultant posts are with the NHS, with a hospice, or joint posts shared between them, which is one way a consultant comes to work in several settings.',
          // The sources say consultants work across settings; none gives the share of each kind of post.
          { ...PSRO_AND_HEALTH_CAREERS, confidence: 'low' },
        ),
        statement(
          'consultant-day-teams',
          'You work in teams of different professions (multidisciplinary teams) and need to be able to lead them.',
          HEALTH_CAREERS,
        ),
        statement(
          'consultant-day-medicines',
          'You need expert knowledge of medicines for many kinds of problem, and of how drugs interact and their side effects.',
          HEALTH_CAREERS,
        ),
      ],
      training: [
        fromRule(
          'consultant-training-route',
          palliativeGroupOne,
          'Since August 2022 palliative medicine trains alongside internal medicine: core training, then higher specialty training from ST4 to ST7.',
        ),
        fromRule(
          'consultant-training-years',
          minimumPostFoundationYears,
          `Full time with no gaps, that is ${minimumPostFoundationYears.value.imt} years after the Foundation Programme through IMT, or ${minimumPostFoundationYears.value['accs-im']} through ACCS-IM.`,
        ),
        fromRule(
          'consultant-training-cct',
          dualCctSameDate,
          'Training ends with a Certificate of Completion of Training (CCT) in palliative medicine and internal medicine on the same date, which leads to the GMC Specialist Register.',
        ),
      ],
      pay: [
        fromRule(
          'consultant-pay',
          englandConsultantPay2025,
          `In England in ${consultantPay.scaleYear}, consultant basic pay starts at ${pounds(consultantPay.annual['1'])} a year and reaches ${pounds(consultantPay.annual['4'])} after ${consultantThresholds.value.afterYears['4']} years as a consultant.`,
        ),
      ],
    },
  },
  {
    id: 'academic',
    title: 'Academic palliative medicine: fellowships and lectureships',
    relation: 'academic-variant',
    summary: fromRule(
      'academic-summary',
      academicClinicalFellowship,
      'Academic doctors combine clinical training with research, through NIHR academic clinical fellowships and clinical lectureships. Palliative care fellowships exist, for example at Lancaster.',
    ),
    details: {
      day: [
        fromRule(
          'academic-day-acf',
          academicClinicalFellowship,
          `An academic clinical fellow spends ${academic.clinicalPercent}% of their time in clinical training and ${academic.researchPercent}% on research.`,
        ),
        fromRule(
          'academic-day-lectureship',
          clinicalLectureship,
          `A clinical lecturer spends ${lectureship.clinicalPercent}% on clinical training and ${lectureship.researchPercent}% on research.`,
        ),
        fromRule(
          'academic-day-consultants',
          consultantResearchTime,
          `In a study published in ${research.publishedYear}, ${research.researchInterestedPercent}% of palliative medicine consultants who answered were interested in research, but on average only ${research.averageResearchProgrammedActivities} of their ${research.averageProgrammedActivities} weekly programmed activities were for research.`,
          { figureYear: research.publishedYear },
        ),
      ],
      training: [
        fromRule(
          'academic-training-acf',
          academicClinicalFellowship,
          `An academic clinical fellowship lasts up to ${academic.maxYears} years (full-time equivalent) and aims to lead to a PhD fellowship.`,
        ),
        fromRule(
          'academic-training-lectureship',
          clinicalLectureship,
          `A clinical lectureship comes after a doctorate and lasts up to ${lectureship.maxYears} years, or until your CCT.`,
        ),
        fromRule(
          'academic-training-later',
          advancedResearchFellowships,
          `Later, clinician scientist and advanced fellowships give at least ${advancedResearchFellowships.value.minResearchPercent}% of the week to research.`,
        ),
      ],
      plan: [
        fromRule(
          'academic-plan-oopr',
          ooprCredit,
          `Research time out of programme (OOPR), for example for a PhD, normally lasts up to ${oopr.normalMaximumYears} years, or ${oopr.maximumYearsWithDeanAgreement} with the postgraduate dean’s agreement.`,
        ),
        fromRule(
          'academic-plan-credit',
          ooprCredit,
          `Your specialty advisory committee decides how much of it counts towards training. Physician committees have usually allowed up to about ${oopr.usualPhysicianCreditMonths} months.`,
        ),
        fromRule(
          'academic-plan-when',
          oopAfterFirstYear,
          'Time out of programme is not usually agreed until you are at least a year into a training programme.',
        ),
        fromRule(
          'academic-plan-approval',
          oopCreditNeedsApproval,
          `Credit must be approved before you go: ask JRCPTB at least ${oopCreditNeedsApproval.value.weeksAhead} weeks ahead.`,
        ),
      ],
    },
  },
  {
    id: 'paediatric',
    title: 'Paediatric palliative medicine',
    relation: 'different-route',
    summary: fromRule(
      'paediatric-summary',
      paediatricPalliativeMedicine,
      'Paediatric palliative medicine is a sub-specialty of paediatrics, for babies, children and young people.',
    ),
    details: {
      day: [
        fromRule(
          'paediatric-day',
          paediatricPalliativeMedicine,
          'Paediatric palliative medicine doctors work in hospitals, hospices and the community.',
        ),
      ],
      patients: [
        fromRule(
          'paediatric-patients',
          paediatricPalliativeMedicine,
          'Patients range from newborn babies (neonates) to young people.',
        ),
      ],
      training: [
        fromRule(
          'paediatric-training-route',
          paediatricPalliativeMedicine,
          'You train in paediatrics through run-through paediatric training, then apply for the palliative medicine sub-specialty. It does not go through IMT.',
        ),
        fromRule(
          'paediatric-training-curriculum',
          paediatricPalliativeMedicine,
          `The Royal College of Paediatrics and Child Health runs it, with the ${paediatricPalliativeMedicine.value.curriculum} curriculum since ${paediatricPalliativeMedicine.value.curriculumSince}.`,
        ),
      ],
    },
  },
  {
    id: 'gp-extended-role',
    title: 'GP with an extended role in palliative care',
    relation: 'different-route',
    summary: statement(
      'gp-summary',
      'Some GPs take on an extended role in palliative and end of life care.',
      RCGP,
    ),
    details: {
      training: [
        statement(
          'gp-training',
          'You train as a GP. The Royal College of General Practitioners publishes a capability framework for GPs with this extended role.',
          RCGP,
        ),
      ],
    },
  },
  {
    id: 'sas',
    title: 'Specialty and specialist (SAS) doctors',
    relation: 'different-route',
    summary: statement(
      'sas-summary',
      'Specialty doctors and specialists (SAS doctors) work in hospices and specialist palliative care teams.',
      SAS,
    ),
    details: {
      day: [
        statement(
          'sas-day',
          'The Association for Palliative Medicine has a committee for SAS doctors.',
          SAS,
        ),
      ],
      pay: [
        fromRule(
          'sas-pay',
          englandSasPay2025,
          `In England in ${sasPay.scaleYear}, specialty doctors are paid ${pounds(sasPay.specialtyDoctor.from)} to ${pounds(sasPay.specialtyDoctor.to)} a year and specialists ${pounds(sasPay.specialist.from)} to ${pounds(sasPay.specialist.to)} (basic pay).`,
        ),
      ],
    },
  },
  {
    id: 'hospice-medical-director',
    title: 'Hospice medical director',
    relation: 'wider-role',
    summary: statement(
      'medical-director-summary',
      'Wider roles for palliative medicine doctors include developing services and managing hospices, for example as a hospice medical director.',
      WIDER_ROLES,
    ),
    details: {},
  },
  {
    id: 'education-and-research',
    title: 'Education and research',
    relation: 'wider-role',
    summary: statement(
      'education-summary',
      'Palliative medicine doctors have an important teaching role, advising colleagues, families and other health professionals.',
      HEALTH_CAREERS,
    ),
    details: {
      day: [
        statement(
          'education-day-teaching',
          'You could teach medical students, or doctors and other students after their degree.',
          HEALTH_CAREERS,
        ),
        statement(
          'education-day-research',
          'You could do research at universities, in the NHS or in the private sector.',
          HEALTH_CAREERS,
        ),
        statement(
          'education-day-wider',
          'Education, training and research are among the wider roles open to palliative medicine doctors.',
          WIDER_ROLES,
        ),
      ],
    },
  },
];

/** Skills for the self-reflection checklist. Ids are saved with a plan: never change or reuse one. */
const skills: readonly Skill[] = [
  {
    id: 'communication',
    statement: statement(
      'skill-communication',
      'Communicating well with patients, their families and colleagues',
      HEALTH_CAREERS,
    ),
  },
  {
    id: 'resilience',
    statement: statement(
      'skill-resilience',
      'Emotional resilience: staying calm and working well under pressure',
      HEALTH_CAREERS,
    ),
  },
  {
    id: 'leading-teams',
    statement: statement(
      'skill-leading-teams',
      'Working in a team and leading teams of different professions',
      HEALTH_CAREERS,
    ),
  },
  {
    id: 'decision-making',
    statement: statement(
      'skill-decision-making',
      'Making good decisions when things change quickly and are distressing, with sound knowledge of ethics',
      HEALTH_CAREERS,
    ),
  },
  {
    id: 'pharmacology',
    statement: statement(
      'skill-pharmacology',
      'Understanding medicines: how they are used, how they interact and their side effects',
      HEALTH_CAREERS,
    ),
  },
  {
    id: 'compassion',
    statement: statement(
      'skill-compassion',
      'Compassion, empathy, a flexible outlook and a sense of humour',
      HEALTH_CAREERS,
    ),
  },
];

const workforce2012 = consultantWorkforce2012.value;

const workforceNow = apmWorkforceNow.value;

const workforce: readonly Statement[] = [
  fromRule(
    'workforce-now',
    apmWorkforceNow,
    `The Association for Palliative Medicine says there are around ${workforceNow.consultants} palliative medicine consultants in the UK, from the Royal College of Physicians’ census. Around ${workforceNow.consultantsLtftPercent}% of them work less than full time, and a similar share of trainees train flexibly. ${workforceNow.jointPostsShare.replace(/^a/, 'A')} of consultant jobs are joint NHS and charity (third sector) posts. The page does not say which year these figures describe.`,
  ),
  fromRule(
    'workforce-recognised',
    specialtyRecognised,
    `The UK was the first country to recognise palliative medicine as a medical specialty, in ${specialtyRecognised.value.year}.`,
  ),
  fromRule(
    'workforce-ltft',
    palliativeConsultantsLtft,
    `In ${palliativeConsultantsLtft.value.censusYear}, ${palliativeConsultantsLtft.value.percent}% of palliative medicine consultants worked less than full time, up from ${palliativeConsultantsLtft2004.value.percent}% in ${palliativeConsultantsLtft2004.value.year}.`,
    { figureYear: palliativeConsultantsLtft.value.censusYear },
  ),
  fromRule(
    'workforce-census-2017',
    rcpCensus2017,
    `In the Royal College of Physicians’ ${rcpCensus2017.value.years} census, ${rcpCensus2017.value.femalePercent}% of palliative medicine consultants were women, and ${rcpCensus2017.value.flexibleEarlyCareerPercent}% worked flexibly early in their consultant career.`,
    { figureYear: rcpCensus2017.value.year },
  ),
  fromRule(
    'workforce-2012',
    consultantWorkforce2012,
    `In ${workforce2012.year} there were ${workforce2012.fullTimeEquivalent} full-time-equivalent palliative medicine consultants, against ${workforce2012.neededFullTimeEquivalent} needed by the Royal College of Physicians’ estimate (${workforce2012.neededPerPopulation.fullTimeEquivalent} for every ${groupedNumber(workforce2012.neededPerPopulation.people)} people). The Association for Palliative Medicine later recommended ${workforce2012.apmRecommendedPerPopulation} for every ${groupedNumber(workforce2012.neededPerPopulation.people)}.`,
    { figureYear: workforce2012.year },
  ),
  fromRule(
    'workforce-cct-outcomes',
    cctOutcomes2013,
    `In ${cctOutcomes2013.value.years}, ${cctOutcomes2013.value.ccts} doctors completed palliative medicine training: ${cctOutcomes2013.value.substantivePosts} (${cctOutcomes2013.value.substantivePercent}%) went to permanent (substantive) consultant posts and ${cctOutcomes2013.value.locumPosts} to locum consultant posts.`,
    { figureYear: cctOutcomes2013.value.year },
  ),
  fromRule(
    'workforce-trainees-2012',
    trainees2012,
    `Around ${trainees2012.value.year}, about ${trainees2012.value.flexiblePercent}% of palliative medicine trainees trained flexibly, and more than ${trainees2012.value.womenPercentOver}% were women.`,
    { figureYear: trainees2012.value.year },
  ),
  fromRule(
    'workforce-2005',
    consultantCount2005,
    `In ${consultantCount2005.value.year} there were about ${consultantCount2005.value.consultants} palliative medicine consultants.`,
    { figureYear: consultantCount2005.value.year },
  ),
  fromRule(
    'workforce-training-numbers',
    trainingNumbersEvidence,
    `Evidence to a parliamentary committee (${trainingNumbersEvidence.value.years}) argued that too few doctors are being trained, given retirements, vacancies, the move to training alongside internal medicine and more consultants working less than full time.`,
    { figureYear: trainingNumbersEvidence.value.year },
  ),
];

const notFound: readonly Statement[] = [
  statement(
    'not-found-dated-headcount',
    'Pathway did not find a dated, current (2023 to 2025) count of palliative medicine consultants or trainees: the Association for Palliative Medicine’s figures above give no year, and the older figures are marked with theirs.',
    UPDATE_FACTS,
  ),
];

/** Everything the roles page shows as fact. */
export const rolesContent: RolesContent = {
  intro,
  settingsIntro,
  settings,
  patients,
  care,
  procedures,
  roles,
  otherRoutes,
  skills,
  workforce,
  notFound,
};

/** The skill ids the checklist knows, in the order shown. */
export const SKILL_IDS: readonly string[] = skills.map((skill) => skill.id);
