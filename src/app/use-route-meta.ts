import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { getRouteMeta } from './paths';

/** Keeps document.title and the description in step with client-side navigation. */
export function useRouteMeta(): void {
  const { pathname } = useLocation();
  // A layout effect runs before any route's own effects, so a route can still refine the title.
  useLayoutEffect(() => {
    const meta = getRouteMeta(pathname);
    document.title = meta.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', meta.description);
  }, [pathname]);
}
