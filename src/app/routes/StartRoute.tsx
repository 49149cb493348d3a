import { StartPage } from '../../features/start/StartPage';
import { paths } from '../paths';

export function StartRoute() {
  return <StartPage planHref={paths.plan} sourcesHref={paths.sources} />;
}
