/**
 * The form the part-time answers and scenarios are stored in (`{ "state": PartTimeData, "version": N }`
 * under `pathway-part-time`), the migration between its versions, and the reader that turns saved text
 * back into them, keeping whatever parses. Pure: no storage. Never throws. src/state/part-time-store.ts
 * runs it against the browser's storage.
 */
import * as z from 'zod/mini';
// From their own files: the cct index would bring the whole engine onto the start page.
import { MAX_SCENARIOS_KEPT } from '../cct/scenarios';
import { DIRECT_ANSWER_SCHEMAS } from '../cct/direct-answers';
import { type Period, addPeriodIds, readPeriods } from '../cct/period';
import { cleanText } from './clean-text';
import { MAX_PLAN_NAME_LENGTH } from './plan-name';
import { sameJson } from './plans-merge';
import { readEnvelope } from './saved-envelope';
import { savedDataMessage } from './saved-data-messages';
import { SAVED_SCENARIO_FIELDS } from './saved-fields';
import {
  type CalculatorAnswers,
  EMPTY_PART_TIME,
  type PartTimeData,
  type SavedScenario,
} from './saved-shapes';

/** Version 2 gave every period an id (version 1 saved them without). */
export const PART_TIME_SCHEMA_VERSION = 2;

const record = z.record(z.string(), z.unknown());
// `nation` came with version 2 unchanged: answers saved before it simply lack it, and the calculator
// asks it before showing them again (firstUnansweredDirectQuestion).
function readAnswers(value: unknown): CalculatorAnswers {
  const fields = record.safeParse(value);
  if (!fields.success) return {};
  const answers: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(DIRECT_ANSWER_SCHEMAS)) {
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

// A scenario's own fields with the schemas its type is inferred from; its periods are read on their own.
const scenarioShape = z.object({ ...SAVED_SCENARIO_FIELDS.shape, changes: z.unknown() });

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
      if (!parsed.success || seen.has(parsed.data.id)) continue;
      const name = cleanText(parsed.data.name).trim().slice(0, MAX_PLAN_NAME_LENGTH).trim();
      if (name === '') continue;
      seen.add(parsed.data.id);
      scenarios.push({ id: parsed.data.id, name, changes: readChanges(parsed.data.changes) });
    }
    if (scenarios.length > 0) result[owner] = scenarios.slice(0, MAX_SCENARIOS_KEPT);
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

export type PartTimeReading = {
  readonly data: PartTimeData;
  /** Set when anything could not be read: the raw text must then be kept. */
  readonly problem: { readonly summary: string; readonly details: readonly string[] } | null;
};

const PART_TIME_MIGRATIONS = { 1: (state: unknown) => migratePartTimeData(state, 1) };
const NONE_READ = savedDataMessage({ code: 'none-read', store: 'part-time' });
const SOME_NOT_READ = savedDataMessage({ code: 'some-not-read', store: 'part-time' });

function nothingReadOfPartTime(summary: string, detail: string): PartTimeReading {
  return { data: EMPTY_PART_TIME, problem: { summary, details: [detail] } };
}

/** A scenario as the person would know it: by its name, if that can be read. */
function scenarioLabel(value: unknown): string {
  const parsed = z.object({ name: SAVED_SCENARIO_FIELDS.shape.name }).safeParse(value);
  const name = parsed.success ? parsed.data.name.trim() : '';
  return name === '' ? 'A scenario with no name' : `The scenario "${name.slice(0, 60)}"`;
}

/** What `data` left out of `state`, one plain-English item each. Empty when nothing was. */
function whatWasLeftOut(state: unknown, data: PartTimeData): string[] {
  const fields = record.safeParse(state);
  if (!fields.success) return ['All of it: it is not in a form Pathway can read'];
  const details: string[] = [];
  const { calculator, scenarios, ...others } = fields.data;
  if (calculator !== undefined) {
    const given = record.safeParse(calculator);
    const answers = given.success ? (given.data.answers ?? {}) : calculator;
    const changes = given.success ? (given.data.changes ?? []) : calculator;
    if (!sameJson(answers, data.calculator.answers)) {
      details.push('Some of the part-time calculator’s answers');
    }
    if (!sameJson(changes, data.calculator.changes)) {
      details.push('Some of the part-time calculator’s periods');
    }
  }
  if (scenarios !== undefined) {
    const owners = record.safeParse(scenarios);
    if (!owners.success) details.push('Your part-time scenarios');
    else {
      for (const [owner, list] of Object.entries(owners.data)) {
        const read = data.scenarios[owner] ?? [];
        if (!Array.isArray(list)) {
          details.push('A list of part-time scenarios');
          continue;
        }
        for (const item of list) {
          const parsed = record.safeParse(item);
          const id = parsed.success ? parsed.data.id : undefined;
          const kept = read.find((scenario) => scenario.id === id);
          if (!kept) details.push(scenarioLabel(item));
          else if (!sameJson(item, kept)) details.push(`${scenarioLabel(item)}: part of it`);
        }
      }
    }
  }
  if (Object.keys(others).length > 0) {
    details.push('Other saved part-time data this version of Pathway does not know');
  }
  return details;
}

/**
 * Reads the text saved under `pathway-part-time`: its JSON, its version (migrating older versions),
 * then each part. Keeps everything it can and lists what it could not read. Never throws.
 */
export function readSavedPartTime(raw: string): PartTimeReading {
  const envelope = readEnvelope(raw, {
    version: PART_TIME_SCHEMA_VERSION,
    migrations: PART_TIME_MIGRATIONS,
    // Version 1 saved no version at all, so data without one is read as version 1 (and flagged).
    unknownVersionReadAs: 1,
  });
  switch (envelope.kind) {
    case 'not-json':
      return nothingReadOfPartTime(
        NONE_READ,
        savedDataMessage({ code: 'changed-by-hand', store: 'part-time' }),
      );
    case 'not-saved-state':
      return nothingReadOfPartTime(
        NONE_READ,
        savedDataMessage({ code: 'unknown-form', store: 'part-time' }),
      );
    case 'newer':
      return nothingReadOfPartTime(
        savedDataMessage({ code: 'newer-version', store: 'part-time' }),
        'All of it: saved by a newer version of Pathway',
      );
    case 'not-migrated':
      return nothingReadOfPartTime(
        savedDataMessage({ code: 'not-migrated', store: 'part-time' }),
        'All of it: saved by an older version of Pathway',
      );
    case 'read': {
      const data = readPartTimeData(envelope.state);
      const details = whatWasLeftOut(envelope.state, data);
      if (!envelope.versionKnown) {
        details.unshift('Which version of Pathway saved them, so we read them as the oldest');
      }
      if (details.length === 0) return { data, problem: null };
      return {
        data,
        problem: { summary: isPartTimeEmpty(data) ? NONE_READ : SOME_NOT_READ, details },
      };
    }
  }
}

/** True when nothing at all was entered: no answers, periods or scenarios. */
export function isPartTimeEmpty(data: PartTimeData): boolean {
  return (
    Object.keys(data.calculator.answers).length === 0 &&
    data.calculator.changes.length === 0 &&
    Object.keys(data.scenarios).length === 0
  );
}
