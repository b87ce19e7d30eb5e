import { useCallback, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

/** Shared with public/boot.js, which applies a stored choice before first paint. */
export const THEME_STORAGE_KEY = 'go-or-rust:theme';

const listeners = new Set<() => void>();
const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');

function readStoredTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function getTheme(): Theme {
  const explicit = document.documentElement.dataset.theme;
  if (explicit === 'light' || explicit === 'dark') return explicit;
  return readStoredTheme() ?? (darkQuery()?.matches ? 'dark' : 'light');
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const query = darkQuery();
  query?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', listener);
  };
}

/** The current theme, and a setter that remembers the choice; renders as null on the server. */
export function useTheme(): [Theme | null, (theme: Theme) => void] {
  const theme = useSyncExternalStore<Theme | null>(subscribe, getTheme, () => null);
  const setTheme = useCallback((next: Theme) => {
    document.documentElement.dataset.theme = next;
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage may be off or full: the choice still holds for this page view.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [theme, setTheme];
}
