import { Link } from 'react-router';
import { PART_TIME_RECOVERY_KEY_PREFIX, PART_TIME_STORAGE_KEY } from '../../state/part-time-store';
import {
  MAX_RECOVERY_COPIES,
  PLANS_STORAGE_KEY,
  RECOVERY_KEY_PREFIX,
} from '../../state/persistence';
import { SESSION_MODE_KEY } from '../../state/storage-area';
import { usePageTitle } from '../../ui/usePageTitle';

type PrivacyPageProps = {
  readonly links: { readonly clearEverything: string; readonly plans: string };
};

/** What Pathway stores, where, what it sends (nothing) and how to remove it. */
export function PrivacyPage({ links }: PrivacyPageProps) {
  usePageTitle('Privacy notice');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Privacy notice</h1>
        <p className="nhsuk-body-l">
          Pathway keeps your answers in this browser only. It does not send them anywhere.
        </p>

        <h2>What Pathway stores</h2>
        <p>When you answer a question, Pathway saves:</p>
        <ul>
          <li>
            your plans: their names and your answers, such as your date of birth and school year
          </li>
          <li>your part-time training answers, periods of time out and scenarios</li>
        </ul>
        <p>
          It does not ask for your name or contact details. A plan’s name is whatever you type, so
          you can leave your own name out of it.
        </p>

        <h2>Where it is stored</h2>
        <p>
          Everything is stored in this browser’s local storage on this device. Anyone who uses this
          browser on this device can see it. It is kept under these names:
        </p>
        <ul>
          <li>
            <code>{PLANS_STORAGE_KEY}</code>: your saved plans and which one is open
          </li>
          <li>
            <code>{PART_TIME_STORAGE_KEY}</code>: your part-time answers, periods and scenarios
          </li>
          <li>
            names starting <code>{RECOVERY_KEY_PREFIX}</code> or{' '}
            <code>{PART_TIME_RECOVERY_KEY_PREFIX}</code>: if Pathway could not read what it had
            saved, it keeps up to {MAX_RECOVERY_COPIES} copies of each so nothing is lost
          </li>
        </ul>
        <p>
          During a session for someone else, Pathway uses this tab’s session storage instead, with{' '}
          <code>{SESSION_MODE_KEY}</code> to remember the session. Your browser removes session
          storage when you close the tab.
        </p>

        <p>
          So that Pathway works offline, your browser also keeps a copy of Pathway’s own pages and
          code. That copy holds none of your answers.
        </p>

        <h2>What Pathway sends</h2>
        <p>Nothing. Pathway has no server that receives your answers. It does not use:</p>
        <ul>
          <li>cookies</li>
          <li>analytics or tracking</li>
          <li>fonts, images or code from other websites</li>
        </ul>
        <p>
          If you share a plan as a link, your answers are in the link itself. They reach only the
          people you send it to. Files you download, such as a calendar of your dates, are made in
          your browser.
        </p>

        <h2>How to remove it</h2>
        <ul>
          <li>
            To remove one plan, delete it on your <Link to={links.plans}>saved plans</Link> page.
          </li>
          <li>
            To remove everything, use{' '}
            <Link to={links.clearEverything}>clear everything from this device</Link>.
          </li>
          <li>You can also clear this site’s data in your browser’s settings.</li>
        </ul>
        <p>
          Clearing cannot remove files you have downloaded, links you have shared, or your browser
          history. Delete those yourself if you need to.
        </p>
      </div>
    </div>
  );
}
