/** Where sources disagree, and which one Pathway follows (facts.md §10). Shown openly in the app. */
import type { IsoDate } from '../dates';
import { CCT_RULE_CHECKED_ON, FACTS_CHECKED_ON, UPDATE_CHECKED_ON } from './checked-on';
import type { SourceId } from './sources';
import type { Confidence } from './types';

export type SourceClaim = {
  readonly sourceId: SourceId;
  /** What this source says, in plain English. */
  readonly says: string;
};

export type Conflict = {
  readonly id: string;
  readonly title: string;
  readonly claims: readonly SourceClaim[];
  /** What Pathway uses and why. */
  readonly resolution: string;
  /** The source whose figure Pathway uses. */
  readonly followsSourceId: SourceId;
  readonly checkedOn: IsoDate;
  readonly confidence: Confidence;
};

export const conflicts: readonly Conflict[] = [
  {
    id: 'specialty-training-length',
    title: 'How long specialty training takes: "minimum of six years" or 7 to 8 years',
    claims: [
      {
        sourceId: 'health-careers-palliative-medicine',
        says: 'After the Foundation Programme, specialty training "will take a minimum of six years".',
      },
      {
        sourceId: 'federation-palliative-medicine',
        says: 'Since August 2022 palliative medicine is a Group 1 specialty: 3 years of IMT (or 4 of ACCS-IM) and then 4 years from ST4 to ST7, with a dual CCT.',
      },
    ],
    resolution:
      'Pathway uses the 2022 route: at least 7 years after Foundation through IMT, or 8 through ACCS-IM. The "six years" figure describes the route before 2022 (2 years of core training and 4 of higher training from ST3).',
    followsSourceId: 'federation-palliative-medicine',
    checkedOn: FACTS_CHECKED_ON,
    confidence: 'high',
  },
  {
    id: 'entry-point-st3-or-st4',
    title: 'Entry at ST3 or ST4, and which core training counts',
    claims: [
      {
        sourceId: 'health-careers-palliative-medicine',
        says: 'Older NHS Health Careers and RCP pages describe core medical training (2 years) or ACCS (3 years) leading to ST3, with five possible core routes, and "two or three years of core training".',
      },
      {
        sourceId: 'psro-palliative-medicine',
        says: 'Entry is at ST4 after the full 3 years of IMT or 4 years of ACCS-IM (IM stage 1).',
      },
    ],
    resolution:
      'Pathway uses ST4 entry after IMT or ACCS-IM, as the physician recruitment office and deaneries have described since August 2022.',
    followsSourceId: 'psro-palliative-medicine',
    checkedOn: FACTS_CHECKED_ON,
    confidence: 'high',
  },
  {
    id: 'single-or-dual-cct',
    title: 'One certificate or two',
    claims: [
      {
        sourceId: 'rcp-palliative-workforce',
        says: 'Older pages describe a single CCT in palliative medicine.',
      },
      {
        sourceId: 'gmc-palliative-guidance',
        says: 'The 2022 curriculum leads to specialist registration in palliative medicine and general (internal) medicine.',
      },
    ],
    resolution:
      'Pathway shows a dual CCT in palliative medicine and internal medicine, on the same date.',
    followsSourceId: 'gmc-palliative-guidance',
    checkedOn: FACTS_CHECKED_ON,
    confidence: 'high',
  },
  {
    id: 'ucat-registration-opening',
    title: 'When UCAT 2026 registration opens',
    claims: [
      { sourceId: 'ucat-booking', says: 'Registration opens on 20 May 2026 at 14:00.' },
      {
        sourceId: 'bluepeanut-ucat-registration',
        says: 'A tutoring company’s blog post gives 12 May 2026 (its own registration page says 20 May).',
      },
    ],
    resolution: 'Pathway uses 20 May 2026, the date on the official UCAT website.',
    followsSourceId: 'ucat-booking',
    checkedOn: FACTS_CHECKED_ON,
    confidence: 'high',
  },
  {
    id: 'imt-2024-applications',
    title: 'How many people applied for IMT in 2024',
    claims: [
      {
        sourceId: 'specialty-applications-imt-ratios',
        says: '6,273 applications for 1,698 posts.',
      },
      { sourceId: 'rcp-imt-ratios-2025', says: '6,237 applications.' },
    ],
    resolution:
      'The difference is small: either way it was about 3.7 applications for each post. Pathway quotes the 2025 figure (5.27 per post).',
    followsSourceId: 'rcp-imt-ratios-2025',
    checkedOn: FACTS_CHECKED_ON,
    confidence: 'medium',
  },
  {
    id: 'ltft-minimum-percentage',
    title: 'The lowest part-time percentage allowed',
    claims: [
      {
        sourceId: 'kss-ltft-2011',
        says: 'The GMC (October 2011) set a minimum of 50% of full time, with deans able to go as low as 20% in exceptional cases, normally for up to 12 months.',
      },
      {
        sourceId: 'gmc-ltft-position',
        says: 'A college FAQ says there is no 50% minimum since the 2007 law.',
      },
      {
        sourceId: 'gmc-welcomed-and-valued',
        says: 'The GMC’s November 2017 statement, as the GMC quotes it: the minimum is 50%; deans may agree less, but not normally below 50% for more than 12 months, and never below 20%.',
      },
    ],
    resolution:
      'Pathway follows the GMC’s 2017 statement: 50% is the usual minimum, less than 50% needs your postgraduate dean’s agreement and is normally for no more than 12 months, and 20% is the absolute minimum. The college FAQ is out of date.',
    followsSourceId: 'gmc-welcomed-and-valued',
    checkedOn: UPDATE_CHECKED_ON,
    confidence: 'high',
  },
  {
    id: 'oopt-maximum',
    title: 'How long out-of-programme training (OOPT) can last',
    claims: [
      {
        sourceId: 'gmc-out-of-programme',
        says: 'Normally up to 1 year, exceptionally 2.',
      },
      {
        sourceId: 'nhse-oop-faq',
        says: 'One version of an NHS England FAQ says "usually up to 2 years".',
      },
    ],
    resolution: 'Pathway follows the GMC: normally up to 1 year.',
    followsSourceId: 'gmc-out-of-programme',
    checkedOn: FACTS_CHECKED_ON,
    confidence: 'high',
  },
  {
    id: 'part-time-cct-formula',
    title: 'How much later part-time training makes your CCT date',
    claims: [
      {
        sourceId: 'tis-cct-calc-core',
        says: 'NHS England\'s TIS calculator added days × (1 − new % ÷ old %): only the training missed before your old CCT date, as if the rest were worked at your old hours. New calculations in it were switched off on 19 May 2026 over "issues with the calculation logic".',
      },
      {
        sourceId: 'jrcptb-ltft',
        says: 'Training programmes and college calculators count all remaining training at your new percentage: one full-time year takes 15 months at 80%, 20 at 60% and 24 at 50%.',
      },
    ],
    resolution:
      'Pathway uses the pro-rata rule the programmes use, and shows the TIS-style date beside it with the difference in days where they differ. Your deanery confirms the date with your application, and your ARCP panel confirms it finally.',
    followsSourceId: 'jrcptb-ltft',
    checkedOn: CCT_RULE_CHECKED_ON,
    confidence: 'high',
  },
  {
    id: 'part-time-percentage-basis',
    title: 'Part-time percentage: contract or hours worked',
    claims: [
      {
        sourceId: 'rcem-cct-recalculations',
        says: 'Since 1 August 2025 emergency medicine counts part-time training from average hours worked, in 10% blocks of a 40-hour week.',
      },
      {
        sourceId: 'jrcptb-ltft',
        says: 'Physician training, including palliative medicine, uses the percentage in your contract (your whole-time equivalent).',
      },
    ],
    resolution:
      'The hours-based rule is for emergency medicine only. Pathway uses the contracted percentage for palliative medicine.',
    followsSourceId: 'jrcptb-ltft',
    checkedOn: CCT_RULE_CHECKED_ON,
    confidence: 'high',
  },
];
