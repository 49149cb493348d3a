import { AccessibilityPage } from '../../features/about/AccessibilityPage';
import { PrivacyPage } from '../../features/about/PrivacyPage';
import { problemReportHref } from '../../features/about/report-problem';
import { paths } from '../paths';

export function AccessibilityRoute() {
  return (
    <AccessibilityPage
      reportHref={problemReportHref(paths.accessibility)}
      privacyHref={paths.privacy}
    />
  );
}

export function PrivacyRoute() {
  return <PrivacyPage links={{ clearEverything: paths.clearEverything, plans: paths.plans }} />;
}
