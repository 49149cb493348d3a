/**
 * The part-time pages, composed: the feature owns its pages and their data (src/features/part-time);
 * the app gives it the addresses outside it.
 */
import {
  PartTimeShell as FeatureShell,
  type OutsideLinks,
} from '../../features/part-time/PartTimeScreens';
import { paths } from '../paths';
import { NotFoundPage } from './NotFoundPage';

export {
  CalculatorQuestionRoute,
  DeleteScenarioRoute,
  PartTimeStartRoute,
  PeriodDetailsRoute,
  PeriodKindRoute,
  PeriodsRoute,
  RemovePeriodRoute,
  ScenarioNameRoute,
} from '../../features/part-time/PartTimeScreens';

const OUTSIDE: OutsideLinks = {
  start: paths.start,
  yourRoute: paths.yourRoute,
  notFound: <NotFoundPage />,
};

export function PartTimeShell() {
  return <FeatureShell outside={OUTSIDE} />;
}
