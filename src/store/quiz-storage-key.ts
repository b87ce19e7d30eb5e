/** The localStorage key the quiz store persists under. */
export const QUIZ_STORAGE_KEY = 'go-or-rust:quiz';

/**
 * Whether this browser holds saved quiz answers: a cheap look before loading the store and scoring
 * (on /compare, a visitor who never took the quiz downloads neither).
 */
export function hasStoredQuiz(): boolean {
  try {
    return window.localStorage.getItem(QUIZ_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}
