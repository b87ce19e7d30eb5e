import { useEffect, useMemo } from 'react';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { ComparePage } from '../../features/compare/compare-page';
import type { PersonalData } from '../../features/compare/compare-view';
import { pointsByRow, scoreAnswers } from '../../scoring/score-answers';
import { rehydrateQuizStore, useQuizStore } from '../../store/quiz-store';
import { paths } from '../paths';
import { RouteErrorBoundary } from '../route-error';

/**
 * The rows that drove the reader's quiz result. Stored answers load after mount, so the
 * prerendered HTML and the first client render always get null.
 */
function usePersonalRows(): PersonalData {
  useEffect(() => rehydrateQuizStore(), []);
  const hasHydrated = useQuizStore((s) => s.hasHydrated);
  const answers = useQuizStore((s) => s.answers);
  const important = useQuizStore((s) => s.important);
  return useMemo(() => {
    if (!hasHydrated || Object.keys(answers).length === 0) return null;
    const rows = pointsByRow(scoreAnswers({ answers, important }, QUIZ_QUESTIONS));
    if (Object.values(rows).every((row) => row.points === 0)) return null;
    return { rows, resultHref: paths.quizResult };
  }, [hasHydrated, answers, important]);
}

export function Component() {
  return <ComparePage personal={usePersonalRows()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
