import { ConfirmPage } from '../../ui/ConfirmPage';

type DiscardUnreadablePageProps = {
  /** What could not be read, as the person knows it: "saved plans", "part-time answers and scenarios". */
  readonly what: string;
  readonly backHref: string;
  readonly onDownload: () => void;
  readonly onDiscard: () => void;
};

/**
 * Asks before discarding saved data Pathway could not read and had no room to copy, so it is never
 * lost without the person choosing it. What they have entered since is then saved.
 */
export function DiscardUnreadablePage({
  what,
  backHref,
  onDownload,
  onDiscard,
}: DiscardUnreadablePageProps) {
  return (
    <ConfirmPage
      title={`Are you sure you want to discard the ${what} Pathway could not read?`}
      confirmLabel="Yes, discard it"
      backHref={backHref}
      onConfirm={onDiscard}
    >
      <p>
        This removes them from this browser for good, and you cannot undo this. Anything Pathway
        could read is still shown, and is saved instead, with the changes you have made since.
      </p>
      <p>
        If you might want them later,{' '}
        <button className="app-link-button" type="button" onClick={onDownload}>
          download the unreadable data
        </button>{' '}
        first.
      </p>
    </ConfirmPage>
  );
}
