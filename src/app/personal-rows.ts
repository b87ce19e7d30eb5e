import type { PersonalData } from '../features/compare/compare-view';
import { scoreAnswers, pointsByRow } from '../scoring/score-answers';
import { QUIZ_QUESTIONS } from '../data/quiz-questions';
import { rehydrateQuizStore, useQuizStore } from '../store/quiz-store';

/**
 * Follows the stored quiz answers and reports the comparison rows that drove the result (null when
 * there is none). Loaded by /compare after mount, so the store and scoring stay out of its first load.
 * @example const stop = followPersonalRows('/quiz/result', setPersonal)
 */
export function followPersonalRows(
  resultHref: string,
  onChange: (personal: PersonalData) => void,
): () => void {
  let last: unknown[] = [];
  const update = () => {
    const { hasHydrated, answers, important } = useQuizStore.getState();
    // Only answers matter here; skip store changes such as the current step.
    const key = [hasHydrated, answers, important];
    if (key.every((value, i) => value === last[i])) return;
    last = key;
    if (!hasHydrated || Object.keys(answers).length === 0) return onChange(null);
    const rows = pointsByRow(scoreAnswers({ answers, important }, QUIZ_QUESTIONS));
    const counted = Object.values(rows).some((row) => row.points !== 0);
    onChange(counted ? { rows, resultHref } : null);
  };
  const unsubscribe = useQuizStore.subscribe(update);
  rehydrateQuizStore();
  update();
  return unsubscribe;
}
