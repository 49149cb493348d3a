/**
 * After client-side navigation, starts the new page as a full page load would: the window at the top
 * and focus on the page's h1, so keyboard and screen reader users begin at its heading. The heading is
 * made focusable (tabindex -1) without being scrolled to. Lazy pages render their h1 a moment later, so
 * until one appears, <main> holds focus. Returns a function that stops waiting.
 */
export function focusPageHeading(main: HTMLElement): () => void {
  window.scrollTo(0, 0);
  const focusHeading = (): boolean => {
    const heading = main.querySelector('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    return true;
  };
  if (focusHeading()) return () => undefined;

  main.focus({ preventScroll: true });
  const observer = new MutationObserver(() => {
    // Leave focus alone if the person has already moved it.
    if (document.activeElement !== main) observer.disconnect();
    else if (focusHeading()) observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true });
  return () => observer.disconnect();
}
