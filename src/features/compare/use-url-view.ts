import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import { useHydrated } from '../../lib/use-hydrated';
import type { CompareView } from './compare-view';
import { DEFAULT_VIEW } from './compare-view';
import { viewDecoder } from './grid-modules';
import type { DecodedView } from './view-decode';
import { encodeView } from './view-encode';

/** Typing waits this long before the URL catches up, so each key costs no router work. */
export const URL_WRITE_DELAY_MS = 250;

/** Shown when a link's settings cannot be read because the code for it did not arrive. */
export const DECODER_FAILED_NOTICE =
  'The settings in this address could not be read: part of the page did not load. Reload to try again.';

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

const BARE: DecodedView = { view: DEFAULT_VIEW, row: null, notices: [] };

/** Marks history entries this hook wrote, so their arrival is not mistaken for a pasted link. */
const OWN_WRITE = { compareView: true } as const;

function isOwnWrite(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'compareView' in state;
}

/** The view a query string holds, if it can be read now: a bare path needs no decoder. */
function decodeNow(search: string, rowIds: readonly string[]): DecodedView | null {
  if (search === '' || search === '?') return BARE;
  return viewDecoder.get()?.decodeView(search, rowIds) ?? null;
}

/**
 * The grid's view, kept in the URL. The first render is the default view (what was prerendered);
 * the URL is read once hydrated. Router updates run as transitions, so the view lives in local
 * state; a URL is adopted on load, on back/forward (from the popstate event itself), and on links
 * we did not write ourselves. A query string waits for the decoder, which only such links load.
 */
export function useUrlView(rowIds: readonly string[]): UrlView {
  const hydrated = useHydrated();
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const [state, setState] = useState<UrlViewState>(INITIAL);
  const [, setDecoderArrived] = useState(false);

  let awaitingDecoder = false;
  if (hydrated && location.key !== state.seenKey) {
    if (navigationType !== 'POP' && isOwnWrite(location.state)) {
      setState({ ...state, seenKey: location.key });
    } else {
      const decoded = decodeNow(location.search, rowIds);
      if (decoded) setState({ ...decoded, seenKey: location.key, adoptions: state.adoptions + 1 });
      else awaitingDecoder = true;
    }
  }

  const locationKey = location.key;
  useEffect(() => {
    if (!awaitingDecoder) return;
    let live = true;
    viewDecoder.load().then(
      () => {
        if (live) setDecoderArrived(true);
      },
      () => {
        if (live)
          setState((current) => ({
            ...current,
            notices: [DECODER_FAILED_NOTICE],
            seenKey: locationKey,
          }));
      },
    );
    return () => {
      live = false;
    };
  }, [awaitingDecoder, locationKey]);

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

  // Back and forward adopt the address bar at once. The router's own update is a transition that
  // can be folded into the one for our last write, so by the time it renders the location may be
  // one it has already seen, and the view would keep a sort or filter the URL no longer holds.
  const pathname = location.pathname;
  useEffect(() => {
    if (!hydrated) return;
    const adopt = (decoded: DecodedView) =>
      setState((current) => ({
        ...decoded,
        seenKey: current.seenKey,
        adoptions: current.adoptions + 1,
      }));
    const onPop = () => {
      if (window.location.pathname !== pathname) return;
      // A delayed write from before the step back is out of date.
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      const search = window.location.search;
      const now = decodeNow(search, rowIds);
      if (now) return adopt(now);
      viewDecoder.load().then(
        () => {
          const later = decodeNow(search, rowIds);
          if (later && window.location.search === search) adopt(later);
        },
        () => setState((current) => ({ ...current, notices: [DECODER_FAILED_NOTICE] })),
      );
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [hydrated, pathname, rowIds]);

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
