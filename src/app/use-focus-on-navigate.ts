import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * Moves focus to the main landmark after a client-side navigation, so screen readers start at the new page.
 * A replace keeps the person on the page they are reading (an address corrected in place, such as an older
 * share link moved to its outcome's path), so focus stays where they put it.
 */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  // The path last focused for: a change of the query alone (the grid's filters) is not a new page.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (navigationType === 'REPLACE') return;
    target.current?.focus({ preventScroll: false });
  }, [pathname, navigationType, target]);
}
