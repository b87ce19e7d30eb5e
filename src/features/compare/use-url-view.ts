import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import type { CompareView } from './compare-view';
import { DEFAULT_VIEW } from './compare-view';
import { useHydrated } from '../../lib/use-hydrated';
import { decodeView, encodeView } from './view-codec';

/** Typing waits this long before the URL catches up, so each key costs no router work. */
export const URL_WRITE_DELAY_MS = 250;

type UrlViewState = {
  view: CompareView;
  row: string | null;
  notices: string[];
  /** The router location key last looked at; null until hydrated. */
  seenKey: string | null;
  /** Bumped whenever the view is taken from the URL, so a stale delayed write can tell. */
  adoptions: number;
};

export type UrlView = {
  view: CompareView;
  row: string | null;
  notices: string[];
  /** Applies a change now and writes it to the URL: "push" at once, "replace" after a pause. */
  setView: (next: CompareView, history: 'push' | 'replace') => void;
  dismissNotices: () => void;
};

const INITIAL: UrlViewState = {
  view: DEFAULT_VIEW,
  row: null,
  notices: [],
  seenKey: null,
  adoptions: 0,
};

/** Marks history entries this hook wrote, so their arrival is not mistaken for a pasted link. */
const OWN_WRITE = { compareView: true } as const;

function isOwnWrite(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'compareView' in state;
}

/**
 * The grid's view, kept in the URL. The first render is the default view (what was prerendered);
 * the URL is read once hydrated. Router updates run as transitions, so the view lives in local
 * state; a URL is adopted on load, on back/forward (from the popstate event itself), and on links
 * we did not write ourselves.
 */
export function useUrlView(rowIds: readonly string[]): UrlView {
  const hydrated = useHydrated();
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const [state, setState] = useState<UrlViewState>(INITIAL);

  if (hydrated && location.key !== state.seenKey) {
    if (navigationType !== 'POP' && isOwnWrite(location.state)) {
      setState({ ...state, seenKey: location.key });
    } else {
      const decoded = decodeView(location.search, rowIds);
      setState({ ...decoded, seenKey: location.key, adoptions: state.adoptions + 1 });
    }
  }

  // Back and forward adopt the address bar at once. The router's own update is a transition that
  // can be folded into the one for our last write, so by the time it renders the location may be
  // one it has already seen, and the view would keep a sort or filter the URL no longer holds.
  const pathname = location.pathname;
  useEffect(() => {
    if (!hydrated) return;
    const onPop = () => {
      if (window.location.pathname !== pathname) return;
      const decoded = decodeView(window.location.search, rowIds);
      setState((current) => ({
        ...decoded,
        seenKey: current.seenKey,
        adoptions: current.adoptions + 1,
      }));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [hydrated, pathname, rowIds]);

  const timer = useRef<number | null>(null);
  const adoptions = useRef(state.adoptions);
  useEffect(() => {
    adoptions.current = state.adoptions;
  }, [state.adoptions]);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const row = state.row;
  const setView = useCallback(
    (next: CompareView, history: 'push' | 'replace') => {
      setState((current) => ({ ...current, view: next, notices: [] }));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      const write = () =>
        navigate(
          { search: encodeView(next, row) },
          { replace: history === 'replace', preventScrollReset: true, state: OWN_WRITE },
        );
      if (history === 'push') {
        void write();
        return;
      }
      const scheduledAt = adoptions.current;
      timer.current = window.setTimeout(() => {
        timer.current = null;
        // Back, forward or a link changed the view meanwhile: this write is out of date.
        if (adoptions.current === scheduledAt) void write();
      }, URL_WRITE_DELAY_MS);
    },
    [navigate, row],
  );

  const dismissNotices = useCallback(() => {
    setState((current) => ({ ...current, notices: [] }));
  }, []);

  return { view: state.view, row: state.row, notices: state.notices, setView, dismissNotices };
}
