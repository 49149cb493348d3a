import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { SERVICE_NAME, usePageTitle } from '../../ui/usePageTitle';

type StartPageProps = {
  /** Set straight after everything was cleared from this device. */
  readonly justCleared: boolean;
  /** The start button, or "continue your plan" when there is one saved. */
  readonly actions: ReactNode;
  readonly sourcesHref: string;
};

/** The NHS start page: what this does, who it is for, how long it takes, and that nothing leaves the device. */
export function StartPage({ justCleared, actions, sourcesHref }: StartPageProps) {
  usePageTitle(SERVICE_NAME);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {justCleared && (
          <NotificationBanner
            id="cleared"
            title="Success"
            heading="Everything Pathway saved in this browser has been cleared."
            success
          />
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
          Nothing you enter leaves your device. Answers are saved in this browser so you can come
          back to them.
        </p>
        {actions}
      </div>
    </div>
  );
}
