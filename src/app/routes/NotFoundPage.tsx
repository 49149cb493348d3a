import { Link } from 'react-router';
import { usePageTitle } from '../../ui/usePageTitle';
import { paths } from '../paths';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link to={paths.start}>Go to the start page</Link>
      </p>
    </>
  );
}
