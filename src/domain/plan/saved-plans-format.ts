/**
 * The form saved plans are stored in (`{ "state": { plans, activePlanId }, "version": N }` under
 * `pathway-plans`), the migrations between its versions, and the reader that turns saved text back into
 * plans. Pure: no storage, no clock (the caller passes `now`). Never throws. src/state/persistence.ts
 * runs it against the browser's storage.
 */
import type * as z from 'zod/mini';
import { addPeriodIds } from '../cct/period';
import { type PlanAnswers, readPlanAnswers } from './answers';
import { answersWithNationSchoolYear } from './school-year-numbering';
import { MAX_PLAN_NAME_LENGTH } from './plan-name';
import { cleanText } from './clean-text';
import {
  type MigrationResult,
  type Migrations,
  migrate as migrateState,
  readEnvelope,
} from './saved-envelope';
import type { PersistedPlans, SavedPlan } from './saved-shapes';
import { PERSISTED_PLANS_FIELDS, SAVED_PLAN_FIELDS } from './saved-fields';
import { savedDataMessage } from './saved-data-messages';

/**
 * The version of the saved form this Pathway writes. Version 2 gave each part-time period an id; version
 * 3 reads a pupil's school year in their nation's own numbering.
 */
export const PLANS_SCHEMA_VERSION = 3;

/** Version 1 to 2: every part-time period in every plan gets an id; nothing else changes. */
function addPeriodIdsToPlans(state: unknown): unknown {
  if (!isRecord(state) || !Array.isArray(state.plans)) return state;
  return {
    ...state,
    plans: state.plans.map((plan: unknown) =>
      isRecord(plan) && isRecord(plan.answers) && Array.isArray(plan.answers.changes)
        ? { ...plan, answers: { ...plan.answers, changes: addPeriodIds(plan.answers.changes) } }
        : plan,
    ),
  };
}

/** Version 2 to 3: a pupil's school year, given in England and Wales numbering, in their nation's own. */
function schoolYearsInNationNumbering(state: unknown): unknown {
  if (!isRecord(state) || !Array.isArray(state.plans)) return state;
  return {
    ...state,
    plans: state.plans.map((plan: unknown) =>
      isRecord(plan) ? { ...plan, answers: answersWithNationSchoolYear(plan.answers) } : plan,
    ),
  };
}

/** Keyed by the version each step starts from. */
export const migrations: Migrations = {
  1: addPeriodIdsToPlans,
  2: schoolYearsInNationNumbering,
};

/** Runs each migration in order from `fromVersion` up to `toVersion`. Never throws. */
export function migrate(
  state: unknown,
  fromVersion: number,
  toVersion: number = PLANS_SCHEMA_VERSION,
  table: Migrations = migrations,
): MigrationResult {
  return migrateState(state, fromVersion, toVersion, table);
}

// ---------------------------------------------------------------------------------------------------
// Reading what was saved (pure: no storage)

export type PlansReadProblem = { readonly summary: string; readonly details: readonly string[] };

export type PlansReading = PersistedPlans & {
  /** Set when anything could not be read: the raw text must then be kept. */
  readonly problem: PlansReadProblem | null;
};

export type PlansReadOptions = {
  readonly version: number;
  readonly migrations: Migrations;
  /** ISO timestamp used for any plan whose own timestamps cannot be read. */
  readonly now: string;
};

const NONE_READ = savedDataMessage({ code: 'none-read', store: 'plans' });
const SOME_NOT_READ = savedDataMessage({ code: 'some-not-read', store: 'plans' });

type Fields = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plansCounted(count: number): string {
  return count === 1 ? '1 plan' : `${count} plans`;
}

/** "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The first "Plan N" from `from` upwards that no plan in `takenNames` is called (any case). */
export function unusedPlanName(takenNames: readonly string[], from: number): string {
  const taken = new Set(takenNames.map((name) => name.toLowerCase()));
  let number = Math.max(1, from);
  while (taken.has(`plan ${number}`)) number += 1;
  return `Plan ${number}`;
}

function nothingRead(summary: string, detail: string): PlansReading {
  return { plans: [], activePlanId: null, problem: { summary, details: [detail] } };
}

type PlanDraft = {
  readonly id: string | null;
  readonly name: string | null;
  readonly answers: PlanAnswers;
  readonly unreadableAnswers: readonly string[];
  readonly nameWasCut: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
};

// Each field on its own, with the schema its type is inferred from: one that cannot be read is replaced
// (and named), not a reason to refuse the plan.
const planFields = SAVED_PLAN_FIELDS.shape;

/** The field's value if its schema reads it, else null. */
function fieldOrNull<T>(schema: z.ZodMiniType<T>, value: unknown): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function readPlanDraft(value: unknown, now: string): PlanDraft | null {
  if (!isRecord(value)) return null;
  const savedName = fieldOrNull(planFields.name, value.name);
  const trimmedName = savedName === null ? '' : cleanText(savedName).trim();
  const answersAreAnObject =
    isRecord(value.answers) || value.answers === undefined || value.answers === null;
  const reading = answersAreAnObject
    ? readPlanAnswers(value.answers)
    : { answers: {}, unreadable: ['its answers'] };
  const hasAnswers = Object.keys(reading.answers).length > 0;
  // Without a name or any answer there is nothing to show the person as a plan.
  if (trimmedName === '' && !hasAnswers) return null;
  return {
    id: fieldOrNull(planFields.id, value.id),
    name: trimmedName === '' ? null : trimmedName.slice(0, MAX_PLAN_NAME_LENGTH).trim(),
    answers: reading.answers,
    unreadableAnswers: reading.unreadable,
    nameWasCut: trimmedName.length > MAX_PLAN_NAME_LENGTH,
    createdAt: fieldOrNull(planFields.createdAt, value.createdAt) ?? now,
    updatedAt: fieldOrNull(planFields.updatedAt, value.updatedAt) ?? now,
  };
}

/** Reads plans from the current version's saved state, skipping any plan that cannot be read. */
function readPlans(state: unknown, now: string): PlansReading {
  const fields: Fields = isRecord(state) ? state : {};
  const savedPlans = fieldOrNull(PERSISTED_PLANS_FIELDS.shape.plans, fields.plans);
  if (savedPlans === null) {
    return nothingRead(
      NONE_READ,
      'The list of plans: it is missing or not in a form Pathway can read',
    );
  }
  const drafts = savedPlans.map((value) => readPlanDraft(value, now));
  const readable = drafts.filter((draft) => draft !== null);
  const takenNames = readable.flatMap((draft) => (draft.name === null ? [] : [draft.name]));
  const usedIds = new Set<string>();
  const details: string[] = [];

  const plans = readable.map((draft, index): SavedPlan => {
    let name = draft.name;
    if (name === null) {
      name = unusedPlanName(takenNames, index + 1);
      takenNames.push(name);
      details.push(`${name}: its name, so we have called it ${name}`);
    }
    if (draft.nameWasCut) {
      details.push(
        `${name}: the end of its name (names can be up to ${MAX_PLAN_NAME_LENGTH} characters)`,
      );
    }
    if (draft.unreadableAnswers.length > 0) {
      details.push(`${name}: ${listInWords(draft.unreadableAnswers)}`);
    }
    if (draft.id === null) {
      // Part-time scenarios are kept by plan id: without it, any this plan had are no longer shown
      // with it (they stay on the device, see forgetScenariosOfDeletedPlans).
      details.push(
        `${name}: which part-time scenarios are its own (any it had are still kept on this device)`,
      );
    }
    // A missing or repeated id (a hand-copied plan) gets a new one: nothing the person typed is lost.
    const id = draft.id !== null && !usedIds.has(draft.id) ? draft.id : crypto.randomUUID();
    usedIds.add(id);
    return {
      id,
      name,
      answers: draft.answers,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
    };
  });

  const skipped = drafts.length - readable.length;
  if (skipped > 0) details.push(`${plansCounted(skipped)} with no name or answers`);

  const savedActiveId = fieldOrNull(PERSISTED_PLANS_FIELDS.shape.activePlanId, fields.activePlanId);
  const activePlanId = plans.find((plan) => plan.id === savedActiveId)?.id ?? plans[0]?.id ?? null;
  const problem =
    details.length === 0
      ? null
      : { summary: plans.length === 0 ? NONE_READ : SOME_NOT_READ, details };
  return { plans, activePlanId, problem };
}

function countPlansIn(state: unknown): string {
  return isRecord(state) && Array.isArray(state.plans)
    ? plansCounted(state.plans.length)
    : 'Your plans';
}

/**
 * Reads the text saved under `pathway-plans`: its JSON, its version (migrating older versions), then
 * each plan. Loads everything it can and lists what it could not read. Never throws.
 */
export function readSavedPlans(raw: string, options: PlansReadOptions): PlansReading {
  const envelope = readEnvelope(raw, {
    version: options.version,
    migrations: options.migrations,
    // Without a version we cannot migrate, so it is read as this version's form (and we say so).
    unknownVersionReadAs: options.version,
  });
  switch (envelope.kind) {
    case 'not-json':
      return nothingRead(NONE_READ, savedDataMessage({ code: 'changed-by-hand', store: 'plans' }));
    case 'not-saved-state':
      return nothingRead(NONE_READ, savedDataMessage({ code: 'unknown-form', store: 'plans' }));
    case 'newer':
      return nothingRead(
        savedDataMessage({ code: 'newer-version', store: 'plans' }),
        `${countPlansIn(envelope.state)} saved by a newer version of Pathway`,
      );
    case 'not-migrated':
      return nothingRead(
        savedDataMessage({ code: 'not-migrated', store: 'plans' }),
        `${countPlansIn(envelope.state)} saved by an older version of Pathway`,
      );
    case 'read': {
      const reading = readPlans(envelope.state, options.now);
      if (envelope.versionKnown) return reading;
      return {
        ...reading,
        problem: {
          summary: reading.plans.length === 0 ? NONE_READ : SOME_NOT_READ,
          details: [
            'Which version of Pathway saved your plans, so we read them as if this version had',
            ...(reading.problem?.details ?? []),
          ],
        },
      };
    }
  }
}
