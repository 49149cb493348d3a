import { useEffect } from 'react';

export const SERVICE_NAME = 'Plan your route into palliative medicine';

/**
 * Sets the tab title as the NHS page template asks: "Page – service", with "Error: " in front while the
 * page shows an error.
 */
export function usePageTitle(pageTitle: string, hasError = false): void {
  useEffect(() => {
    const title = pageTitle === SERVICE_NAME ? SERVICE_NAME : `${pageTitle} – ${SERVICE_NAME}`;
    document.title = hasError ? `Error: ${title}` : title;
  }, [pageTitle, hasError]);
}
