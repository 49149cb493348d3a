import { Link } from 'react-router';
import { SERVICE_NAME } from '../../ui/usePageTitle';
import { paths } from '../paths';
import { HeaderNavigation } from './HeaderNavigation';

const NAVIGATION = [
  { to: paths.yourRoute, label: 'Your route' },
  { to: paths.partTime, label: 'Part-time training' },
  { to: paths.pay, label: 'Pay' },
  { to: paths.roles, label: 'Roles' },
  { to: paths.plans, label: 'Saved plans' },
  { to: paths.sources, label: 'Sources and conflicts' },
] as const;

/** The NHS header with the service name only: Pathway is not an NHS service, so no NHS logo. */
export function Header() {
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-name" to={paths.start}>
            {SERVICE_NAME}
          </Link>
        </div>
      </div>
      <HeaderNavigation items={NAVIGATION} />
    </header>
  );
}
