import { useState } from 'react';
import type { IsoDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import { writePlanFile } from '../../domain/plan/plan-file';
import { downloadFileName } from '../../domain/plan/plan-file-name';
import { downloadFile } from '../../ui/downloadFile';

type DownloadPlanFileProps = {
  readonly planName: string;
  readonly answers: PlanAnswers;
  /** The day the file is made, for its name. */
  readonly today: IsoDate;
};

/** "Save this plan as a file": the plan's answers as a .json file made on this device. */
export function DownloadPlanFile({ planName, answers, today }: DownloadPlanFileProps) {
  const [downloadedAs, setDownloadedAs] = useState<string | null>(null);

  // The file is written only when asked for, not on every render of the route page.
  function download() {
    const fileName = downloadFileName(planName, today, 'json');
    downloadFile(fileName, writePlanFile(planName, answers), 'application/json');
    setDownloadedAs(fileName);
  }

  return (
    <section className="app-no-print" aria-labelledby="save-as-file">
      <h2 id="save-as-file">Save this plan as a file</h2>
      <p>
        You can keep this plan as a file, or send it by email, and open it later on any device from
        &ldquo;Your saved plans&rdquo;. Like the link, the file holds this plan&rsquo;s answers,
        including any part-time periods, but not your skills checklist. It is made on this device
        and nothing is sent anywhere.
      </p>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={download}>
        Download this plan
      </button>
      <div role="status">
        {downloadedAs !== null && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              We have made the file {downloadedAs}. Anyone who has the file can see the plan&rsquo;s
              answers, including the date of birth.
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
