import { Link } from 'react-router';
import { BackLink } from '../../ui/BackLink';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConfirmPage } from '../../ui/ConfirmPage';
import { WhatPathwayCannotClear } from './WhatPathwayCannotClear';

/** What Pathway has saved where it saves now (this browser, or this tab during a session). */
export type SavedData = {
  readonly planCount: number;
  /** Part-time answers, periods or scenarios not kept in a plan. */
  readonly hasPartTimeAnswers: boolean;
  /** Copies Pathway kept of saved data it could not read. */
  readonly recoveryCopyCount: number;
  /** Saved data Pathway could not read and had no room to copy, left where it was (0 to 2 keys). */
  readonly unreadableDataCount: number;
};

type ClearEverythingPageProps = {
  readonly saved: SavedData;
  /** During a session for someone else, only the session's data is cleared. */
  readonly inSession: boolean;
  readonly backHref: string;
  readonly onClear: () => void;
};

/** "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function whatIsRemoved({
  planCount,
  hasPartTimeAnswers,
  recoveryCopyCount,
  unreadableDataCount,
}: SavedData): string[] {
  const items: string[] = [];
  if (planCount === 1) items.push('your 1 saved plan');
  else if (planCount > 1) items.push(`all ${planCount} saved plans`);
  if (hasPartTimeAnswers) items.push('your part-time answers, periods and scenarios');
  if (recoveryCopyCount === 1) items.push('the copy Pathway kept of saved data it could not read');
  else if (recoveryCopyCount > 1) {
    items.push(`the ${recoveryCopyCount} copies Pathway kept of saved data it could not read`);
  }
  if (unreadableDataCount > 0) items.push('the saved data Pathway could not read or copy');
  return items;
}

type NothingToClearProps = { readonly inSession: boolean; readonly backHref: string };

function NothingToClear({ inSession, backHref }: NothingToClearProps) {
  const title = 'There is nothing to clear';
  usePageTitle(title);
  return (
    <>
      <BackLink to={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{title}</h1>
          <p>
            Pathway has nothing saved {inSession ? 'in this session' : 'in this browser'}: no plans,
            no part-time answers or scenarios, and no copies of saved data.
          </p>
          <WhatPathwayCannotClear />
          <p>
            <Link to={backHref}>Go back to your saved plans</Link>
          </p>
        </div>
      </div>
    </>
  );
}

/**
 * For shared computers: removes every plan and answer, and any copy of unreadable saved data, saying
 * plainly what it cannot clear. With nothing saved, it says so rather than offering a button.
 */
export function ClearEverythingPage({
  saved,
  inSession,
  backHref,
  onClear,
}: ClearEverythingPageProps) {
  const items = whatIsRemoved(saved);
  if (items.length === 0) return <NothingToClear inSession={inSession} backHref={backHref} />;
  const where = inSession ? 'this session' : 'this device';
  return (
    <ConfirmPage
      title={`Are you sure you want to clear everything from ${where}?`}
      confirmLabel="Yes, clear everything"
      backHref={backHref}
      onConfirm={onClear}
    >
      <p>
        This removes {listInWords(items)} from {inSession ? 'this session' : 'this browser'}. You
        cannot undo this.
      </p>
      {inSession ? (
        <p>
          Your own saved plans in this browser are not part of the session and stay as they are.
        </p>
      ) : (
        <p>Close the browser afterwards if others use this computer.</p>
      )}
      <WhatPathwayCannotClear />
    </ConfirmPage>
  );
}
