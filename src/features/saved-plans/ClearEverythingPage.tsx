import { ConfirmPage } from './ConfirmPage';

type ClearEverythingPageProps = {
  readonly planCount: number;
  readonly backHref: string;
  readonly onClear: () => void;
};

/** For shared computers: removes every plan and answer, and any copy of unreadable saved data. */
export function ClearEverythingPage({ planCount, backHref, onClear }: ClearEverythingPageProps) {
  return (
    <ConfirmPage
      title="Are you sure you want to clear everything from this device?"
      confirmLabel="Yes, clear everything"
      backHref={backHref}
      onConfirm={onClear}
    >
      <p>
        This removes {planCount === 1 ? 'your 1 saved plan' : `all ${planCount} saved plans`} and
        every answer Pathway has saved in this browser, including any copy of saved data it could
        not read. You cannot undo this.
      </p>
      <p>Close the browser afterwards if others use this computer.</p>
    </ConfirmPage>
  );
}
