/** What each milestone and stage is called, and one plain-English line on each. */
import { formatLongDate } from '../dates';
import type { St4Route } from '../plan/types';
import { stFourFirstOffersDeadline } from '../rules/other-routes';
import type { CoreRoute } from '../rules/specialty';
import type { MilestoneId, StageId } from './types';

type Text = { readonly title: string; readonly explanation: string };

/** The latest first offers deadline published, as people read it ("18 April 2024"). */
const LATEST_PUBLISHED_OFFERS_DEADLINE = formatLongDate(
  Object.values(stFourFirstOffersDeadline.value.publishedByStartYear).sort().at(-1) ??
    stFourFirstOffersDeadline.checkedOn,
);

const CORE_NAMES: Readonly<Record<CoreRoute, string>> = {
  imt: 'Internal Medicine Training (IMT)',
  'accs-im': 'Acute Care Common Stem, internal medicine (ACCS-IM)',
};

export function milestoneText(
  id: MilestoneId,
  coreRoute: CoreRoute,
  st4Route: St4Route = 'core-training',
): Text {
  switch (id) {
    case 'ucat-registration-opens':
      return {
        title: 'UCAT registration opens',
        explanation:
          'Register for the UCAT, the admissions test most UK medical schools use. You sit it in the summer before you apply.',
      };
    case 'ucat-booking-deadline':
      return {
        title: 'Last day to book the UCAT',
        explanation:
          'Booking closes at 15:00. Apply for access arrangements or a bursary before then.',
      };
    case 'ucat-last-test-day':
      return {
        title: 'Last day to sit the UCAT',
        explanation:
          'You can sit the UCAT once in each test cycle. Results go to universities in early November.',
      };
    case 'gamsat-sitting':
      return {
        title: 'GAMSAT sitting (if your course asks for it)',
        explanation:
          'Some graduate-entry courses use GAMSAT instead of UCAT. It is sat in March and September; check which test each course asks for.',
      };
    case 'ucas-deadline':
      return {
        title: 'UCAS deadline for medicine',
        explanation:
          'Apply by 18:00 UK time. You can choose up to 4 medicine courses and 1 other course.',
      };
    case 'medical-school-interviews':
      return {
        title: 'Medical school interviews',
        explanation:
          'Most schools use multiple mini interviews (MMIs). You will be asked to show NHS values such as compassion and respect.',
      };
    case 'medical-school-offers':
      return {
        title: 'Medical schools decide',
        explanation:
          'Most offers arrive in February and March. UCAS asks universities to decide by 31 March.',
      };
    case 'medical-school-start':
      return {
        title: 'Start medical school',
        explanation: 'Your course starts in the autumn. Your medical school gives the exact date.',
      };
    case 'foundation-application-window':
      return {
        title: 'Apply for the Foundation Programme',
        explanation:
          'In the autumn of your final year you apply through Oriel. Places are matched to your preferences using a random rank.',
      };
    case 'medical-school-graduation':
      return {
        title: 'Graduate from medical school',
        explanation:
          'After finals, including the Medical Licensing Assessment, you get provisional registration with the General Medical Council (GMC).',
      };
    case 'f1-start':
      return {
        title: 'Start Foundation year 1 (F1)',
        explanation: 'Your first paid job as a doctor, in about three four-month placements.',
      };
    case 'full-gmc-registration':
      return {
        title: 'Full GMC registration',
        explanation:
          'Completing F1 gives you full registration with the GMC from the first day of F2.',
      };
    case 'f2-start':
      return {
        title: 'Start Foundation year 2 (F2)',
        explanation: 'Three more placements. You apply for core training during F2 or later.',
      };
    case 'foundation-complete':
      return {
        title: 'Finish the Foundation Programme',
        explanation:
          'You get the Foundation Programme Certificate of Completion (FPCC), which you need to start specialty training.',
      };
    case 'core-application-window':
      return {
        title: 'Apply for IMT or ACCS-IM',
        explanation:
          'One national round a year. Interviews follow from January to March. In 2025 there were about 5 applications for each post.',
      };
    case 'core-training-start':
      return {
        title: `Start ${CORE_NAMES[coreRoute]}`,
        explanation:
          'Core training in medicine. Group 1 specialties such as palliative medicine need all of it.',
      };
    case 'mrcp-part-1-by':
      return {
        title: 'Pass MRCP(UK) Part 1',
        explanation:
          'You must have passed Part 1 by the time you apply for ST4: applications without it are rejected. Plan to pass it before applications open.',
      };
    case 'alternative-certificate':
      return {
        title: 'Have your Alternative Certificate signed',
        explanation:
          'A consultant who knows your work signs that you have every capability of the first stage of internal medicine training (IMT), including geriatric medicine and critical care. It must be complete when you apply, on one form in a version that year’s round accepts.',
      };
    case 'st4-application-window':
      return {
        title: 'Apply for ST4 in palliative medicine',
        explanation:
          st4Route === 'alternative-certificate'
            ? 'National recruitment for posts starting the next August. Upload your Alternative Certificate with your application. You need MRCP(UK) Part 1 when you apply.'
            : 'National recruitment for posts starting the next August. You need MRCP(UK) Part 1 when you apply.',
      };
    case 'mrcp-complete-by':
      return {
        title: 'Have the full MRCP(UK) diploma',
        explanation: `You need the full diploma by the first offers deadline of your ST4 round, or an offer is withdrawn${st4Route === 'alternative-certificate' ? '' : ' (you also need it to finish core training)'}. The last one published was ${LATEST_PUBLISHED_OFFERS_DEADLINE}; later deadlines are estimates (the third Thursday in April).`,
      };
    case 'st4-start':
      return {
        title: 'Start ST4 in palliative medicine',
        explanation:
          'Higher specialty training, dual with internal medicine. You have an annual review (ARCP) every year.',
      };
    case 'st5-start':
      return {
        title: 'Start ST5',
        explanation: 'Second year of higher specialty training, after your ARCP.',
      };
    case 'st6-start':
      return {
        title: 'Start ST6',
        explanation:
          'Third year of higher specialty training. This is usually the year you sit the SCE.',
      };
    case 'sce-sitting':
      return {
        title: 'Sit the Specialty Certificate Examination (SCE)',
        explanation:
          'Held every 9 months and usually sat in the penultimate year of higher training.',
      };
    case 'st7-start':
      return {
        title: 'Start ST7',
        explanation:
          'Final year of higher specialty training. You can apply for consultant posts shortly before your CCT.',
      };
    case 'cct':
      return {
        title: 'Certificate of Completion of Training (CCT)',
        explanation:
          'A dual CCT in palliative medicine and internal medicine, on one date. You join the GMC Specialist Register and can take up a consultant post.',
      };
  }
}

export function stageTitle(id: StageId, coreRoute: CoreRoute): string {
  switch (id) {
    case 'school':
      return 'School';
    case 'first-degree':
      return 'First degree';
    case 'gap-years':
      return 'Before medical school';
    case 'medical-school':
      return 'Medical school';
    case 'foundation':
      return 'Foundation Programme (F1 and F2)';
    case 'time-out':
      return 'Time between Foundation and core training';
    case 'other-post':
      return 'Your current post';
    case 'core-training':
      return `Core training: ${CORE_NAMES[coreRoute]}`;
    case 'time-out-before-higher':
      return 'Time between core and higher specialty training';
    case 'higher-specialty-training':
      return 'Higher specialty training (ST4 to ST7)';
    case 'consultant':
      return 'Consultant in palliative medicine';
  }
}
