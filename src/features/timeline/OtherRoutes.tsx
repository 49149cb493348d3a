import { Fragment } from 'react';
import { Link } from 'react-router';
import type { St4Route } from '../../domain/plan/types';
import { otherRoutes } from '../../domain/roles/other-routes';
import { StatementSource } from '../../ui/SourceReferences';

type OtherRoutesProps = {
  /** The route this plan follows, for a doctor in another post; null for everyone else. */
  readonly planRoute: St4Route | null;
  readonly links: {
    /** Where the answers are changed, to choose another route. */
    readonly checkAnswers: string;
    /** The roles page's section on other routes. */
    readonly more?: string;
  };
};

/**
 * Routes into palliative medicine besides IMT and ACCS-IM, each folded away with its sources: the
 * Alternative Certificate (which Pathway dates), the Portfolio pathway and the end of IMY3.
 */
export function OtherRoutes({ planRoute, links }: OtherRoutesProps) {
  return (
    <section aria-labelledby="other-routes">
      <h2 id="other-routes" className="nhsuk-heading-m">
        Other routes into palliative medicine
      </h2>
      {planRoute === 'alternative-certificate' ? (
        <p>This plan goes straight to ST4 with an Alternative Certificate.</p>
      ) : planRoute === 'core-training' ? (
        <p>
          This plan starts core training first. You could apply straight to ST4 with an Alternative
          Certificate instead: <Link to={links.checkAnswers}>change your answers</Link>.
        </p>
      ) : (
        <p>Most doctors reach palliative medicine through IMT or ACCS-IM, as this plan does.</p>
      )}
      {otherRoutes.map((route) => (
        <details className="nhsuk-details" key={route.id} id={`route-${route.id}`}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">{route.title}</span>
          </summary>
          <div className="nhsuk-details__text">
            {route.statements.map((statement) => (
              <Fragment key={statement.id}>
                <p data-statement-id={statement.id}>{statement.text}</p>
                <StatementSource citation={statement} />
              </Fragment>
            ))}
          </div>
        </details>
      ))}
      {links.more && (
        <p>
          <Link to={links.more}>Other routes on the roles page</Link>
        </p>
      )}
    </section>
  );
}
