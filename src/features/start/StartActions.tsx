import { Link } from 'react-router';

type StartActionsProps = {
  /** Set when there is a saved plan to go back to. */
  readonly savedPlan: { readonly name: string; readonly continueHref: string } | null;
  readonly onStart: () => void;
  readonly plansHref: string;
};

/** "Start now", or "Continue" for someone with a saved plan. */
export function StartActions({ savedPlan, onStart, plansHref }: StartActionsProps) {
  if (!savedPlan) {
    return (
      <button className="nhsuk-button" type="button" onClick={onStart}>
        Start now
      </button>
    );
  }
  return (
    <>
      <Link className="nhsuk-button" to={savedPlan.continueHref} draggable={false}>
        Continue {savedPlan.name}
      </Link>
      <p>
        <button className="app-link-button" type="button" onClick={onStart}>
          Start a new plan
        </button>{' '}
        or <Link to={plansHref}>see your saved plans</Link>
      </p>
    </>
  );
}

/** Shown while saved plans are being read: a plain link that works either way. */
export function StartNowLink({ href }: { readonly href: string }) {
  return (
    <Link className="nhsuk-button" to={href} draggable={false}>
      Start now
    </Link>
  );
}
