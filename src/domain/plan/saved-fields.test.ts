import { describe, expect, it } from 'vitest';
import { PERSISTED_PLANS_FIELDS, SAVED_PLAN_FIELDS, SAVED_SCENARIO_FIELDS } from './saved-fields';

// The readers parse each field with these schemas, so what each accepts is what a saved plan or
// scenario keeps; the rest is replaced or left out (and named) by the readers.
function accepts(schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) {
  return schema.safeParse(value).success;
}

describe('the saved fields', () => {
  it('take an id of any text but the empty one', () => {
    for (const fields of [SAVED_PLAN_FIELDS.shape, SAVED_SCENARIO_FIELDS.shape]) {
      expect(accepts(fields.id, 'plan-a')).toBe(true);
      expect(accepts(fields.id, ' ')).toBe(true);
      expect(accepts(fields.id, '')).toBe(false);
      expect(accepts(fields.id, 7)).toBe(false);
      expect(accepts(fields.id, undefined)).toBe(false);
    }
  });

  it('take any text as a name, which the readers then clean, trim and cut', () => {
    for (const fields of [SAVED_PLAN_FIELDS.shape, SAVED_SCENARIO_FIELDS.shape]) {
      expect(accepts(fields.name, '')).toBe(true);
      expect(accepts(fields.name, '  Plan 1 ')).toBe(true);
      expect(accepts(fields.name, null)).toBe(false);
      expect(accepts(fields.name, ['Plan 1'])).toBe(false);
    }
  });

  it('take as a timestamp any text Date.parse reads, and nothing else', () => {
    for (const timestamp of [
      SAVED_PLAN_FIELDS.shape.createdAt,
      SAVED_PLAN_FIELDS.shape.updatedAt,
    ]) {
      expect(accepts(timestamp, '2026-11-01T09:00:00.000Z')).toBe(true);
      expect(accepts(timestamp, '2026-11-01')).toBe(true);
      expect(accepts(timestamp, 'soon')).toBe(false);
      expect(accepts(timestamp, '')).toBe(false);
      expect(accepts(timestamp, 1_700_000_000_000)).toBe(false);
    }
  });

  it('take a list of plans of any items, and an active plan id or null', () => {
    const { plans, activePlanId } = PERSISTED_PLANS_FIELDS.shape;
    expect(accepts(plans, [])).toBe(true);
    expect(accepts(plans, [1, 'two', null])).toBe(true);
    expect(accepts(plans, { 0: 'plan' })).toBe(false);
    expect(accepts(activePlanId, 'plan-a')).toBe(true);
    expect(accepts(activePlanId, null)).toBe(true);
    expect(accepts(activePlanId, 7)).toBe(false);
  });
});
