/**
 * A plan as a file (docs/plan-file.md): "Download this plan" writes one, "Open a plan file" reads one.
 * A file is untrusted like a share link: it may be cut short, edited by hand, far too big or made by a
 * newer Pathway. `readPlanFile` checks its shape with the zod schema (plan-file-schema.ts), reads the
 * answers through `readPlanAnswers` as a link's are, and never throws. Like a link, a file leaves out
 * the skills checklist, which is personal.
 */
import { type PlanAnswers, readPlanAnswers } from './answers';
import {
  PLAN_FILE_FORMAT,
  PLAN_FILE_VERSION,
  type PlanFile,
  planFileSchema,
} from './plan-file-schema';
import { cutPlanName } from './plan-name';
import { shareableAnswers } from './share-link';

/** The largest file Pathway reads, in bytes. A Year 11 plan takes 0.4 kB, one with 20 periods 3 kB. */
export const MAX_PLAN_FILE_BYTES = 100_000;
/** The name a plan gets when its file has an empty one. */
export const UNNAMED_PLAN_FILE = 'Plan from a file';

export type PlanFileProblem =
  'empty' | 'too-large' | 'not-a-plan-file' | 'newer-version' | 'changed';

export type PlanFileReading =
  | { readonly ok: true; readonly name: string; readonly answers: PlanAnswers }
  | { readonly ok: false; readonly problem: PlanFileProblem; readonly message: string };

/** What is wrong with a file, in the NHS error message style: what happened and what to do. */
export const PLAN_FILE_MESSAGES: Readonly<Record<PlanFileProblem, string>> = {
  empty: 'The selected file is empty. Choose a plan file you downloaded from Pathway',
  'too-large': `The selected file must be smaller than ${MAX_PLAN_FILE_BYTES / 1000} kB. Choose a plan file you downloaded from Pathway`,
  'not-a-plan-file':
    'The selected file is not a Pathway plan file. Choose a .json file you downloaded with “Download this plan”',
  'newer-version':
    'The selected file was made by a newer version of Pathway, so it cannot be opened here. Download the plan again from this version',
  changed:
    'The selected file has been changed or damaged, so it cannot be opened. Download the plan again and choose the new file',
};

function problem(kind: PlanFileProblem): PlanFileReading {
  return { ok: false, problem: kind, message: PLAN_FILE_MESSAGES[kind] };
}

/** The plan as the text of a plan file: indented JSON, so people can read it. */
export function writePlanFile(name: string, answers: PlanAnswers): string {
  const file: PlanFile = {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    name: cutPlanName(name),
    // Saved answers have passed readPlanAnswers, so they have the file's shape.
    plan: shareableAnswers(answers) as PlanFile['plan'],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The problem with a file of this many bytes, checked before its text is read; null when none. */
export function planFileSizeProblem(bytes: number): PlanFileReading | null {
  if (bytes === 0) return problem('empty');
  if (bytes > MAX_PLAN_FILE_BYTES) return problem('too-large');
  return null;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a plan from a file's text. Never throws. */
export function readPlanFile(text: string): PlanFileReading {
  // UTF-8 takes at least one byte per UTF-16 code unit, so text this long is too large: refused at
  // once, without encoding it to count its bytes.
  if (text.length > MAX_PLAN_FILE_BYTES) return problem('too-large');
  const sizeProblem = planFileSizeProblem(new TextEncoder().encode(text).length);
  if (sizeProblem !== null) return sizeProblem;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return problem('not-a-plan-file');
  }
  if (!isPlainObject(parsed) || parsed.format !== PLAN_FILE_FORMAT) {
    return problem('not-a-plan-file');
  }
  const { version } = parsed;
  if (typeof version === 'number' && Number.isInteger(version) && version > PLAN_FILE_VERSION) {
    return problem('newer-version');
  }
  const file = planFileSchema.safeParse(parsed);
  if (!file.success) return problem('changed');

  // The same reader as saved plans and links: it gives periods their types and checks their dates.
  const reading = readPlanAnswers(file.data.plan);
  if (reading.unreadable.length > 0) return problem('changed');
  return {
    ok: true,
    name: cutPlanName(file.data.name) || UNNAMED_PLAN_FILE,
    answers: shareableAnswers(reading.answers),
  };
}
