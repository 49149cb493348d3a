import { BackLink } from '../../ui/BackLink';
import { FormPage } from '../../ui/FormPage';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { usePageTitle } from '../../ui/usePageTitle';

type StartSessionPageProps = {
  /** True when this tab already runs a session. */
  readonly inSession: boolean;
  /** True after trying to start when the browser would not keep anything in this tab. */
  readonly couldNotStart: boolean;
  readonly backHref: string;
  readonly onStart: () => void;
};

const TITLE = 'Start a session for someone else';

function AlreadyInSession({ backHref }: { readonly backHref: string }) {
  const title = 'This tab is already in a session for someone else';
  usePageTitle(title);
  return (
    <>
      <BackLink to={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{title}</h1>
          <p>
            To end it and clear everything from it, use “End session and clear” at the top of the
            page.
          </p>
        </div>
      </div>
    </>
  );
}

/**
 * For advisers and anyone helping another person: everything entered is kept in this tab only, the
 * helper's own saved plans are kept out of sight and unchanged, and ending the session clears it.
 */
export function StartSessionPage({
  inSession,
  couldNotStart,
  backHref,
  onStart,
}: StartSessionPageProps) {
  if (inSession) return <AlreadyInSession backHref={backHref} />;
  return (
    <FormPage
      title={TITLE}
      backHref={backHref}
      errors={[]}
      onSubmit={onStart}
      submitLabel="Start the session"
    >
      {couldNotStart && (
        <NotificationBanner
          id="session-not-started"
          title="Important"
          heading="This browser will not let Pathway keep anything in this tab, so the session could not start."
        >
          <p>Nothing has changed. Your own saved plans are as they were.</p>
        </NotificationBanner>
      )}
      <h1>{TITLE}</h1>
      <p>
        Use this when you are helping someone else plan their route, such as in a careers
        appointment, on your own computer or a shared one.
      </p>
      <p>While the session runs:</p>
      <ul>
        <li>what you enter is kept in this browser tab only, and is not saved on the device</li>
        <li>
          your own saved plans in this browser are not shown and are not changed, and will be here
          again when the session ends
        </li>
        <li>
          “End session and clear”, at the top of every page, clears everything from the session and
          takes you back to the start
        </li>
      </ul>
      <p>
        Closing the tab also ends the session. Some browsers can reopen a closed tab with what it
        held, so use “End session and clear” when you finish.
      </p>
      <p>
        Ending the session does not clear the browser’s history, files you downloaded, anything you
        printed or anything you copied.
      </p>
    </FormPage>
  );
}
