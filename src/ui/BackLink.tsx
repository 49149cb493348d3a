import { Link } from 'react-router';

/** The NHS back link, as a real link so the browser's own back button and this one agree. */
export function BackLink({
  to,
  children = 'Back',
}: {
  readonly to: string;
  readonly children?: string;
}) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}
