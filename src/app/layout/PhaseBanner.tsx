import { Tag } from '../../ui/Tag';

/** Says plainly what this is: a planning aid, not official advice. */
export function PhaseBanner() {
  return (
    <div className="nhsuk-width-container app-phase-banner">
      <p className="nhsuk-body-s">
        <Tag colour="blue">Planning aid</Tag>
        This is an independent planning tool, not official careers advice. Check dates with UCAS,
        medical schools and training bodies. Nothing you enter leaves your device.
      </p>
    </div>
  );
}
