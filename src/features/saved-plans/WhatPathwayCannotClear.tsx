/**
 * What clearing cannot reach, so nobody on a shared computer thinks they left no trace when they did:
 * the browser's own history, downloads, printouts and the clipboard, with how to deal with each.
 */
export function WhatPathwayCannotClear() {
  return (
    <>
      <h2 className="nhsuk-heading-m">What Pathway cannot clear</h2>
      <p>Pathway can only clear what it saved itself. It cannot clear:</p>
      <ul>
        <li>
          your browser history, which lists the Pathway pages you visited (a link to a shared plan
          holds that plan’s answers)
        </li>
        <li>files you downloaded, such as a calendar file</li>
        <li>anything you printed</li>
        <li>anything you copied, such as a link to a plan, which stays on the clipboard</li>
      </ul>
      <p>
        Files Pathway gives you to download are named without any personal details, unless you typed
        a plan name, which then becomes part of the file name.
      </p>
      <h3 className="nhsuk-heading-s">To clear them yourself</h3>
      <ul>
        <li>
          History: open your browser’s history, usually with <kbd>Ctrl+H</kbd> (<kbd>Cmd+Y</kbd> on
          a Mac), and delete the Pathway pages, or use its option to clear browsing history.
        </li>
        <li>Downloads: delete the files from your downloads folder, then empty the bin.</li>
        <li>Printouts: collect them from the printer and keep or shred them.</li>
        <li>Clipboard: copy something else, such as a single word, over what you copied.</li>
      </ul>
    </>
  );
}
