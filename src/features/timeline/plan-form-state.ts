/**
 * The quick plan form's answers as typed, and how they become a plan for the engine. Kept apart from the
 * component so the mapping from engine errors to form fields can be tested on its own.
 */
import { readDateParts } from '../../domain/plan/date-parts';
import type { PlanError, PlanField } from '../../domain/plan/types';
import type { DateParts } from '../../ui/DateInput';

export type StageAnswer =
  | ''
  | 'school'
  | 'gap-year'
  | 'graduate'
  | 'medical-school'
  | 'f1'
  | 'f2'
  | 'imt'
  | 'accs'
  | 'st'
  | 'consultant';

export type PlanFormState = {
  readonly dateOfBirth: DateParts;
  readonly nation: string;
  readonly stage: StageAnswer;
  /** The school year group, or the year of medical school, IMT, ACCS or ST, as text from a select. */
  readonly stageYear: string;
  readonly medicalSchoolRoute: string;
  readonly coreRoute: string;
};

export const EMPTY_FORM: PlanFormState = {
  dateOfBirth: { day: '', month: '', year: '' },
  nation: 'england',
  stage: '',
  stageYear: '',
  medicalSchoolRoute: 'standard',
  coreRoute: 'imt',
};

/** Stages that are asked which year they are in. */
export const STAGES_WITH_YEAR = ['school', 'medical-school', 'imt', 'accs', 'st'] as const;

/** Where each field's error summary link should take focus. */
export const FIELD_ANCHORS: Readonly<Partial<Record<PlanField, string>>> = {
  dateOfBirth: 'date-of-birth-day',
  nation: 'nation',
  now: 'stage',
  'now.stage': 'stage',
  'now.yearGroup': 'stage-year',
  'now.year': 'stage-year',
  medicalSchoolRoute: 'medical-school-route',
  coreRoute: 'core-route',
};

export type FormError = {
  readonly field: PlanField;
  readonly message: string;
  readonly href: string;
};

function hasYear(stage: StageAnswer): boolean {
  return (STAGES_WITH_YEAR as readonly string[]).includes(stage);
}

/**
 * Turns the answers into the plan's JSON form, or returns the problems only the form can see (such as a
 * date of birth that is not a date). Everything else is checked by the engine.
 */
export function toPlanInput(
  form: PlanFormState,
): { ok: true; plan: Record<string, unknown> } | { ok: false; errors: FormError[] } {
  const errors: FormError[] = [];
  const dateOfBirth = readDateParts(form.dateOfBirth, 'Date of birth');
  if (!dateOfBirth.ok) {
    errors.push({
      field: 'dateOfBirth',
      message: dateOfBirth.message,
      href: `#date-of-birth-${dateOfBirth.parts[0] ?? 'day'}`,
    });
  }
  if (form.stage === '')
    errors.push({ field: 'now.stage', message: 'Select where you are now', href: '#stage' });
  else if (hasYear(form.stage) && form.stageYear === '') {
    errors.push({
      field: 'now.year',
      message: 'Select which year you are in',
      href: '#stage-year',
    });
  }
  if (errors.length > 0 || !dateOfBirth.ok) return { ok: false, errors };

  const yearNumber = Number(form.stageYear);
  const now =
    form.stage === 'school'
      ? { stage: form.stage, yearGroup: yearNumber }
      : hasYear(form.stage)
        ? { stage: form.stage, year: yearNumber }
        : { stage: form.stage };
  return {
    ok: true,
    plan: {
      dateOfBirth: dateOfBirth.date,
      nation: form.nation,
      now,
      medicalSchoolRoute: form.medicalSchoolRoute,
      coreRoute: form.coreRoute,
    },
  };
}

/** Engine errors, each pointed at the form field that fixes it. */
export function toFormErrors(errors: readonly PlanError[]): FormError[] {
  return errors.map((error) => ({
    field: error.field,
    message: error.message,
    href: `#${FIELD_ANCHORS[error.field] ?? 'stage'}`,
  }));
}
