/**
 * Opens the browser's print dialog, where the page can be printed or saved as a PDF. Buttons are left
 * out of the printed page.
 */
export function PrintButton() {
  return (
    <button
      className="nhsuk-button nhsuk-button--secondary app-no-print"
      type="button"
      onClick={() => window.print()}
    >
      Print or save as PDF
    </button>
  );
}
