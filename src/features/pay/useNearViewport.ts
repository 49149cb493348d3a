import { useEffect, useState } from 'react';

/**
 * Whether an element has come within `rootMargin` of the viewport, so something heavy inside it can
 * load just before it scrolls into view. It stays true once true. Without IntersectionObserver it is
 * true at once. Printing also makes it true, so a page printed before scrolling gets its content too.
 * Returns a ref callback for the element and the flag; the observer and listener go with the element.
 */
export function useNearViewport(rootMargin: string): [(element: Element | null) => void, boolean] {
  const [element, setElement] = useState<Element | null>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || element === null) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    const onPrint = () => setNear(true);
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [element, near, rootMargin]);
  return [setElement, near];
}
