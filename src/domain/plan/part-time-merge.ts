/**
 * Two tabs: folding together what this tab and another tab saved of the part-time data (the
 * calculator's answers and periods, and scenarios), both changed from the same saved data. Pure: no
 * storage. part-time-store.ts runs it under a lock across tabs when it saves and when another tab's
 * save arrives, as persistence.ts does for plans with plans-merge.ts.
 */
import type { CalculatorAnswers, PartTimeData, SavedScenario } from './saved-shapes';
import { sameJson } from './plans-merge';

export type MergedPartTime = {
  readonly data: PartTimeData;
  /** Plain-English sentences about changes that met, for the person to check. */
  readonly notes: readonly string[];
};

/** Three-way choice: whichever side changed wins; if both changed it differently, this tab's wins. */
function pickChange<T>(base: T, ours: T, theirs: T): { value: T; clash: boolean } {
  if (sameJson(ours, base)) return { value: theirs, clash: false };
  if (sameJson(theirs, base) || sameJson(theirs, ours)) return { value: ours, clash: false };
  // No clock is kept with part-time data, so the tab saving keeps its own: it is what it shows.
  return { value: ours, clash: true };
}

function mergeAnswers(
  base: CalculatorAnswers,
  ours: CalculatorAnswers,
  theirs: CalculatorAnswers,
): { answers: CalculatorAnswers; clash: boolean } {
  const answers: Record<string, unknown> = {};
  const baseFields: Readonly<Record<string, unknown>> = base;
  const ourFields: Readonly<Record<string, unknown>> = ours;
  const theirFields: Readonly<Record<string, unknown>> = theirs;
  let clash = false;
  for (const field of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const choice = pickChange(baseFields[field], ourFields[field], theirFields[field]);
    clash ||= choice.clash;
    if (choice.value !== undefined) answers[field] = choice.value;
  }
  // Each answer comes from one side or the other unchanged, so it keeps its type.
  return { answers: answers as CalculatorAnswers, clash };
}

function mergeScenario(
  base: SavedScenario | undefined,
  ours: SavedScenario,
  theirs: SavedScenario,
): { scenario: SavedScenario; clash: boolean } {
  const name = pickChange(base?.name, ours.name, theirs.name);
  const changes = pickChange(base?.changes, ours.changes, theirs.changes);
  return {
    scenario: { id: ours.id, name: name.value ?? ours.name, changes: changes.value ?? [] },
    clash: name.clash || changes.clash,
  };
}

/** One owner's scenarios, merged by id like plans: creations, renames and deletions on both sides. */
function mergeScenarioList(
  base: readonly SavedScenario[],
  ours: readonly SavedScenario[],
  theirs: readonly SavedScenario[],
  notes: string[],
): SavedScenario[] {
  const baseById = new Map(base.map((scenario) => [scenario.id, scenario]));
  const oursById = new Map(ours.map((scenario) => [scenario.id, scenario]));
  const theirIds = new Set(theirs.map((scenario) => scenario.id));
  const merged: SavedScenario[] = [];
  for (const theirScenario of theirs) {
    const baseScenario = baseById.get(theirScenario.id);
    const ourScenario = oursById.get(theirScenario.id);
    if (ourScenario) {
      const result = mergeScenario(baseScenario, ourScenario, theirScenario);
      merged.push(result.scenario);
      if (result.clash) {
        notes.push(
          `The scenario "${result.scenario.name}" was changed here and in another tab or window at the same time. Pathway kept the change made here.`,
        );
      }
    } else if (!baseScenario) {
      merged.push(theirScenario);
    } else if (!sameJson(theirScenario, baseScenario)) {
      merged.push(theirScenario);
      notes.push(
        `The scenario "${theirScenario.name}" was deleted here, but it had been changed in another tab or window, so Pathway kept it.`,
      );
    }
    // Otherwise this tab deleted a scenario the other tab had not changed: it stays deleted.
  }
  for (const ourScenario of ours) {
    if (theirIds.has(ourScenario.id)) continue;
    const baseScenario = baseById.get(ourScenario.id);
    if (baseScenario && sameJson(ourScenario, baseScenario)) continue; // deleted there, unchanged here
    if (baseScenario) {
      notes.push(
        `The scenario "${ourScenario.name}" was deleted in another tab or window, but you had changed it here, so Pathway kept it.`,
      );
    }
    merged.push(ourScenario);
  }
  return merged;
}

/**
 * Folds together this tab's part-time data (`ours`) and another tab's (`theirs`), both changed from
 * `base`. A change on either side is kept; a scenario deleted on one side stays deleted unless the
 * other side changed it; the same answer changed differently on both sides keeps this tab's.
 */
export function mergeConcurrentPartTime(
  base: PartTimeData,
  ours: PartTimeData,
  theirs: PartTimeData,
): MergedPartTime {
  const notes: string[] = [];
  const answers = mergeAnswers(
    base.calculator.answers,
    ours.calculator.answers,
    theirs.calculator.answers,
  );
  const changes = pickChange(
    base.calculator.changes,
    ours.calculator.changes,
    theirs.calculator.changes,
  );
  if (answers.clash || changes.clash) {
    notes.push(
      'Your part-time calculator answers were changed here and in another tab or window at the same time. Where both changed the same answer, Pathway kept the change made here.',
    );
  }
  const scenarios: Record<string, readonly SavedScenario[]> = {};
  const owners = new Set([...Object.keys(theirs.scenarios), ...Object.keys(ours.scenarios)]);
  for (const owner of owners) {
    const list = mergeScenarioList(
      base.scenarios[owner] ?? [],
      ours.scenarios[owner] ?? [],
      theirs.scenarios[owner] ?? [],
      notes,
    );
    if (list.length > 0) scenarios[owner] = list;
  }
  return {
    data: { calculator: { answers: answers.answers, changes: changes.value }, scenarios },
    notes,
  };
}

function scenariosById(data: PartTimeData): Map<string, SavedScenario> {
  return new Map(Object.values(data.scenarios).flatMap((list) => list.map((s) => [s.id, s])));
}

/**
 * What changed from `before` to `after` when another tab saved, one sentence each ("The scenario
 * "Less than full time" was added in another tab or window."), or null when nothing did.
 */
export function describePartTimeChange(before: PartTimeData, after: PartTimeData): string | null {
  const sentences: string[] = [];
  if (!sameJson(before.calculator.answers, after.calculator.answers)) {
    sentences.push('Your part-time calculator answers were changed in another tab or window.');
  }
  if (!sameJson(before.calculator.changes, after.calculator.changes)) {
    sentences.push('Your part-time calculator periods were changed in another tab or window.');
  }
  const was = scenariosById(before);
  const now = scenariosById(after);
  for (const [id, scenario] of now) {
    const old = was.get(id);
    if (!old) {
      sentences.push(`The scenario "${scenario.name}" was added in another tab or window.`);
      continue;
    }
    if (old.name !== scenario.name) {
      sentences.push(
        `The scenario "${old.name}" was renamed "${scenario.name}" in another tab or window.`,
      );
    }
    if (!sameJson(old.changes, scenario.changes)) {
      sentences.push(
        `The periods in the scenario "${scenario.name}" were changed in another tab or window.`,
      );
    }
  }
  for (const [id, scenario] of was) {
    if (!now.has(id)) {
      sentences.push(`The scenario "${scenario.name}" was deleted in another tab or window.`);
    }
  }
  return sentences.length === 0 ? null : sentences.join(' ');
}
