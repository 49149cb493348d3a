import { type FormEvent, useRef } from 'react';
import type { PlanAnswers } from '../../domain/plan/answers';
import {
  MAX_PLAN_FILE_BYTES,
  planFileSizeProblem,
  readPlanFile,
} from '../../domain/plan/plan-file';

/** The file input's id, for the error summary's link. */
export const PLAN_FILE_INPUT_ID = 'plan-file';
export const NO_FILE_MESSAGE = 'Select a plan file';

export type OpenedPlanFile = { readonly name: string; readonly answers: PlanAnswers };

type OpenPlanFileProps = {
  /** What is wrong with the chosen file, shown beside the field; null when nothing is. */
  readonly error: string | null;
  readonly onError: (message: string | null) => void;
  /** Saves the plan as a new plan and opens it. Only called for a file that passed every check. */
  readonly onOpen: (plan: OpenedPlanFile) => void;
};

/** "Open a plan file": a plan downloaded with "Download this plan", checked before anything is saved. */
export function OpenPlanFile({ error, onError, onOpen }: OpenPlanFileProps) {
  const input = useRef<HTMLInputElement>(null);

  async function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file === undefined) {
      onError(NO_FILE_MESSAGE);
      return;
    }
    // The size is checked before the text is read, so a huge file is never read into memory.
    const reading = planFileSizeProblem(file.size) ?? readPlanFile(await file.text());
    if (!reading.ok) {
      onError(reading.message);
      return;
    }
    onError(null);
    onOpen({ name: reading.name, answers: reading.answers });
  }

  const errorId = `${PLAN_FILE_INPUT_ID}-error`;
  return (
    <form noValidate onSubmit={(event) => void open(event)}>
      <div className={`nhsuk-form-group${error === null ? '' : ' nhsuk-form-group--error'}`}>
        <h2 className="nhsuk-label-wrapper">
          <label className="nhsuk-label nhsuk-label--m" htmlFor={PLAN_FILE_INPUT_ID}>
            Open a plan file
          </label>
        </h2>
        <div className="nhsuk-hint" id={`${PLAN_FILE_INPUT_ID}-hint`}>
          <p>
            If you saved a plan with &ldquo;Download this plan&rdquo; on its route page, you can
            open it here. It is added to your saved plans as a new plan and opened. Plans already
            saved here are not changed. The file is read on this device and not sent anywhere.
          </p>
          <p>Choose a .json file from Pathway, smaller than {MAX_PLAN_FILE_BYTES / 1000} kB.</p>
        </div>
        {error !== null && (
          <p className="nhsuk-error-message" id={errorId}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          ref={input}
          className={`nhsuk-file-upload${error === null ? '' : ' nhsuk-file-upload--error'}`}
          id={PLAN_FILE_INPUT_ID}
          name={PLAN_FILE_INPUT_ID}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${PLAN_FILE_INPUT_ID}-hint${error === null ? '' : ` ${errorId}`}`}
        />
      </div>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        Open this plan
      </button>
    </form>
  );
}
