import type { IsoDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import { writePlanFile } from '../../domain/plan/plan-file';
import { downloadFileName } from '../../domain/plan/plan-file-name';
import { FileDownload } from '../../ui/FileDownload';
import { downloadFile } from '../../ui/downloadFile';

type DownloadPlanFileProps = {
  readonly planName: string;
  readonly answers: PlanAnswers;
  /** The day the file is made, for its name. */
  readonly today: IsoDate;
};

/** "Save this plan as a file": the plan's answers as a .json file made on this device. */
export function DownloadPlanFile({ planName, answers, today }: DownloadPlanFileProps) {
  function download(): string {
    const fileName = downloadFileName(planName, today, 'json');
    downloadFile(fileName, writePlanFile(planName, answers), 'application/json');
    return fileName;
  }

  return (
    <FileDownload
      id="save-as-file"
      heading="Save this plan as a file"
      buttonText="Download this plan"
      download={download}
      madeMessage={(fileName) => (
        <>
          We have made the file {fileName}. Anyone who has the file can see the plan&rsquo;s
          answers, including the date of birth.
        </>
      )}
    >
      <p>
        You can keep this plan as a file, or send it by email, and open it later on any device from
        &ldquo;Your saved plans&rdquo;. Like the link, the file holds this plan&rsquo;s answers,
        including any part-time periods, but not your skills checklist. It is made on this device
        and nothing is sent anywhere.
      </p>
    </FileDownload>
  );
}
