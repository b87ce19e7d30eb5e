import { useEffect } from 'react';
import { rehydrateQuizStore, useQuizStore } from '../../store/quiz-store';

/**
 * Loads stored answers after the first render (so the prerendered HTML and hydration agree) and
 * says when they are in.
 */
export function useQuizHydration(storageKey?: string): boolean {
  useEffect(() => {
    rehydrateQuizStore(storageKey);
  }, [storageKey]);
  return useQuizStore((s) => s.hasHydrated);
}
