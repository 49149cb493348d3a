import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

type NoPlanYetProps = {
  /** The page asked for, such as "Your route": the tab title, and the caption above the heading. */
  readonly pageName: string;
  /** What the page would show once there is a plan, finishing "Answer some questions to see …". */
  readonly shows: string;
  readonly startHref: string;
};

/**
 * What a page made from a plan says when there is no plan in this browser yet (a bookmark, a shared
 * address, or after clearing everything), rather than moving the person somewhere else unannounced.
 */
export function NoPlanYet({ pageName, shows, startHref }: NoPlanYetProps) {
  usePageTitle(`${pageName}: you have not made a plan yet`);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <span className="nhsuk-caption-l">{pageName}</span>
        <h1>You have not made a plan yet</h1>
        <p>Answer some questions about where you are now to see {shows}.</p>
        <p>Your answers are only saved in this browser.</p>
        <Link className="nhsuk-button" to={startHref}>
          Start a plan
        </Link>
      </div>
    </div>
  );
}
