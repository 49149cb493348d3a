/** Where the person is and which course they weigh, read from the untrusted context. */
import { NATIONS, type Nation, NOW_STAGES, type NowStageId } from '../plan/types';
import {
  MEDICAL_SCHOOL_ROUTES,
  type MedicalSchoolRoute,
  courseLengths,
} from '../rules/medical-school';

export type Situation = {
  /** Which nation's qualifications to speak of: GCSEs and A-levels, or National 5s and Highers. */
  readonly nation: Nation;
  readonly stage: NowStageId;
  readonly route: MedicalSchoolRoute;
  readonly graduateEntry: boolean;
  /** A graduate, or someone planning graduate entry: their degree matters. */
  readonly degreeMatters: boolean;
};

export function readSituation(context: unknown, unreadable: string[]): Situation {
  const fields =
    typeof context === 'object' && context !== null ? (context as Record<string, unknown>) : {};
  const stageValue = fields.stage;
  const routeValue = fields.medicalSchoolRoute;
  const nationValue = fields.nation;
  let nation: Nation = 'england';
  if (NATIONS.some((known) => known === nationValue)) nation = nationValue as Nation;
  else if (nationValue !== undefined && nationValue !== null && nationValue !== '')
    unreadable.push(
      'We did not recognise where you live, so the check uses the qualifications taken in England',
    );
  let stage: NowStageId = 'school';
  if (NOW_STAGES.some((known) => known === stageValue)) stage = stageValue as NowStageId;
  else if (stageValue !== undefined && stageValue !== null && stageValue !== '')
    unreadable.push(
      'We did not recognise your current stage, so the check treats you as at school',
    );
  let route: MedicalSchoolRoute = 'standard';
  if (MEDICAL_SCHOOL_ROUTES.some((known) => known === routeValue))
    route = routeValue as MedicalSchoolRoute;
  else if (routeValue !== undefined && routeValue !== null && routeValue !== '')
    unreadable.push(
      `We did not recognise the kind of course you are planning, so the check assumes a standard ${courseLengths.standard.value.years}-year course`,
    );
  const graduateEntry = route === 'graduate-entry';
  return {
    nation,
    stage,
    route,
    graduateEntry,
    degreeMatters: graduateEntry || stage === 'graduate',
  };
}
