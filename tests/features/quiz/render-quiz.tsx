import { QuizPage } from '../../../src/features/quiz/quiz-page';
import { resultPathFor } from '../../../src/app/paths';
import { ResultPage } from '../../../src/features/quiz/result-page';
import { SideBySidePage } from '../../../src/features/quiz/side-by-side-page';
import { QUIZ_STORAGE_KEY } from '../../../src/store/quiz-storage-key';
import { useQuizStore } from '../../../src/store/quiz-store';
import type { QuizPersisted } from '../../../src/store/quiz-persisted';
import { clearStorageStatus } from '../../../src/store/storage-status';
import { renderRoutes } from '../../render-routes';

const links = {
  quiz: '/quiz',
  result: '/quiz/result',
  outcome: resultPathFor,
  compare: '/compare',
  salaries: '/salaries',
  sideBySide: '/quiz/side-by-side',
};

/** A fresh store, optionally with answers already saved, as after an earlier visit. */
export function resetQuiz(saved?: Partial<QuizPersisted>): void {
  useQuizStore.setState(useQuizStore.getInitialState(), true);
  window.localStorage.clear();
  clearStorageStatus();
  if (saved) {
    const state = { answers: {}, important: [], step: 0, previous: null, ...saved };
    window.localStorage.setItem(QUIZ_STORAGE_KEY, JSON.stringify({ state, version: 2 }));
  }
}

export function renderQuiz(path: string) {
  return renderRoutes(
    [
      {
        path: '/quiz',
        element: <QuizPage links={{ result: links.result }} siteName="Go or Rust?" />,
      },
      { path: '/quiz/result', element: <ResultPage links={links} /> },
      { path: '/quiz/result/:outcome', element: <ResultPage links={links} /> },
      { path: '/quiz/side-by-side', element: <SideBySidePage links={links} /> },
      { path: '/compare', element: <p>Compare page</p> },
      { path: '/salaries', element: <p>Salaries page</p> },
    ],
    path,
  );
}
