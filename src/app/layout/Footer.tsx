import { Link } from 'react-router';
import { paths } from '../paths';

export function Footer() {
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
