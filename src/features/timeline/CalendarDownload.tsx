import { writeICalendar } from '../../domain/calendar-file/icalendar';
import { routeCalendar, stepsStillToCome } from '../../domain/calendar-file/route-calendar';
import { downloadFileName } from '../../domain/plan/plan-file-name';
import type { Timeline } from '../../domain/timeline/types';
import { FileDownload } from '../../ui/FileDownload';
import { downloadFile } from '../../ui/downloadFile';

type CalendarDownloadProps = {
  readonly timeline: Timeline;
  readonly planName: string;
  /** The saved plan's id: the same steps of the same plan keep the same event ids. */
  readonly planKey: string;
};

/** "Add the dates to your calendar": the steps still to come as an .ics file made on this device. */
export function CalendarDownload({ timeline, planName, planKey }: CalendarDownloadProps) {
  const count = stepsStillToCome(timeline).length;
  if (count === 0) return null;

  function download(): string {
    // Named from the plan's name as typed and the day, never from other answers.
    const fileName = downloadFileName(planName, timeline.today, 'ics');
    const calendar = routeCalendar(timeline, { planName, planKey });
    downloadFile(fileName, writeICalendar(calendar), 'text/calendar;charset=utf-8');
    return fileName;
  }

  return (
    <FileDownload
      id="add-to-calendar"
      heading="Add the dates to your calendar"
      buttonText="Download the dates as a calendar file"
      download={download}
      madeMessage={(fileName) => (
        <>
          We have made the file {fileName}. Open it from your downloads to add the dates to your
          calendar.
        </>
      )}
    >
      <p>
        Download {count === 1 ? 'the 1 date' : `the ${count} dates`} still to come on this route as
        a calendar file (.ics). Most calendar apps can open it, including Outlook, Google Calendar
        and Apple Calendar.
      </p>
      <p>
        Each date says what to do, whether it is an estimate, and where it comes from. Dates known
        only to the month fill the whole month and are shown as free time. The file is made on this
        device and nothing is sent anywhere.
      </p>
      <p>
        If your plan changes, download a new file: dates already in your calendar will not change by
        themselves.
      </p>
    </FileDownload>
  );
}
