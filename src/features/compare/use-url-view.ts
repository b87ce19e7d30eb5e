import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { useHydratedValue } from '../../lib/use-hydrated-value';
import type { CompareView } from './compare-view';
import { decodeView } from './view-decode';
import { encodeView } from './view-encode';

/** Typing waits this long before the URL catches up, so each key costs no router work. */
export const URL_WRITE_DELAY_MS = 300;

/** Marks history entries this hook wrote, so their arrival keeps the text being typed. */
const OWN_WRITE = { compareView: true } as const;

function isOwnWrite(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'compareView' in state;
}

export type UrlView = {
  view: CompareView;
  row: string | null;
  notices: string[];
  /** Applies a change and writes it to the URL: "push" at once, "replace" after a pause. */
  setView: (next: CompareView, history: 'push' | 'replace') => void;
  dismissNotices: () => void;
};

/**
 * The grid's view, read from the URL's search params. The first render is the default view (what
 * was prerendered); the URL is read once hydrated. Only the filter text being typed is local
 * until it is written; back, forward or a link we did not write drops it.
 */
export function useUrlView(rowIds: readonly string[]): UrlView {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  // The prerendered grid is the default view (no search); a plain /compare hydrates without a second render.
  const search = useHydratedValue(params.toString(), '');
  const fromUrl = useMemo(() => decodeView(search, rowIds), [search, rowIds]);
  const [draft, setDraft] = useState<{ text: string; key: string } | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);

  const key = location.key;
  if (draft && draft.key !== key) {
    const ours = navigationType !== 'POP' && isOwnWrite(location.state);
    setDraft(ours ? { ...draft, key } : null);
  }
  const text = draft?.text;
  // One object per change, so what the grid derives from it is not worked out again on every render.
  const view = useMemo(
    () => (text === undefined ? fromUrl.view : { ...fromUrl.view, query: text }),
    [fromUrl.view, text],
  );

  // A write still waiting when the text is dropped (back, forward) is out of date.
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!draft) window.clearTimeout(timer.current);
  }, [draft]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const { row } = fromUrl;
  const query = view.query;
  const setView = useCallback(
    (next: CompareView, history: 'push' | 'replace') => {
      setDismissed(search);
      if (next.query !== query) setDraft({ text: next.query, key });
      window.clearTimeout(timer.current);
      // A click is written at once, and the router renders it in the same frame (no transition), so a
      // checkbox or a sort never shows its old state for a moment; typing is written after a pause.
      const write = () =>
        setParams(encodeView(next, row), { replace: history === 'replace', state: OWN_WRITE });
      if (history === 'push') write();
      else timer.current = window.setTimeout(write, URL_WRITE_DELAY_MS);
    },
    [search, query, key, row, setParams],
  );

  const notices = dismissed === search ? [] : fromUrl.notices;
  const dismissNotices = useCallback(() => setDismissed(search), [search]);
  return { view, row, notices, setView, dismissNotices };
}
