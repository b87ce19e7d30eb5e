/** The localStorage key the quiz store persists under. */
export const QUIZ_STORAGE_KEY = 'go-or-rust:quiz';

/**
 * The framed quiz's own key: on another site the browser keeps it apart anyway (storage is partitioned per
 * site), and in the live preview on /embed it must not change the answers of the visitor's own quiz.
 */
export const EMBED_QUIZ_STORAGE_KEY = 'go-or-rust:embed-quiz';

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
