import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertTwoTabEdits, expectBothSidesKept } from '../../../tests/support/two-tab-merges';
import type { SavedPlan } from './saved-shapes';
import { describeOtherTabChange, mergeConcurrentPlans, sameJson } from './plans-merge';

const AT = '2026-12-07T10:00:00.000Z';

function plan(id: string, name: string, answers: SavedPlan['answers'] = {}): SavedPlan {
  return { id, name, answers, createdAt: AT, updatedAt: AT };
}

function later(saved: SavedPlan, changes: Partial<SavedPlan>, second: number): SavedPlan {
  return {
    ...saved,
    ...changes,
    updatedAt: `2026-12-07T10:00:${String(second).padStart(2, '0')}.000Z`,
  };
}

const ONE = plan('one', 'Plan 1', { nation: 'england' });
const TWO = plan('two', 'Plan 2');

describe('mergeConcurrentPlans: what two tabs did at the same time', () => {
  const names = (plans: readonly SavedPlan[]) => plans.map((saved) => saved.name);

  it.each([
    {
      what: 'a plan created in each tab',
      ours: [ONE, TWO, plan('a', 'Made here')],
      theirs: [ONE, TWO, plan('b', 'Made there')],
      // This tab's new plan goes after the plan before it here.
      expected: ['Plan 1', 'Plan 2', 'Made here', 'Made there'],
    },
    {
      what: 'a copy made in each tab of the same plan',
      ours: [ONE, plan('copy-a', 'Copy of Plan 1'), TWO],
      theirs: [ONE, plan('copy-b', 'Copy of Plan 1'), TWO],
      expected: ['Plan 1', 'Copy of Plan 1', 'Copy of Plan 1', 'Plan 2'],
    },
    {
      what: 'a different plan renamed in each tab',
      ours: [later(ONE, { name: 'Renamed here' }, 1), TWO],
      theirs: [ONE, later(TWO, { name: 'Renamed there' }, 2)],
      expected: ['Renamed here', 'Renamed there'],
    },
    {
      what: 'one plan deleted here, another renamed there',
      ours: [TWO],
      theirs: [ONE, later(TWO, { name: 'Renamed there' }, 2)],
      expected: ['Renamed there'],
    },
    {
      what: 'a plan deleted in each tab',
      ours: [TWO],
      theirs: [ONE],
      expected: [],
    },
    {
      what: 'a plan created here while the other tab deleted another',
      ours: [ONE, TWO, plan('a', 'Made here')],
      theirs: [TWO],
      expected: ['Plan 2', 'Made here'],
    },
  ])('keeps both sides: $what', ({ ours, theirs, expected }) => {
    const merge = (here: SavedPlan[], there: SavedPlan[]) =>
      names(mergeConcurrentPlans([ONE, TWO], here, there).plans);
    expectBothSidesKept(merge, ours, theirs, expected);
  });

  it('keeps a plan one tab deleted when the other renamed it, and says so', () => {
    const renamed = later(ONE, { name: 'Kept' }, 3);
    const merged = mergeConcurrentPlans([ONE, TWO], [TWO], [renamed, TWO]);
    expect(names(merged.plans)).toEqual(['Kept', 'Plan 2']);
    expect(merged.notes).toEqual([
      '"Kept" was deleted here, but it had been changed in another tab or window, so Pathway kept it.',
    ]);
  });
});

describe('describeOtherTabChange: the notice names what changed', () => {
  it('names each answer the other tab changed, and never says only "the latest version"', () => {
    const changed = later(ONE, { answers: { nation: 'wales', coreRoute: 'imt' } }, 4);
    const notice = describeOtherTabChange(ONE, { plans: [changed], activePlanId: 'one' }, false);
    expect(notice).toBe(
      'This plan was changed in another tab or window: where you live and the core training route.',
    );
  });
});

const PLAN_A = plan('plan-a', 'Plan 1', {
  dateOfBirth: '2011-03-14',
  now: { stage: 'school', yearGroup: 11 },
});
const PLAN_B = plan('plan-b', 'Graduate entry', {
  nation: 'wales',
  medicalSchoolRoute: 'graduate-entry',
});

describe('mergeConcurrentPlans: one plan changed or deleted in both tabs', () => {
  it('keeps changes to different answers of the same plan from both sides', () => {
    const ours = later(PLAN_A, { answers: { ...PLAN_A.answers, nation: 'wales' } }, 11);
    const theirs = later(PLAN_A, { name: 'Renamed', answers: { now: { stage: 'f1' } } }, 12);
    const { plans, notes } = mergeConcurrentPlans([PLAN_A], [ours], [theirs]);
    expect(plans).toEqual([
      {
        ...PLAN_A,
        name: 'Renamed',
        answers: { now: { stage: 'f1' }, nation: 'wales' },
        updatedAt: theirs.updatedAt,
      },
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps the most recent change when both sides changed the same answer, and says so', () => {
    const ours = later(PLAN_A, { answers: { ...PLAN_A.answers, nation: 'wales' } }, 13);
    const theirs = later(PLAN_A, { answers: { ...PLAN_A.answers, nation: 'scotland' } }, 12);
    const { plans, notes } = mergeConcurrentPlans([PLAN_A], [ours], [theirs]);
    expect(plans[0]?.answers.nation).toBe('wales');
    expect(notes).toEqual([
      '"Plan 1" was changed here and in another tab or window at the same time. Where both changed the same answer, Pathway kept the most recent change.',
    ]);
  });

  it('keeps deletions unless the other side changed the deleted plan', () => {
    expect(mergeConcurrentPlans([PLAN_A, PLAN_B], [PLAN_A, PLAN_B], [PLAN_A]).plans).toEqual([
      PLAN_A,
    ]);
    expect(mergeConcurrentPlans([PLAN_A, PLAN_B], [PLAN_A], [PLAN_A, PLAN_B]).plans).toEqual([
      PLAN_A,
    ]);
    const changedHere = later(PLAN_B, { name: 'Changed here' }, 11);
    expect(mergeConcurrentPlans([PLAN_A, PLAN_B], [PLAN_A, changedHere], [PLAN_A])).toEqual({
      plans: [PLAN_A, changedHere],
      notes: [
        '"Changed here" was deleted in another tab or window, but you had changed it here, so Pathway kept it.',
      ],
    });
    const changedThere = later(PLAN_B, { name: 'Changed there' }, 11);
    expect(mergeConcurrentPlans([PLAN_A, PLAN_B], [PLAN_A], [PLAN_A, changedThere]).notes).toEqual([
      '"Changed there" was deleted here, but it had been changed in another tab or window, so Pathway kept it.',
    ]);
  });
});

describe('describeOtherTabChange: what happened to the open plan', () => {
  const after = (plans: SavedPlan[], activePlanId: string | null = plans[0]?.id ?? null) => ({
    plans,
    activePlanId,
  });

  it('says nothing when the open plan is unchanged or nothing was open', () => {
    expect(describeOtherTabChange(PLAN_A, after([PLAN_A, PLAN_B]), false)).toBeNull();
    expect(describeOtherTabChange(null, after([]), true)).toBeNull();
  });

  it('names what happened to the open plan', () => {
    expect(describeOtherTabChange(PLAN_A, after([]), true)).toBe(
      'Everything Pathway saved on this device was cleared in another tab or window.',
    );
    expect(describeOtherTabChange(PLAN_A, after([PLAN_B]), false)).toBe(
      '"Plan 1" was deleted in another tab or window. You are now seeing "Graduate entry".',
    );
    expect(describeOtherTabChange(PLAN_A, after([{ ...PLAN_A, name: 'New name' }]), false)).toBe(
      '"Plan 1" was renamed "New name" in another tab or window.',
    );
    expect(describeOtherTabChange(PLAN_A, after([{ ...PLAN_A, answers: {} }]), false)).toBe(
      'This plan was changed in another tab or window: the date of birth and where you are now.',
    );
    expect(
      describeOtherTabChange(PLAN_A, after([{ ...PLAN_A, name: 'New', answers: {} }]), false),
    ).toBe(
      'This plan was renamed "New" and changed in another tab or window: the date of birth and where you are now.',
    );
  });
});

describe('sameJson', () => {
  it('compares JSON values by content, ignoring key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------
// Property: two tabs each make a sequence of edits from the same plans; the merge keeps every one.

type Edit =
  | { readonly kind: 'create'; readonly name: string }
  | { readonly kind: 'copy'; readonly index: number }
  | { readonly kind: 'rename'; readonly index: number; readonly name: string }
  | { readonly kind: 'delete'; readonly index: number }
  | { readonly kind: 'answer'; readonly index: number; readonly year: number };

const nameArbitrary = fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta', 'Plan 9');
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), name: nameArbitrary }),
  fc.record({ kind: fc.constant('copy' as const), index: fc.nat(5) }),
  fc.record({ kind: fc.constant('rename' as const), index: fc.nat(5), name: nameArbitrary }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat(5) }),
  fc.record({
    kind: fc.constant('answer' as const),
    index: fc.nat(5),
    year: fc.integer({ min: 2026, max: 2040 }),
  }),
);

/** Applies edits as the plans store would, each at a later time; new plans get ids `<side>-<n>`. */
function applyEdits(base: readonly SavedPlan[], edits: readonly Edit[], side: string): SavedPlan[] {
  let plans = [...base];
  edits.forEach((edit, step) => {
    const time = later(ONE, {}, step + (side === 'a' ? 10 : 30)).updatedAt;
    const target = plans[edit.kind === 'create' ? 0 : edit.index % Math.max(1, plans.length)];
    switch (edit.kind) {
      case 'create':
        plans.push({ ...plan(`${side}-${step}`, edit.name), createdAt: time, updatedAt: time });
        break;
      case 'copy':
        if (target)
          plans.push({ ...target, id: `${side}-${step}`, createdAt: time, updatedAt: time });
        break;
      case 'rename':
        if (target && target.name !== edit.name) {
          plans = plans.map((p) => (p === target ? { ...p, name: edit.name, updatedAt: time } : p));
        }
        break;
      case 'delete':
        if (target) plans = plans.filter((p) => p !== target);
        break;
      case 'answer':
        if (target) {
          plans = plans.map((p) =>
            p === target
              ? { ...p, answers: { ...p.answers, plannedSt4Year: edit.year }, updatedAt: time }
              : p,
          );
        }
        break;
    }
  });
  return plans;
}

const baseArbitrary = fc
  .array(nameArbitrary, { maxLength: 4 })
  .map((names) => names.map((name, index) => plan(`base-${index}`, name)));

describe('mergeConcurrentPlans: property', () => {
  it('keeps every create, copy, rename, answer and delete of both tabs (2,000 pairs, fixed seed)', () => {
    assertTwoTabEdits(baseArbitrary, editArbitrary, applyEdits, (base, ours, theirs) => {
      const merged = new Map(mergeConcurrentPlans(base, ours, theirs).plans.map((p) => [p.id, p]));
      const baseIds = new Set(base.map((p) => p.id));
      // Every plan a tab created or copied is there, as that tab left it.
      for (const made of [...ours, ...theirs].filter((p) => !baseIds.has(p.id))) {
        expect(merged.get(made.id)).toEqual(made);
      }
      for (const original of base) {
        const here = ours.find((p) => p.id === original.id);
        const there = theirs.find((p) => p.id === original.id);
        const changedHere = here !== undefined && here !== original;
        const changedThere = there !== undefined && there !== original;
        const result = merged.get(original.id);
        // A delete holds unless the other tab changed the plan; then the change is kept.
        if (!here && !changedThere) expect(result).toBeUndefined();
        else if (!there && !changedHere) expect(result).toBeUndefined();
        else if (!here) expect(result).toEqual(there);
        else if (!there) expect(result).toEqual(here);
        else {
          // Both kept it: each rename and answer made on one side only is kept.
          for (const field of ['name', 'answers'] as const) {
            const fromHere = JSON.stringify(here[field]) !== JSON.stringify(original[field]);
            const fromThere = JSON.stringify(there[field]) !== JSON.stringify(original[field]);
            if (fromHere && !fromThere) expect(result?.[field]).toEqual(here[field]);
            if (fromThere && !fromHere) expect(result?.[field]).toEqual(there[field]);
            if (fromHere && fromThere)
              expect([here[field], there[field]]).toContainEqual(result?.[field]);
          }
        }
      }
    });
  });
});
