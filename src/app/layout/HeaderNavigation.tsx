import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { NavLink } from 'react-router';

export type NavigationItem = { readonly to: string; readonly label: string };

type NavigationLinkProps = { readonly item: NavigationItem; readonly onFollow?: () => void };

function NavigationLink({ item, onFollow }: NavigationLinkProps) {
  return (
    <li className="nhsuk-header__navigation-item">
      <NavLink className="nhsuk-header__navigation-link" to={item.to} end onClick={onFollow}>
        {item.label}
      </NavLink>
    </li>
  );
}

/**
 * How many links fit in the bar, as nhsuk-frontend's header works it out: add up the links' widths
 * and, when they overflow, leave room for the "More" button.
 */
function linksThatFit(list: HTMLElement, links: readonly HTMLElement[], more: HTMLElement): number {
  let right = 0;
  const rights = links.map((link) => (right += link.offsetWidth));
  if (right <= list.offsetWidth) return links.length;
  const room = list.offsetWidth - more.offsetWidth;
  return rights.filter((linkRight) => linkRight <= room).length;
}

/**
 * The NHS.UK header navigation: links in a bar, and at narrow widths the ones that do not fit in a
 * "More" menu, a button that shows and hides them. A React version of nhsuk-frontend's header script,
 * which moves elements React owns, so is not run here. Escape or a click elsewhere closes the menu.
 */
export function HeaderNavigation({ items }: { readonly items: readonly NavigationItem[] }) {
  const navigation = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const more = useRef<HTMLLIElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuList = useRef<HTMLUListElement>(null);
  const menuId = useId();
  // null while measuring: every link in the bar and the "More" button too, before the browser paints.
  const [fitting, setFitting] = useState<number | null>(null);
  const [open, setOpen] = useState(false);

  useLayoutEffect(() => {
    if (fitting !== null || !list.current || !more.current) return;
    const links = Array.from(list.current.children).filter(
      (child): child is HTMLElement => child instanceof HTMLElement && child !== more.current,
    );
    setFitting(linksThatFit(list.current, links, more.current));
  }, [fitting]);

  // Measure again when the bar changes size: a narrower window, or bigger text (zooming text only
  // changes the bar's height, not its width).
  useEffect(() => {
    const bar = list.current;
    if (!bar) return;
    let size = `${bar.offsetWidth}x${bar.offsetHeight}`;
    const measureAgain = () => {
      const now = `${bar.offsetWidth}x${bar.offsetHeight}`;
      if (now === size) return;
      size = now;
      setFitting(null);
    };
    window.addEventListener('resize', measureAgain);
    const observer = 'ResizeObserver' in window ? new ResizeObserver(measureAgain) : null;
    observer?.observe(bar);
    return () => {
      window.removeEventListener('resize', measureAgain);
      observer?.disconnect();
    };
  }, []);

  // The open menu hangs below the bar; a border as tall as it keeps it from covering the page.
  useLayoutEffect(() => {
    const bar = navigation.current;
    if (!bar) return;
    if (open && menuList.current)
      bar.style.setProperty('border-bottom-width', `${menuList.current.offsetHeight}px`);
    else bar.style.removeProperty('border-bottom-width');
  }, [open, fitting]);

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const closeOnClickElsewhere = (event: MouseEvent) => {
      if (event.target instanceof Node && !navigation.current?.contains(event.target))
        setOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('click', closeOnClickElsewhere);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('click', closeOnClickElsewhere);
    };
  }, [open]);

  const measuring = fitting === null;
  const inBar = measuring ? items : items.slice(0, fitting);
  const inMenu = measuring ? [] : items.slice(fitting);
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu" ref={navigation}>
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list" ref={list}>
          {inBar.map((item) => (
            <NavigationLink key={item.to} item={item} />
          ))}
          {(measuring || inMenu.length > 0) && (
            <li className="nhsuk-header__menu" ref={more}>
              <button
                className="nhsuk-header__menu-toggle nhsuk-header__navigation-link"
                type="button"
                aria-expanded={open}
                aria-controls={menuId}
                ref={toggle}
                onClick={() => setOpen(!open)}
              >
                <span className="nhsuk-u-visually-hidden">Browse </span>More
              </button>
              <ul className="nhsuk-header__menu-list" id={menuId} hidden={!open} ref={menuList}>
                {inMenu.map((item) => (
                  <NavigationLink key={item.to} item={item} onFollow={() => setOpen(false)} />
                ))}
              </ul>
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}
