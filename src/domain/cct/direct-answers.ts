/**
 * The direct calculator's answers as saved, defined once: one zod schema per answer, and
 * SavedDirectAnswers inferred from them, so the saved reader (plan/saved-part-time-format.ts) and the
 * engine (direct.ts) cannot disagree about a field. In a file of its own so the engine imports only the
 * type and its chunk does not carry zod.
 */
import * as z from 'zod/mini';

/**
 * Each answer's schema. The saved reader parses every answer on its own, so one that is wrong is left
 * out and the rest are kept; whether the kept ones can be used is the engine's to say.
 */
export const DIRECT_ANSWER_SCHEMAS = {
  /** The nation the doctor trains in (`england`, `scotland`, `wales`, `northern-ireland`). */
  nation: z.string(),
  stage: z.string(),
  /** Whether the doctor knows their current CCT date or how much training is left. */
  trainingLeft: z.enum(['cct-date', 'time-left']),
  currentCct: z.string(),
  /** With `time-left`: the date the time left is counted from, and how many months it is. */
  countFrom: z.string(),
  monthsLeft: z.number(),
  /** Current hours as a percentage of full time. */
  wtePercent: z.number(),
} as const;

type DirectAnswerField = keyof typeof DIRECT_ANSWER_SCHEMAS;

/** The direct calculator's answers as saved, each optional: they are asked one page at a time. */
export type SavedDirectAnswers = {
  readonly [Field in DirectAnswerField]?: z.output<(typeof DIRECT_ANSWER_SCHEMAS)[Field]>;
};
