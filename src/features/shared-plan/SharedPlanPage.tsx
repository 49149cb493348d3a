import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/usePageTitle';
import { WarningCallout } from '../../ui/WarningCallout';

export type AnswerRow = { readonly key: string; readonly value: string };

type SharedPlanPageProps = {
  readonly name: string;
  /** Each answer that could not be read from the link, in plain English. */
  readonly unreadable: readonly string[];
  /** The plan's answers, one line each, as on the check answers page. */
  readonly answerRows: readonly AnswerRow[];
  /** The plan's route, or why it cannot be shown yet. */
  readonly route: ReactNode;
  /** Saves the plan on this device as a new plan and opens it. */
  readonly onSave: () => void;
};

function SaveButton({ onSave }: { readonly onSave: () => void }) {
  return (
    <button className="nhsuk-button" type="button" onClick={onSave}>
      Save this plan on this device
    </button>
  );
}

/** A plan opened from a link: shown, not saved, until the person chooses to save it. */
export function SharedPlanPage({
  name,
  unreadable,
  answerRows,
  route,
  onSave,
}: SharedPlanPageProps) {
  usePageTitle('A plan sent as a link');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <span className="nhsuk-caption-l">A plan sent as a link</span>
        <h1>{name}</h1>
        <p>
          This plan came in the link you opened. It is not saved on this device unless you save it.
        </p>
        {unreadable.length > 0 && (
          <WarningCallout heading="Some answers could not be read" headingLevel={2}>
            <p>We could not read these answers from the link:</p>
            <ul>
              {unreadable.map((answer) => (
                <li key={answer}>{answer}</li>
              ))}
            </ul>
            <p>
              If you save this plan, you will need to answer those questions again. The other
              answers are shown below.
            </p>
          </WarningCallout>
        )}
        <h2>Answers in this plan</h2>
        {answerRows.length === 0 ? (
          <p>This plan has no answers yet.</p>
        ) : (
          <dl className="nhsuk-summary-list">
            {answerRows.map((row) => (
              <div className="nhsuk-summary-list__row" key={row.key}>
                <dt className="nhsuk-summary-list__key">{row.key}</dt>
                <dd className="nhsuk-summary-list__value">{row.value}</dd>
              </div>
            ))}
          </dl>
        )}
        <p>
          Saving keeps the plan in this browser only, alongside any other plans saved here. You can
          change its answers after saving.
        </p>
        <SaveButton onSave={onSave} />
        <h2 className="nhsuk-heading-s">Using a shared computer?</h2>
        <p>
          Pathway has taken the plan out of this page’s address, so going back or forward in this
          tab does not show it again, and it goes when you close the tab. The browser may still list
          the link in its history, though, and the link itself holds the answers. When you have
          finished, clear this browser’s history as well as anything you saved here.
        </p>
        {route}
      </div>
    </div>
  );
}

type BrokenLinkPageProps = {
  /** What is wrong with the link, in plain English. */
  readonly message: string;
  readonly startHref: string;
};

/** A link that could not be read as a plan: nothing is shown or saved. */
export function BrokenLinkPage({ message, startHref }: BrokenLinkPageProps) {
  usePageTitle('There is a problem with this link');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>There is a problem with this link</h1>
        <p>{message}</p>
        <p>
          Nothing has been saved on this device, and any plans already saved here are unchanged.
        </p>
        <p>
          You can also <Link to={startHref}>start a new plan</Link>.
        </p>
      </div>
    </div>
  );
}
