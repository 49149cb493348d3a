import { Link } from 'react-router';
import { type IsoDate, formatLongDate } from '../../domain/dates';
import { usePageTitle } from '../../ui/usePageTitle';

/** When this statement was last checked against the service. */
const STATEMENT_CHECKED_ON = '2026-12-07' as IsoDate;

type AccessibilityPageProps = {
  /** A mailto: link for reporting a problem, with its subject filled in. */
  readonly reportHref: string;
  readonly privacyHref: string;
};

/** The accessibility statement: the standard aimed for, how it was tested, and what is known not to work. */
export function AccessibilityPage({ reportHref, privacyHref }: AccessibilityPageProps) {
  usePageTitle('Accessibility statement');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Accessibility statement</h1>
        <p>
          This statement is about Pathway, the planner for the route into palliative medicine. We
          want as many people as possible to be able to use it.
        </p>

        <h2>What you should be able to do</h2>
        <p>You should be able to:</p>
        <ul>
          <li>use every page with a keyboard alone</li>
          <li>use it with a screen reader</li>
          <li>zoom in up to 400% without text spilling off the screen</li>
          <li>use it on a screen 320 pixels wide, such as a small phone</li>
          <li>change colours, text size and fonts in your browser or device settings</li>
        </ul>

        <h2>The standard we aim for</h2>
        <p>
          We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 to level AA. We
          use the NHS design system, which is built to meet it.
        </p>

        <h2>How we test it</h2>
        <ul>
          <li>
            Automated checks: browser tests run axe on every page and every error message, looking
            for problems against WCAG 2.2 A and AA. The tests fail if axe finds anything.
          </li>
          <li>
            Keyboard checks: browser tests go through the main tasks with a keyboard only, such as
            making a plan, using the menu on a narrow screen and downloading your dates.
          </li>
          <li>
            Narrow screens: browser tests check the main pages at 320 pixels wide, and the menu and
            two plans compared on phone-sized screens.
          </li>
        </ul>
        <p>
          Automated checks find only some kinds of problem. Pathway has not yet been tested by
          disabled people, or checked in full by an accessibility specialist.
        </p>

        <h2>What we know does not work well</h2>
        <ul>
          <li>
            Wide tables, such as pay by year and two plans compared, scroll sideways on small
            screens rather than fitting the screen.
          </li>
          <li>
            The pay chart is a picture of the figures. The same figures are in words and in a table
            on the same page.
          </li>
        </ul>

        <h2>Report a problem</h2>
        <p>
          If something does not work for you, or you need the information in another format,{' '}
          <a href={reportHref}>email us about the problem</a>. This opens your own email app, and
          nothing is sent until you send it. Tell us the page and what you were trying to do.
        </p>
        <p>
          Read <Link to={privacyHref}>what Pathway stores and where</Link>.
        </p>

        <p className="nhsuk-body-s">
          This statement was last checked on {formatLongDate(STATEMENT_CHECKED_ON)}.
        </p>
      </div>
    </div>
  );
}
