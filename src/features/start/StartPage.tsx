import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { SERVICE_NAME, usePageTitle } from '../../ui/usePageTitle';

/** What the person just did, to confirm at the top of the page. */
export type StartNotice = 'cleared' | 'session-started' | 'session-ended';

type StartPageProps = {
  readonly notice: StartNotice | null;
  /** True while this tab runs a session for someone else (everything kept in this tab only). */
  readonly inSession: boolean;
  readonly startSessionHref: string;
  /** The start button, or "continue your plan" when there is one saved. */
  readonly actions: ReactNode;
  readonly sourcesHref: string;
};

/** The NHS start page: what this does, who it is for, how long it takes, and that nothing leaves the device. */
export function StartPage({
  notice,
  inSession,
  startSessionHref,
  actions,
  sourcesHref,
}: StartPageProps) {
  usePageTitle(SERVICE_NAME);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {notice === 'cleared' && (
          <NotificationBanner
            id="cleared"
            title="Success"
            heading={
              inSession
                ? 'Everything from this session has been cleared.'
                : 'Everything Pathway saved in this browser has been cleared.'
            }
            success
          />
        )}
        {notice === 'session-started' && (
          <NotificationBanner
            id="session-started"
            title="Success"
            heading="Your session for someone else has started."
            success
          >
            <p>
              What you enter is kept in this tab only. Your own saved plans are not shown or
              changed.
            </p>
          </NotificationBanner>
        )}
        {notice === 'session-ended' && (
          <NotificationBanner
            id="session-ended"
            title="Success"
            heading="The session has ended and everything from it has been cleared."
            success
          >
            <p>
              The browser’s history, downloaded files, printouts and anything copied are not cleared
              by Pathway.
            </p>
          </NotificationBanner>
        )}
        <h1>{SERVICE_NAME}</h1>
        <p>
          See each step from school to consultant in palliative medicine, with dates and your age at
          each one.
        </p>
        <p>
          For school pupils, graduates, medical students, doctors in training and careers advisers.
          It takes about 3 minutes.
        </p>
        <p>
          This is a planning aid, not official advice.{' '}
          <Link to={sourcesHref}>See every source</Link>.
        </p>
        <p>
          Nothing you enter leaves your device.{' '}
          {inSession
            ? 'In this session, answers are kept in this tab only until you end the session.'
            : 'Answers are saved in this browser so you can come back to them.'}
        </p>
        {actions}
        {!inSession && (
          <p>
            Helping someone else, such as in a careers appointment?{' '}
            <Link to={startSessionHref}>Start a session for someone else</Link>, so nothing they
            enter is kept on this device.
          </p>
        )}
      </div>
    </div>
  );
}
