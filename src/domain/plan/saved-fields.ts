/**
 * The record-level fields of the shapes the two stores save, defined once as zod schemas. The types in
 * saved-shapes.ts are inferred from them, and the readers (saved-plans-format.ts,
 * saved-part-time-format.ts) check each field with the same schema, so the shape and its check cannot
 * drift. Each field is parsed on its own: the readers keep what can be read and name the rest, which a
 * whole-record parse would not allow. The parts read elsewhere (a plan's answers, the periods) are not
 * here. In a file of its own so saved-shapes.ts imports only types and no page carries zod for them.
 */
import * as z from 'zod/mini';

/** An ISO timestamp, as from `Date.prototype.toISOString`; anything `Date.parse` reads is accepted. */
const timestamp = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value))));

/** An id: any text but the empty one (a missing or repeated id is replaced, not refused). */
const id = z.string().check(z.refine((value) => value !== ''));

/** A saved plan's own fields; its `answers` are read by readPlanAnswers. */
export const SAVED_PLAN_FIELDS = z.object({
  id,
  /** Cleaned, trimmed and cut to the plan name length when read. */
  name: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** The saved plans store's fields; each plan in `plans` is read on its own. */
export const PERSISTED_PLANS_FIELDS = z.object({
  plans: z.array(z.unknown()),
  activePlanId: z.nullable(z.string()),
});

/** A part-time scenario's own fields; its `changes` are read by readPeriods. */
export const SAVED_SCENARIO_FIELDS = z.object({
  id,
  /** Cleaned, trimmed and cut to the plan name length when read. */
  name: z.string(),
});
