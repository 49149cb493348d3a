/**
 * What someone entered on the part-time pages that is not part of a saved plan: the direct calculator's
 * answers and periods, and scenarios (named lists of periods kept beside a plan's own, or beside the
 * calculator's). A plan's own periods are saved in its answers (`changes`) by the plans store.
 *
 * Saved in this browser's localStorage (or this tab's sessionStorage during a session for someone
 * else: storage-area.ts) under `pathway-part-time`, so "clear everything" (which removes every
 * `pathway-` key) removes it too. What is read back is untrusted: each part is read on its own and
 * whatever parses is kept; the rest is left out. Nothing here leaves the device.
 */
import * as z from 'zod/mini';
import { create } from 'zustand';
import { type PersistStorage, persist } from 'zustand/middleware';
import { MAX_SCENARIOS, type SavedDirectAnswers } from '../domain/cct';
import { type Period, addPeriodIds, readPeriods } from '../domain/cct/period';
import { cleanText } from '../domain/plan/clean-text';
import { MAX_PLAN_NAME_LENGTH } from './persistence';
import { inSessionMode, storageArea } from './storage-area';

export const PART_TIME_STORAGE_KEY = 'pathway-part-time';
/** Version 2 gave every period an id (version 1 saved them without). */
export const PART_TIME_SCHEMA_VERSION = 2;

export type SavedScenario = {
  readonly id: string;
  readonly name: string;
  readonly changes: readonly Period[];
};

/** The direct calculator's answers, each optional because they are asked one page at a time. */
export type CalculatorAnswers = SavedDirectAnswers;

/** Whose scenarios: the direct calculator's, or a saved plan's (`plan:<id>`). */
export type ScenarioOwner = 'calculator' | `plan:${string}`;

export type PartTimeData = {
  readonly calculator: {
    readonly answers: CalculatorAnswers;
    readonly changes: readonly Period[];
  };
  readonly scenarios: Readonly<Record<string, readonly SavedScenario[]>>;
};

export type PartTimeActions = {
  /** Merges answers; an answer set to undefined is removed. */
  readonly setCalculatorAnswers: (answers: Partial<CalculatorAnswers>) => void;
  readonly setCalculatorChanges: (changes: readonly Period[]) => void;
  /** Adds a scenario (up to MAX_SCENARIOS per owner) and returns its id, or '' if there is no room. */
  readonly addScenario: (owner: ScenarioOwner, name: string, changes: readonly Period[]) => string;
  readonly renameScenario: (owner: ScenarioOwner, id: string, name: string) => void;
  readonly setScenarioChanges: (
    owner: ScenarioOwner,
    id: string,
    changes: readonly Period[],
  ) => void;
  readonly deleteScenario: (owner: ScenarioOwner, id: string) => void;
  /** Forgets the scenarios of every owner `keep` says no to. */
  readonly keepScenarioOwners: (keep: (owner: string) => boolean) => void;
  /** Gives `to` copies (new ids, same names and periods) of `from`'s scenarios, as when a plan is copied. */
  readonly copyScenarios: (from: ScenarioOwner, to: ScenarioOwner) => void;
  /** Forgets everything, in memory and on the device. */
  readonly reset: () => void;
  readonly dismissOtherTabNotice: () => void;
};

/** Not saved: what this tab should tell the person about changes made in another tab or window. */
export type PartTimeNotices = {
  readonly otherTabNotice: string | null;
};

export type PartTimeStoreState = PartTimeData & PartTimeNotices & PartTimeActions;

export const CHANGED_IN_OTHER_TAB =
  'Your part-time periods or scenarios were changed in another tab or window. This page shows the latest.';
export const CLEARED_IN_OTHER_TAB =
  'Your part-time periods and scenarios were cleared in another tab or window.';

export const EMPTY_PART_TIME: PartTimeData = {
  calculator: { answers: {}, changes: [] },
  scenarios: {},
};

export function planOwner(planId: string): ScenarioOwner {
  return `plan:${planId}`;
}

// ---------------------------------------------------------------------------------------------------
// Reading what was saved: keep whatever parses

const record = z.record(z.string(), z.unknown());
// `nation` came with version 2 unchanged: answers saved before it simply lack it, and the calculator
// asks it before showing them again (firstUnansweredDirectQuestion).
const ANSWER_SCHEMAS = {
  nation: z.string(),
  stage: z.string(),
  trainingLeft: z.enum(['cct-date', 'time-left']),
  currentCct: z.string(),
  countFrom: z.string(),
  monthsLeft: z.number(),
  wtePercent: z.number(),
} as const;

function readAnswers(value: unknown): CalculatorAnswers {
  const fields = record.safeParse(value);
  if (!fields.success) return {};
  const answers: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(ANSWER_SCHEMAS)) {
    const parsed = schema.safeParse(fields.data[field]);
    if (parsed.success) answers[field] = parsed.data;
  }
  return answers as CalculatorAnswers;
}

/** A list of periods, each typed with its id; anything that is not a period is left out. */
function readChanges(value: unknown): readonly Period[] {
  return readPeriods(value).periods;
}

/** Version 1 to 2: every saved period gets an id (`p1`, `p2`, …), keeping all else as it was. */
export function migratePartTimeData(state: unknown, fromVersion: number): unknown {
  if (fromVersion >= 2) return state;
  const fields = record.safeParse(state);
  if (!fields.success) return state;
  const calculator = record.safeParse(fields.data.calculator);
  const owners = record.safeParse(fields.data.scenarios);
  return {
    ...fields.data,
    ...(calculator.success
      ? { calculator: { ...calculator.data, changes: addPeriodIds(calculator.data.changes) } }
      : {}),
    ...(owners.success
      ? {
          scenarios: Object.fromEntries(
            Object.entries(owners.data).map(([owner, list]) => [
              owner,
              Array.isArray(list)
                ? list.map((scenario: unknown) => {
                    const parsed = record.safeParse(scenario);
                    return parsed.success
                      ? { ...parsed.data, changes: addPeriodIds(parsed.data.changes) }
                      : scenario;
                  })
                : list,
            ]),
          ),
        }
      : {}),
  };
}

/** A usable scenario name: cleaned (cleanText), trimmed, not empty, and within the plan name length. */
export function usableScenarioName(name: string): string | null {
  const trimmed = cleanText(name).trim();
  return trimmed === '' || trimmed.length > MAX_PLAN_NAME_LENGTH ? null : trimmed;
}

const scenarioShape = z.object({ id: z.string(), name: z.string(), changes: z.unknown() });

function readScenarios(value: unknown): Record<string, SavedScenario[]> {
  const owners = record.safeParse(value);
  if (!owners.success) return {};
  const result: Record<string, SavedScenario[]> = {};
  for (const [owner, list] of Object.entries(owners.data)) {
    if ((owner !== 'calculator' && !owner.startsWith('plan:')) || !Array.isArray(list)) continue;
    const seen = new Set<string>();
    const scenarios: SavedScenario[] = [];
    for (const item of list) {
      const parsed = scenarioShape.safeParse(item);
      if (!parsed.success || parsed.data.id === '' || seen.has(parsed.data.id)) continue;
      const name = cleanText(parsed.data.name).trim().slice(0, MAX_PLAN_NAME_LENGTH).trim();
      if (name === '') continue;
      seen.add(parsed.data.id);
      scenarios.push({ id: parsed.data.id, name, changes: readChanges(parsed.data.changes) });
    }
    if (scenarios.length > 0) result[owner] = scenarios.slice(0, MAX_SCENARIOS);
  }
  return result;
}

/** Reads saved part-time data of any shape, keeping every part that parses. Never throws. */
export function readPartTimeData(value: unknown): PartTimeData {
  const fields = record.safeParse(value);
  if (!fields.success) return EMPTY_PART_TIME;
  const calculator = record.safeParse(fields.data.calculator);
  return {
    calculator: calculator.success
      ? {
          answers: readAnswers(calculator.data.answers),
          changes: readChanges(calculator.data.changes),
        }
      : EMPTY_PART_TIME.calculator,
    scenarios: readScenarios(fields.data.scenarios),
  };
}

/** True when nothing at all was entered: no answers, periods or scenarios. */
export function isPartTimeEmpty(data: PartTimeData): boolean {
  return (
    Object.keys(data.calculator.answers).length === 0 &&
    data.calculator.changes.length === 0 &&
    Object.keys(data.scenarios).length === 0
  );
}

// ---------------------------------------------------------------------------------------------------
// The store

export type PartTimeStoreOptions = {
  /** Where the data is saved, asked afresh each time. May throw, as some browsers do in private mode. */
  readonly storage?: () => Storage;
  /** Listens for other tabs saving or clearing (the window's `storage` event); off in tests. */
  readonly watchOtherTabs?: boolean;
};

function partTimeStorage(getStorage: () => Storage): PersistStorage<PartTimeData> {
  const storageOrNull = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };
  return {
    getItem(name) {
      try {
        const raw = storageOrNull()?.getItem(name) ?? null;
        if (raw === null) return null;
        const saved: unknown = JSON.parse(raw);
        const fields = record.safeParse(saved);
        const version =
          fields.success && typeof fields.data.version === 'number' ? fields.data.version : 1;
        const state = readPartTimeData(
          migratePartTimeData(fields.success ? fields.data.state : null, version),
        );
        return { state, version: PART_TIME_SCHEMA_VERSION };
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      try {
        const storage = storageOrNull();
        const data: PartTimeData = {
          calculator: value.state.calculator,
          scenarios: value.state.scenarios,
        };
        // Nothing entered: leave no key behind (after clearing everything, say).
        if (isPartTimeEmpty(data)) storage?.removeItem(name);
        else storage?.setItem(name, JSON.stringify({ state: data, version: value.version }));
      } catch {
        // Storage full or switched off: the data stays in memory while the page is open.
      }
    },
    removeItem(name) {
      try {
        storageOrNull()?.removeItem(name);
      } catch {
        // Nothing can be removed from storage that is switched off.
      }
    },
  };
}

function withScenarios(
  state: PartTimeData,
  owner: ScenarioOwner,
  change: (scenarios: readonly SavedScenario[]) => readonly SavedScenario[],
): Pick<PartTimeData, 'scenarios'> {
  const next = change(state.scenarios[owner] ?? []);
  const scenarios: Record<string, readonly SavedScenario[]> = { ...state.scenarios };
  if (next.length === 0) delete scenarios[owner];
  else scenarios[owner] = next;
  return { scenarios };
}

export function createPartTimeStore(options: PartTimeStoreOptions = {}) {
  const getStorage = options.storage ?? storageArea;
  const store = create<PartTimeStoreState>()(
    persist(
      (set, get): PartTimeStoreState => ({
        ...EMPTY_PART_TIME,
        otherTabNotice: null,

        setCalculatorAnswers(changes) {
          const answers: Record<string, unknown> = { ...get().calculator.answers };
          for (const [field, value] of Object.entries(changes)) {
            if (!Object.hasOwn(ANSWER_SCHEMAS, field)) continue;
            if (value === undefined) delete answers[field];
            else answers[field] = value;
          }
          set(({ calculator }) => ({ calculator: { ...calculator, answers } }));
        },

        setCalculatorChanges(changes) {
          set(({ calculator }) => ({ calculator: { ...calculator, changes } }));
        },

        addScenario(owner, name, changes) {
          const usable = usableScenarioName(name);
          const existing = get().scenarios[owner] ?? [];
          if (usable === null || existing.length >= MAX_SCENARIOS) return '';
          const id = crypto.randomUUID();
          set((state) =>
            withScenarios(state, owner, (scenarios) => [
              ...scenarios,
              { id, name: usable, changes },
            ]),
          );
          return id;
        },

        renameScenario(owner, id, name) {
          const usable = usableScenarioName(name);
          if (usable === null) return;
          set((state) =>
            withScenarios(state, owner, (scenarios) =>
              scenarios.map((scenario) =>
                scenario.id === id ? { ...scenario, name: usable } : scenario,
              ),
            ),
          );
        },

        setScenarioChanges(owner, id, changes) {
          set((state) =>
            withScenarios(state, owner, (scenarios) =>
              scenarios.map((scenario) =>
                scenario.id === id ? { ...scenario, changes } : scenario,
              ),
            ),
          );
        },

        deleteScenario(owner, id) {
          set((state) =>
            withScenarios(state, owner, (scenarios) =>
              scenarios.filter((scenario) => scenario.id !== id),
            ),
          );
        },

        keepScenarioOwners(keep) {
          const { scenarios } = get();
          const owners = Object.keys(scenarios);
          if (owners.every(keep)) return;
          set({
            scenarios: Object.fromEntries(
              owners.filter(keep).map((owner) => [owner, scenarios[owner] ?? []]),
            ),
          });
        },

        copyScenarios(from, to) {
          const copies = (get().scenarios[from] ?? []).map((scenario) => ({
            ...scenario,
            id: crypto.randomUUID(),
          }));
          if (copies.length === 0) return;
          set((state) =>
            withScenarios(state, to, (scenarios) =>
              [...scenarios, ...copies].slice(0, MAX_SCENARIOS),
            ),
          );
        },

        reset() {
          set({ ...EMPTY_PART_TIME, otherTabNotice: null });
        },

        dismissOtherTabNotice() {
          set({ otherTabNotice: null });
        },
      }),
      {
        name: PART_TIME_STORAGE_KEY,
        version: PART_TIME_SCHEMA_VERSION,
        storage: partTimeStorage(getStorage),
        partialize: (state): PartTimeData => ({
          calculator: state.calculator,
          scenarios: state.scenarios,
        }),
        // The saved data was read part by part already: it replaces what is in memory, and nothing
        // saved means nothing entered (as after switching to or from a session for someone else).
        merge: (persisted, current) => ({
          ...current,
          ...((persisted as PartTimeData | undefined) ?? EMPTY_PART_TIME),
        }),
      },
    ),
  );

  if (options.watchOtherTabs && typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      // Other tabs share localStorage, never a session's data: nothing they do may change it.
      if (inSessionMode()) return;
      // A null key means another tab cleared all of localStorage.
      if (event.key !== null && event.key !== PART_TIME_STORAGE_KEY) return;
      // Storage events come only from other tabs, so each one is news to this tab.
      if (event.newValue === null)
        store.setState({ ...EMPTY_PART_TIME, otherTabNotice: CLEARED_IN_OTHER_TAB });
      else
        void Promise.resolve(store.persist.rehydrate()).then(() =>
          store.setState({ otherTabNotice: CHANGED_IN_OTHER_TAB }),
        );
    });
  }
  return store;
}

export type PartTimeStore = ReturnType<typeof createPartTimeStore>;

/** The app's part-time store, saved in localStorage, or sessionStorage during a session for someone else. */
export const usePartTimeStore: PartTimeStore = createPartTimeStore({ watchOtherTabs: true });
