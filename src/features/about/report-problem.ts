/**
 * "Report a problem with this information": a mailto: link that opens the person's own email app with
 * a subject naming the page. Nothing is sent unless they choose to send the email.
 */

/**
 * Where reports go. Pathway has no contact address yet, so the link leaves the "To" line for the
 * person to fill in; set the service owner's address here before going live.
 */
export const PROBLEM_REPORT_ADDRESS = '';

/** The mailto: address for a report about the page at `pagePath`, with its subject filled in. */
export function problemReportHref(pagePath: string): string {
  const subject = `Problem with Pathway: ${pagePath}`;
  return `mailto:${PROBLEM_REPORT_ADDRESS}?subject=${encodeURIComponent(subject)}`;
}
