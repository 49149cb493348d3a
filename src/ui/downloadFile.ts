/**
 * Saves text as a file on this device, made in the browser: nothing is sent anywhere. The object URL is
 * released a moment later, not at once, as some browsers read it only after the click has returned.
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
