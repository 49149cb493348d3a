import { WTE_PERCENT_LIMITS, needsDeansAgreement } from '../../domain/cct';
import { ltftMinimumWte } from '../../domain/rules/ltft';
import { percentWithin } from '../../domain/units';
import { WarningCallout } from '../../ui/WarningCallout';

/**
 * Shown, as a warning rather than an error, while a percentage below the usual minimum (50%) is typed:
 * the postgraduate dean must agree to it.
 */
export function LowPercentageWarning({ percent }: { readonly percent: string }) {
  // Any percentage the calculator would take; one it would refuse has its own error.
  const value = percentWithin(Number(percent.trim().replace(/\s*%$/, '')), WTE_PERCENT_LIMITS);
  if (percent.trim() === '' || value === null || !needsDeansAgreement(value)) return null;
  return (
    <WarningCallout heading={`Below ${WTE_PERCENT_LIMITS.usualMinimum}% of full time`}>
      <p className="nhsuk-card__description">
        Training at less than {WTE_PERCENT_LIMITS.usualMinimum}% needs your postgraduate dean’s
        agreement and is normally for no more than {ltftMinimumWte.value.absoluteMinimumForMonths}{' '}
        months. You can still see what it does to your date.
      </p>
    </WarningCallout>
  );
}
