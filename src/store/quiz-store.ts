import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { QUIZ_QUESTIONS } from '../data/quiz-questions';
import { withImportant } from '../data/quiz-answers';
import type { QuizInput } from '../data/quiz-input-schema';
import {
  EMPTY_PERSISTED,
  migrateQuizState,
  QUIZ_STORE_VERSION,
  restoreQuizState,
} from './quiz-persisted';
import type { QuizPersisted } from './quiz-persisted';
import { QUIZ_STORAGE_KEY } from './quiz-storage-key';
import { createSafeStorage } from './safe-storage';
import { reportStorageProblem } from './storage-status';

export type QuizState = QuizPersisted & {
  /**
   * False until stored answers are loaded. The store starts empty on the server and on the first client
   * render; call `rehydrateQuizStore()` in an effect, then read answers once this is true.
   */
  hasHydrated: boolean;
  choose: (questionId: string, optionId: string) => void;
  setImportant: (questionId: string, important: boolean) => void;
  goToStep: (step: number) => void;
  /** "Retake" and "Start over": clears every answer and mark; the answers behind the last result are kept for comparison. */
  startOver: () => void;
  /**
   * "Review or change my answers": keeps the answers, remembers them as the last result (so the result can say
   * what changed), and goes back to question one. A real retake is `startOver`.
   */
  review: () => void;
  /** Adopts someone else's answers (a shared link), remembering the person's own as the last result. */
  replaceAnswers: (input: QuizInput) => void;
};

const lastStep = QUIZ_QUESTIONS.length - 1;

function snapshot(state: QuizInput): QuizInput | null {
  return Object.keys(state.answers).length > 0
    ? { answers: { ...state.answers }, important: [...state.important] }
    : null;
}

export const useQuizStore = create<QuizState>()(
  persist(
    (set) => ({
      ...EMPTY_PERSISTED,
      hasHydrated: false,
      choose: (questionId, optionId) =>
        set((s) => ({ answers: { ...s.answers, [questionId]: optionId } })),
      setImportant: (questionId, important) =>
        set((s) => ({ important: withImportant(s.important, questionId, important) })),
      goToStep: (step) => set({ step: Math.min(Math.max(0, Math.trunc(step)), lastStep) }),
      startOver: () =>
        set((s) => ({ answers: {}, important: [], step: 0, previous: snapshot(s) ?? s.previous })),
      review: () => set((s) => ({ step: 0, previous: snapshot(s) ?? s.previous })),
      replaceAnswers: (input) => {
        const { state } = restoreQuizState({ ...input, step: 0, previous: null }, QUIZ_QUESTIONS);
        set((s) => ({
          answers: state.answers,
          important: state.important,
          step: lastStep,
          previous: snapshot(s) ?? s.previous,
        }));
      },
    }),
    {
      name: QUIZ_STORAGE_KEY,
      version: QUIZ_STORE_VERSION,
      storage: createSafeStorage<QuizPersisted>(() => window.localStorage),
      // Stored answers load after React's first render, so prerendered HTML and hydration match.
      skipHydration: true,
      partialize: (s): QuizPersisted => ({
        answers: s.answers,
        important: s.important,
        step: s.step,
        previous: s.previous,
      }),
      migrate: (persisted, version) => {
        const { state, dropped } = migrateQuizState(persisted, version, QUIZ_QUESTIONS);
        if (dropped) reportStorageProblem('reset');
        return state;
      },
      merge: (persisted, current) => {
        const { state, dropped } = restoreQuizState(persisted, QUIZ_QUESTIONS);
        if (dropped) reportStorageProblem('reset');
        // Set here rather than in onRehydrateStorage: merge's result is applied without a write,
        // so merely opening a page (say, a shared link) stores nothing.
        return { ...current, ...state, hasHydrated: true };
      },
    },
  ),
);

/**
 * Loads stored answers once; safe to call from every component that needs them (in an effect). The first
 * call picks the key for the page's whole life: the framed quiz keeps its answers apart from the site's.
 * A later call with another key changes nothing, since switching would write one quiz's answers over the other's.
 * @example rehydrateQuizStore(EMBED_QUIZ_STORAGE_KEY)
 */
export function rehydrateQuizStore(storageKey: string = QUIZ_STORAGE_KEY): void {
  if (useQuizStore.getState().hasHydrated) return;
  useQuizStore.persist.setOptions({ name: storageKey });
  void useQuizStore.persist.rehydrate();
}
