import { Link, useLocation } from 'react-router';
import { problemReportHref } from '../../features/about/report-problem';
import { paths } from '../paths';

export function Footer() {
  const { pathname } = useLocation();
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            <li className="nhsuk-footer__list-item">
              <Link className="nhsuk-footer__list-item-link" to={paths.sources}>
                Sources and conflicts
              </Link>
            </li>
            <li className="nhsuk-footer__list-item">
              <Link className="nhsuk-footer__list-item-link" to={paths.accessibility}>
                Accessibility statement
              </Link>
            </li>
            <li className="nhsuk-footer__list-item">
              <Link className="nhsuk-footer__list-item-link" to={paths.privacy}>
                Privacy notice
              </Link>
            </li>
            <li className="nhsuk-footer__list-item">
              {/* Opens the person's email app with the page named; nothing is sent unless they send it. */}
              <a className="nhsuk-footer__list-item-link" href={problemReportHref(pathname)}>
                Report a problem with this information
              </a>
            </li>
          </ul>
          <p className="nhsuk-body-s">
            Pathway is a planning aid. It stores nothing outside your browser and sends nothing
            anywhere.
          </p>
        </div>
      </div>
    </footer>
  );
}
