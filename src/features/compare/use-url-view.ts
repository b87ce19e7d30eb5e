import { useCallback, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { CompareView } from './compare-view';
import { DEFAULT_VIEW } from './compare-view';
import { useHydrated } from './use-hydrated';
import { decodeView, encodeView } from './view-codec';

type UrlViewState = {
  view: CompareView;
  row: string | null;
  notices: string[];
  /** The last query string we looked at; null until hydrated. */
  seen: string | null;
  /** Query strings we navigated to that the router has not reported back yet. */
  pending: string[];
};

export type UrlView = {
  view: CompareView;
  row: string | null;
  notices: string[];
  /** Applies a change now and writes it to the URL; "push" makes it a back-button step. */
  setView: (next: CompareView, history: 'push' | 'replace') => void;
  dismissNotices: () => void;
};

const INITIAL: UrlViewState = {
  view: DEFAULT_VIEW,
  row: null,
  notices: [],
  seen: null,
  pending: [],
};

/**
 * The grid's view, kept in the URL. The first render is the default view (what was prerendered);
 * the URL is read once hydrated. Router updates run as transitions, so the view lives in local
 * state and a URL change is adopted only if we did not write it ourselves (back, forward, a link).
 */
export function useUrlView(rowIds: readonly string[]): UrlView {
  const hydrated = useHydrated();
  const location = useLocation();
  const navigate = useNavigate();
  const [state, setState] = useState<UrlViewState>(INITIAL);

  const search = hydrated ? location.search : null;
  if (search !== null && search !== state.seen) {
    const ours = state.pending.indexOf(search);
    if (ours >= 0) {
      setState({ ...state, seen: search, pending: state.pending.slice(ours + 1) });
    } else {
      const decoded = decodeView(search, rowIds);
      setState({ ...decoded, seen: search, pending: [] });
    }
  }

  const latest = state.pending[state.pending.length - 1] ?? state.seen;
  const setView = useCallback(
    (next: CompareView, history: 'push' | 'replace') => {
      const target = encodeView(next, state.row);
      const changed = target !== latest;
      setState((current) => ({
        ...current,
        view: next,
        notices: [],
        pending: changed ? [...current.pending, target] : current.pending,
      }));
      if (changed) {
        navigate({ search: target }, { replace: history === 'replace', preventScrollReset: true });
      }
    },
    [navigate, state.row, latest],
  );

  const dismissNotices = useCallback(() => {
    setState((current) => ({ ...current, notices: [] }));
  }, []);

  return { view: state.view, row: state.row, notices: state.notices, setView, dismissNotices };
}
