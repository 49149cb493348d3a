/**
 * Two tabs: folding together what this tab and another tab saved, both changed from the same plans.
 * Pure: no storage, no clock. persistence.ts runs these under a lock across tabs when it saves and when
 * another tab's save arrives.
 */
import { ANSWER_NAMES, type PlanAnswers } from './answers';
import type { PersistedPlans, SavedPlan } from './saved-shapes';

type Fields = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Structural equality for JSON-like values, ignoring key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameJson(item, b[index]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameJson(a[key], b[key])) return false;
  return true;
}

/** Three-way choice: whichever side changed wins; if both changed it differently, the newer wins. */
function pickChange<T>(
  base: T,
  ours: T,
  theirs: T,
  oursIsNewer: boolean,
): { value: T; clash: boolean } {
  if (sameJson(ours, base)) return { value: theirs, clash: false };
  if (sameJson(theirs, base) || sameJson(theirs, ours)) return { value: ours, clash: false };
  return { value: oursIsNewer ? ours : theirs, clash: true };
}

function mergePlan(
  base: SavedPlan | undefined,
  ours: SavedPlan,
  theirs: SavedPlan,
): { plan: SavedPlan; clash: boolean } {
  const oursIsNewer = ours.updatedAt >= theirs.updatedAt;
  const name = pickChange(base?.name, ours.name, theirs.name, oursIsNewer);
  const baseAnswers: Fields = base?.answers ?? {};
  const ourAnswers: Fields = ours.answers;
  const theirAnswers: Fields = theirs.answers;
  let clash = name.clash;
  const answers: Record<string, unknown> = {};
  const fields = new Set([...Object.keys(ourAnswers), ...Object.keys(theirAnswers)]);
  for (const field of fields) {
    const choice = pickChange(
      baseAnswers[field],
      ourAnswers[field],
      theirAnswers[field],
      oursIsNewer,
    );
    clash ||= choice.clash;
    if (choice.value !== undefined) answers[field] = choice.value;
  }
  return {
    plan: {
      id: ours.id,
      name: name.value ?? ours.name,
      // Answers keep their types: each one comes from one side or the other unchanged.
      answers: answers as PlanAnswers,
      createdAt: ours.createdAt,
      updatedAt: oursIsNewer ? ours.updatedAt : theirs.updatedAt,
    },
    clash,
  };
}

export type MergedPlans = {
  readonly plans: readonly SavedPlan[];
  /** Plain-English sentences about changes that met, for the person to check. */
  readonly notes: readonly string[];
};

/**
 * Folds together this tab's plans (`ours`) and another tab's (`theirs`), both changed from the plans
 * this tab last read or wrote (`base`). A change on either side is kept; a plan deleted on one side
 * stays deleted unless the other side changed it; the same answer changed on both sides keeps the
 * most recent change.
 */
export function mergeConcurrentPlans(
  base: readonly SavedPlan[],
  ours: readonly SavedPlan[],
  theirs: readonly SavedPlan[],
): MergedPlans {
  const baseById = new Map(base.map((plan) => [plan.id, plan]));
  const oursById = new Map(ours.map((plan) => [plan.id, plan]));
  const theirIds = new Set(theirs.map((plan) => plan.id));
  const notes: string[] = [];
  // The saved order comes first, so every tab that loads the result lists the plans the same way.
  const plans: SavedPlan[] = [];

  for (const theirPlan of theirs) {
    const basePlan = baseById.get(theirPlan.id);
    const ourPlan = oursById.get(theirPlan.id);
    if (ourPlan) {
      const merged = mergePlan(basePlan, ourPlan, theirPlan);
      plans.push(merged.plan);
      if (merged.clash) {
        notes.push(
          `"${merged.plan.name}" was changed here and in another tab or window at the same time. Where both changed the same answer, Pathway kept the most recent change.`,
        );
      }
    } else if (!basePlan) {
      plans.push(theirPlan);
    } else if (!sameJson(theirPlan, basePlan)) {
      plans.push(theirPlan);
      notes.push(
        `"${theirPlan.name}" was deleted here, but it had been changed in another tab or window, so Pathway kept it.`,
      );
    }
    // Otherwise this tab deleted a plan the other tab had not changed: it stays deleted.
  }

  ours.forEach((ourPlan, index) => {
    if (theirIds.has(ourPlan.id)) return;
    const basePlan = baseById.get(ourPlan.id);
    if (basePlan && sameJson(ourPlan, basePlan)) return; // deleted there, unchanged here
    if (basePlan) {
      notes.push(
        `"${ourPlan.name}" was deleted in another tab or window, but you had changed it here, so Pathway kept it.`,
      );
    }
    // Put it after the nearest plan that came before it here.
    let position = 0;
    for (let before = index - 1; before >= 0; before -= 1) {
      const found = plans.findIndex((plan) => plan.id === ours[before]?.id);
      if (found >= 0) {
        position = found + 1;
        break;
      }
    }
    plans.splice(position, 0, ourPlan);
  });
  return { plans, notes };
}

/** The first of `preferred` that names one of `plans`, else the first plan, else null. */
export function pickActivePlanId(
  plans: readonly SavedPlan[],
  ...preferred: readonly (string | null)[]
): string | null {
  for (const id of preferred) {
    if (id !== null && plans.some((plan) => plan.id === id)) return id;
  }
  return plans[0]?.id ?? null;
}

/**
 * What to tell someone whose open plan was changed elsewhere, or null when it was not. `cleared` is
 * true when the other tab removed everything rather than deleting plans one by one.
 */
export function describeOtherTabChange(
  before: SavedPlan | null,
  after: PersistedPlans,
  cleared: boolean,
): string | null {
  if (!before) return null;
  if (cleared && after.plans.length === 0) {
    return 'Everything Pathway saved on this device was cleared in another tab or window.';
  }
  const now = after.plans.find((plan) => plan.id === before.id);
  if (!now) {
    const active = after.plans.find((plan) => plan.id === after.activePlanId);
    return `"${before.name}" was deleted in another tab or window.${active ? ` You are now seeing "${active.name}".` : ''}`;
  }
  const renamed = now.name !== before.name;
  // Named, so the person can check what they had chosen here (a change they made may have met it).
  const changed = changedAnswerNames(before.answers, now.answers);
  const what = changed.length === 0 ? '' : `: ${listInWords(changed)}`;
  if (renamed && what !== '') {
    return `This plan was renamed "${now.name}" and changed in another tab or window${what}.`;
  }
  if (renamed) return `"${before.name}" was renamed "${now.name}" in another tab or window.`;
  if (what !== '') return `This plan was changed in another tab or window${what}.`;
  return null;
}

/** The names of the answers that differ, in the order the questions ask them. */
export function changedAnswerNames(before: PlanAnswers, after: PlanAnswers): string[] {
  return (Object.keys(ANSWER_NAMES) as (keyof PlanAnswers)[])
    .filter((field) => !sameJson(before[field], after[field]))
    .map((field) => ANSWER_NAMES[field]);
}
