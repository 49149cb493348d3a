import { type ReactNode, useState } from 'react';

type FileDownloadProps = {
  /** The heading's id: the section is named by it. */
  readonly id: string;
  readonly heading: string;
  readonly buttonText: string;
  /**
   * Makes the file and saves it on this device (see downloadFile), returning its name. Called only
   * when the button is pressed, so the file is not written on every render.
   */
  readonly download: () => string;
  /** What to say, in a status message, once the file is made. */
  readonly madeMessage: (fileName: string) => ReactNode;
  /** What the file holds and how it is made. */
  readonly children: ReactNode;
};

/**
 * A section offering a file made on this device (left out of print): a heading, what the file is, a
 * button that makes it, and a status message naming the file once it is made.
 */
export function FileDownload({
  id,
  heading,
  buttonText,
  download,
  madeMessage,
  children,
}: FileDownloadProps) {
  const [downloadedAs, setDownloadedAs] = useState<string | null>(null);
  return (
    <section className="app-no-print" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
      <button
        className="nhsuk-button nhsuk-button--secondary"
        type="button"
        onClick={() => setDownloadedAs(download())}
      >
        {buttonText}
      </button>
      <div role="status">
        {downloadedAs !== null && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{madeMessage(downloadedAs)}</p>
          </div>
        )}
      </div>
    </section>
  );
}
