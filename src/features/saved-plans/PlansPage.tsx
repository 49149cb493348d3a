import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { usePageTitle } from '../../ui/usePageTitle';
import { type OpenedPlanFile, OpenPlanFile, PLAN_FILE_INPUT_ID } from './OpenPlanFile';
import type { PlanChangeMessage } from './plan-changes';

export type PlanListItem = {
  readonly id: string;
  readonly name: string;
  /** When it was last changed, already written for people ("25 November 2026"). */
  readonly updated: string;
  /** One line about the plan, such as "At school, Year 11" or "Not started". */
  readonly description: string;
  readonly isActive: boolean;
};

type PlansPageProps = {
  readonly plans: readonly PlanListItem[];
  /** The name of a plan just deleted, which can still be brought back. */
  readonly justDeleted: string | null;
  readonly onUndoDelete: () => void;
  /** A plan just copied or renamed, said in a success banner. */
  readonly justChanged?: PlanChangeMessage | null;
  readonly onOpen: (id: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onCreate: () => void;
  /** Saves a plan from a file that passed every check as a new plan, and opens it. */
  readonly onOpenPlanFile: (plan: OpenedPlanFile) => void;
  readonly renameHref: (id: string) => string;
  readonly deleteHref: (id: string) => string;
  readonly clearHref: string;
  /** True while this tab runs a session for someone else, which keeps plans in this tab only. */
  readonly inSession: boolean;
  readonly startSessionHref: string;
  /** Two plans side by side; offered once there are two. */
  readonly compareHref: string;
};

/** Every plan saved on this device: open, rename, copy or delete one, start another, or clear everything. */
export function PlansPage({
  plans,
  justDeleted,
  onUndoDelete,
  justChanged = null,
  onOpen,
  onDuplicate,
  onCreate,
  onOpenPlanFile,
  renameHref,
  deleteHref,
  clearHref,
  inSession,
  startSessionHref,
  compareHref,
}: PlansPageProps) {
  const [fileError, setFileError] = useState<string | null>(null);
  usePageTitle('Your saved plans', fileError !== null);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary
          errors={
            fileError === null ? [] : [{ href: `#${PLAN_FILE_INPUT_ID}`, message: fileError }]
          }
        />
        {justChanged !== null && (
          <NotificationBanner
            id="changed"
            title={justChanged.title}
            heading={justChanged.heading}
            success
          />
        )}
        {justDeleted !== null && (
          <NotificationBanner
            id="deleted"
            title="Plan deleted"
            heading={`You deleted ${justDeleted}.`}
            success
          >
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="button"
              onClick={onUndoDelete}
            >
              Undo
            </button>
          </NotificationBanner>
        )}
        <h1>Your saved plans</h1>
        <p>
          {inSession
            ? 'In this session, plans are kept in this tab only.'
            : 'Plans are saved in this browser on this device only.'}{' '}
          Nothing is sent anywhere.
        </p>
        {plans.length === 0 ? (
          <p>You have no saved plans.</p>
        ) : (
          <ul className="nhsuk-list">
            {plans.map((plan) => (
              <li key={plan.id} className="nhsuk-card">
                <div className="nhsuk-card__content">
                  <h2 className="nhsuk-card__heading nhsuk-heading-m">
                    {plan.name}
                    {plan.isActive && <span className="nhsuk-u-visually-hidden"> (open now)</span>}
                  </h2>
                  <p className="nhsuk-card__description">
                    {plan.description}. Last changed {plan.updated}.
                    {plan.isActive && ' This is the plan you have open.'}
                  </p>
                  <ul className="nhsuk-list app-plan-actions">
                    <li>
                      <button
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        type="button"
                        onClick={() => onOpen(plan.id)}
                      >
                        Open<span className="nhsuk-u-visually-hidden"> {plan.name}</span>
                      </button>
                    </li>
                    <li>
                      <Link to={renameHref(plan.id)}>
                        Rename<span className="nhsuk-u-visually-hidden"> {plan.name}</span>
                      </Link>
                    </li>
                    <li>
                      <button
                        className="app-link-button"
                        type="button"
                        onClick={() => onDuplicate(plan.id)}
                      >
                        Make a copy<span className="nhsuk-u-visually-hidden"> of {plan.name}</span>
                      </button>
                    </li>
                    <li>
                      <Link to={deleteHref(plan.id)}>
                        Delete<span className="nhsuk-u-visually-hidden"> {plan.name}</span>
                      </Link>
                    </li>
                  </ul>
                </div>
              </li>
            ))}
          </ul>
        )}
        <button className="nhsuk-button" type="button" onClick={onCreate}>
          Start a new plan
        </button>
        <OpenPlanFile error={fileError} onError={setFileError} onOpen={onOpenPlanFile} />
        {plans.length >= 2 && (
          <>
            <h2 className="nhsuk-heading-m">Compare routes</h2>
            <p>See the key dates of two of your plans side by side.</p>
            <p>
              <Link to={compareHref}>Compare two plans</Link>
            </p>
          </>
        )}
        <h2 className="nhsuk-heading-m">Using a shared computer?</h2>
        <p>
          You can remove every plan and answer Pathway has saved{' '}
          {inSession ? 'in this session' : 'in this browser'}.
        </p>
        <p>
          <Link to={clearHref}>
            Clear everything from {inSession ? 'this session' : 'this device'}
          </Link>
        </p>
        {!inSession && (
          <p>
            Helping someone else?{' '}
            <Link to={startSessionHref}>Start a session for someone else</Link> to keep what they
            enter in this tab only, then clear it when you finish.
          </p>
        )}
      </div>
    </div>
  );
}
