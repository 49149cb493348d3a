import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertTwoTabEdits, expectBothSidesKept } from '../../../tests/support/two-tab-merges';
import type { Period } from '../cct/period';
import { describePartTimeChange, mergeConcurrentPartTime } from './part-time-merge';
import { EMPTY_PART_TIME, type PartTimeData, type SavedScenario } from './saved-shapes';

/** A period list that stands for "some periods": the merge compares them, never reads them. */
function periodsNamed(marker: string): readonly Period[] {
  return [{ id: marker } as unknown as Period]; // only compared as JSON here
}

function scenario(id: string, name: string, marker = 'none'): SavedScenario {
  return { id, name, changes: marker === 'none' ? [] : periodsNamed(marker) };
}

function withScenarios(scenarios: PartTimeData['scenarios'], answers = {}): PartTimeData {
  return { calculator: { answers, changes: [] }, scenarios };
}

const BASE = withScenarios({ calculator: [scenario('s1', 'Part time')] }, { stage: 'st5' });

describe('mergeConcurrentPartTime: what two tabs did at the same time', () => {
  const names = (data: PartTimeData) =>
    Object.entries(data.scenarios).flatMap(([owner, list]) =>
      list.map((saved) => `${owner}: ${saved.name}`),
    );

  it.each([
    {
      what: 'a scenario added in each tab',
      ours: withScenarios(
        { calculator: [scenario('s1', 'Part time'), scenario('a', 'Made here')] },
        { stage: 'st5' },
      ),
      theirs: withScenarios(
        { calculator: [scenario('s1', 'Part time'), scenario('b', 'Made there')] },
        { stage: 'st5' },
      ),
      expected: ['calculator: Part time', 'calculator: Made there', 'calculator: Made here'],
    },
    {
      what: 'a scenario added for a plan here, and the calculator’s renamed there',
      ours: withScenarios(
        { calculator: [scenario('s1', 'Part time')], 'plan:p': [scenario('a', 'For the plan')] },
        { stage: 'st5' },
      ),
      theirs: withScenarios({ calculator: [scenario('s1', 'Renamed')] }, { stage: 'st5' }),
      expected: ['calculator: Renamed', 'plan:p: For the plan'],
    },
    {
      what: 'a scenario deleted here and another added there',
      ours: withScenarios({}, { stage: 'st5' }),
      theirs: withScenarios(
        { calculator: [scenario('s1', 'Part time'), scenario('b', 'Made there')] },
        { stage: 'st5' },
      ),
      expected: ['calculator: Made there'],
    },
  ])('keeps both sides: $what', ({ ours, theirs, expected }) => {
    const merge = (here: PartTimeData, there: PartTimeData) =>
      names(mergeConcurrentPartTime(BASE, here, there).data);
    expectBothSidesKept(merge, ours, theirs, expected);
  });

  it('keeps an answer changed in each tab, and a scenario deleted here but changed there', () => {
    const ours = withScenarios({}, { stage: 'st5', wtePercent: 60 });
    const theirs = withScenarios(
      { calculator: [scenario('s1', 'Part time', 'changed')] },
      { stage: 'st6' },
    );
    const merged = mergeConcurrentPartTime(BASE, ours, theirs);
    expect(merged.data.calculator.answers).toEqual({ stage: 'st6', wtePercent: 60 });
    expect(merged.data.scenarios.calculator).toEqual([scenario('s1', 'Part time', 'changed')]);
    expect(merged.notes).toEqual([
      'The scenario "Part time" was deleted here, but it had been changed in another tab or window, so Pathway kept it.',
    ]);
  });
});

describe('describePartTimeChange: the notice names what changed', () => {
  it.each([
    [
      withScenarios({ calculator: [scenario('s1', 'Part time'), scenario('b', 'Parental leave')] }),
      'The scenario "Parental leave" was added in another tab or window.',
    ],
    [
      withScenarios({ calculator: [scenario('s1', '60%')] }),
      'The scenario "Part time" was renamed "60%" in another tab or window.',
    ],
    [
      withScenarios({ calculator: [scenario('s1', 'Part time', 'more')] }),
      'The periods in the scenario "Part time" were changed in another tab or window.',
    ],
    [withScenarios({}), 'The scenario "Part time" was deleted in another tab or window.'],
    [
      { ...withScenarios({ calculator: [scenario('s1', 'Part time')] }, { stage: 'st6' }) },
      'Your part-time calculator answers were changed in another tab or window.',
    ],
  ])('%#: %s', (after, sentence) => {
    const before = withScenarios({ calculator: [scenario('s1', 'Part time')] });
    expect(describePartTimeChange(before, after)).toBe(sentence);
  });

  it('says nothing when nothing changed', () => {
    expect(describePartTimeChange(BASE, BASE)).toBeNull();
    expect(describePartTimeChange(EMPTY_PART_TIME, EMPTY_PART_TIME)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------
// Property: two tabs each make a sequence of edits from the same data; the merge keeps every one.

type Edit =
  | { readonly kind: 'add'; readonly owner: string; readonly name: string }
  | { readonly kind: 'rename'; readonly index: number; readonly name: string }
  | { readonly kind: 'periods'; readonly index: number; readonly marker: string }
  | { readonly kind: 'delete'; readonly index: number }
  | { readonly kind: 'answer'; readonly wte: number };

const OWNERS = ['calculator', 'plan:one', 'plan:two'];
const nameArbitrary = fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta');
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    owner: fc.constantFrom(...OWNERS),
    name: nameArbitrary,
  }),
  fc.record({ kind: fc.constant('rename' as const), index: fc.nat(6), name: nameArbitrary }),
  fc.record({ kind: fc.constant('periods' as const), index: fc.nat(6), marker: nameArbitrary }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat(6) }),
  fc.record({ kind: fc.constant('answer' as const), wte: fc.integer({ min: 20, max: 100 }) }),
);

type Entry = { readonly owner: string; readonly scenario: SavedScenario };

function entries(data: PartTimeData): Entry[] {
  return Object.entries(data.scenarios).flatMap(([owner, list]) =>
    list.map((saved) => ({ owner, scenario: saved })),
  );
}

function fromEntries(list: readonly Entry[], answers: PartTimeData['calculator']['answers']) {
  const scenarios: Record<string, SavedScenario[]> = {};
  for (const { owner, scenario: saved } of list) (scenarios[owner] ??= []).push(saved);
  return { calculator: { answers, changes: [] }, scenarios } satisfies PartTimeData;
}

/** Applies edits as the part-time store would; new scenarios get ids `<side>-<n>`. */
function applyEdits(base: PartTimeData, edits: readonly Edit[], side: string): PartTimeData {
  let list = entries(base);
  let answers = base.calculator.answers;
  edits.forEach((edit, step) => {
    if (edit.kind === 'add') {
      list = [...list, { owner: edit.owner, scenario: scenario(`${side}-${step}`, edit.name) }];
      return;
    }
    if (edit.kind === 'answer') {
      answers = { ...answers, wtePercent: edit.wte };
      return;
    }
    const target = list[edit.index % Math.max(1, list.length)];
    if (!target) return;
    if (edit.kind === 'delete') list = list.filter((entry) => entry !== target);
    else {
      const changed =
        edit.kind === 'rename'
          ? { ...target.scenario, name: edit.name }
          : { ...target.scenario, changes: periodsNamed(edit.marker) };
      list = list.map((entry) => (entry === target ? { ...entry, scenario: changed } : entry));
    }
  });
  return fromEntries(list, answers);
}

const baseArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...OWNERS), nameArbitrary), { maxLength: 4 })
  .map((pairs) =>
    fromEntries(
      pairs.map(([owner, name], index) => ({ owner, scenario: scenario(`base-${index}`, name) })),
      { stage: 'st5' },
    ),
  );

describe('mergeConcurrentPartTime: property', () => {
  it('keeps every add, rename, period change, answer and delete of both tabs (2,000 pairs, fixed seed)', () => {
    assertTwoTabEdits(baseArbitrary, editArbitrary, applyEdits, (base, ours, theirs) => {
      const merged = mergeConcurrentPartTime(base, ours, theirs).data;
      const found = new Map(entries(merged).map((entry) => [entry.scenario.id, entry]));
      const baseIds = new Set(entries(base).map((entry) => entry.scenario.id));
      // Every scenario a tab added is there, for its owner, as that tab left it.
      for (const made of [...entries(ours), ...entries(theirs)]) {
        if (!baseIds.has(made.scenario.id)) expect(found.get(made.scenario.id)).toEqual(made);
      }
      for (const { scenario: original } of entries(base)) {
        const here = entries(ours).find((entry) => entry.scenario.id === original.id);
        const there = entries(theirs).find((entry) => entry.scenario.id === original.id);
        const changed = (entry: Entry | undefined) =>
          entry !== undefined && JSON.stringify(entry.scenario) !== JSON.stringify(original);
        const result = found.get(original.id)?.scenario;
        if (!here && !changed(there)) expect(result).toBeUndefined();
        else if (!there && !changed(here)) expect(result).toBeUndefined();
        else if (!here) expect(result).toEqual(there?.scenario);
        else if (!there) expect(result).toEqual(here.scenario);
        else {
          for (const field of ['name', 'changes'] as const) {
            const fromHere =
              JSON.stringify(here.scenario[field]) !== JSON.stringify(original[field]);
            const fromThere =
              JSON.stringify(there.scenario[field]) !== JSON.stringify(original[field]);
            // One side only: kept. Both: this tab's (the tab that saves keeps what it shows).
            if (fromHere) expect(result?.[field]).toEqual(here.scenario[field]);
            else if (fromThere) expect(result?.[field]).toEqual(there.scenario[field]);
          }
        }
      }
      const wte = (data: PartTimeData) => data.calculator.answers.wtePercent;
      if (wte(ours) !== wte(base)) expect(wte(merged)).toBe(wte(ours));
      else expect(wte(merged)).toBe(wte(theirs));
    });
  });
});
