import type { ReactNode } from 'react';
import { Link } from 'react-router';
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
          <div
            className="nhsuk-notification-banner nhsuk-notification-banner--success"
            role="alert"
            aria-labelledby="cleared-title"
          >
            <div className="nhsuk-notification-banner__header">
              <h2 className="nhsuk-notification-banner__title" id="cleared-title">
                Success
              </h2>
            </div>
            <div className="nhsuk-notification-banner__content">
              <p className="nhsuk-notification-banner__heading">
                Everything Pathway saved in this browser has been cleared.
              </p>
            </div>
          </div>
        )}
        <h1>{SERVICE_NAME}</h1>
        <p>
          See the steps from school to becoming a consultant in palliative medicine, with the dates
          that apply to you and how old you will be at each one.
        </p>
        <p>You can use this planner if you are:</p>
        <ul>
          <li>at school, in a gap year or thinking about medicine after another degree</li>
          <li>a medical student or a doctor in training</li>
          <li>a careers adviser helping someone plan</li>
        </ul>
        <p>
          It takes about 3 minutes. You will need your date of birth, and your grades if you have
          them.
        </p>
        <h2 className="nhsuk-heading-m">Before you start</h2>
        <p>
          This is a planning aid, not official advice. Dates come from published sources, and where
          a date is projected from a yearly pattern it is marked as an estimate.{' '}
          <Link to={sourcesHref}>See every source and where sources disagree</Link>.
        </p>
        <p>
          Nothing you enter leaves your device. Your answers are saved in this browser so you can
          come back to them, and you can clear them at any time.
        </p>
        {actions}
      </div>
    </div>
  );
}
