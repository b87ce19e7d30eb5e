import { useEffect, useState } from 'react';
import { ComparePage } from '../../features/compare/compare-page';
import type { PersonalData } from '../../features/compare/compare-view';
import { paths } from '../paths';
import { RouteErrorBoundary } from '../route-error';

/**
 * The rows that drove the reader's quiz result. Stored answers only exist after mount, so the
 * prerendered HTML and the first client render get null; the store and scoring load afterwards,
 * keeping them out of this route's chunk.
 */
function usePersonalRows(): PersonalData {
  const [personal, setPersonal] = useState<PersonalData>(null);
  useEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    Promise.all([
      import('../../store/quiz-store'),
      import('../../scoring/score-answers'),
      import('../../data/quiz-questions'),
    ])
      .then(([store, scoring, data]) => {
        if (!active) return;
        let last: unknown[] = [];
        const update = () => {
          const { hasHydrated, answers, important } = store.useQuizStore.getState();
          // Only answers matter here; skip store changes such as the current step.
          const key = [hasHydrated, answers, important];
          if (key.every((value, i) => value === last[i])) return;
          last = key;
          if (!hasHydrated || Object.keys(answers).length === 0) return setPersonal(null);
          const result = scoring.scoreAnswers({ answers, important }, data.QUIZ_QUESTIONS);
          const rows = scoring.pointsByRow(result);
          const counted = Object.values(rows).some((row) => row.points !== 0);
          setPersonal(counted ? { rows, resultHref: paths.quizResult } : null);
        };
        unsubscribe = store.useQuizStore.subscribe(update);
        store.rehydrateQuizStore();
        update();
      })
      .catch(() => {
        // The personal highlights are extra: without them the grid still works in full.
      });
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return personal;
}

export function Component() {
  return <ComparePage personal={usePersonalRows()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
