import { Link } from 'react-router';
import { SERVICE_NAME, usePageTitle } from '../../ui/usePageTitle';

type StartPageProps = { readonly planHref: string; readonly sourcesHref: string };

/** The NHS start page: what this does, who it is for, how long it takes, and that nothing leaves the device. */
export function StartPage({ planHref, sourcesHref }: StartPageProps) {
  usePageTitle(SERVICE_NAME);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{SERVICE_NAME}</h1>
        <p>
          See the steps from school to becoming a consultant in palliative medicine, with the dates
          that apply to you and how old you will be at each one.
        </p>
        <p>You can use this planner if you are:</p>
        <ul>
          <li>at school, in a gap year or thinking about medicine after another degree</li>
          <li>a medical student or a doctor in training</li>
          <li>a careers adviser helping someone plan</li>
        </ul>
        <p>
          It takes about 3 minutes. You will need your date of birth and to know where you are now.
        </p>
        <h2 className="nhsuk-heading-m">Before you start</h2>
        <p>
          This is a planning aid, not official advice. Dates come from published sources, and where
          a date is projected from a yearly pattern it is marked as an estimate.{' '}
          <Link to={sourcesHref}>See every source and where sources disagree</Link>.
        </p>
        <p>Nothing you enter leaves your device.</p>
        <Link className="nhsuk-button" to={planHref} draggable={false}>
          Start now
        </Link>
      </div>
    </div>
  );
}
