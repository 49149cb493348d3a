import type { ReactNode } from 'react';

type WarningCalloutProps = {
  /** A short heading; "Important: " is read before it by screen readers unless it says so already. */
  readonly heading: string;
  readonly headingLevel?: 2 | 3;
  readonly children: ReactNode;
};

/** The NHS warning callout (a warning card): something people must know before they act. */
export function WarningCallout({ heading, headingLevel = 3, children }: WarningCalloutProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading">
          {!/important/i.test(heading) && (
            <span className="nhsuk-u-visually-hidden">Important: </span>
          )}
          {heading}
        </Heading>
        {children}
      </div>
    </div>
  );
}
