import { useEffect, useState } from 'react';
import { ComparePage } from '../../features/compare/compare-page';
import type { PersonalData } from '../../features/compare/compare-view';
import { hasStoredQuiz } from '../../store/quiz-storage-key';
import { paths } from '../paths';

/**
 * The rows that drove the reader's quiz result. Stored answers only exist after mount, so the
 * prerendered HTML and the first client render get null; the store and scoring load afterwards, and only
 * when answers are stored.
 */
function usePersonalRows(): PersonalData {
  const [personal, setPersonal] = useState<PersonalData>(null);
  useEffect(() => {
    if (!hasStoredQuiz()) return;
    let active = true;
    let stop = () => {};
    import('../personal-rows')
      .then(({ followPersonalRows }) => {
        if (active) stop = followPersonalRows(paths.quizResult, setPersonal);
      })
      .catch(() => {
        // The personal highlights are extra: without them the grid still works in full.
      });
    return () => {
      active = false;
      stop();
    };
  }, []);
  return personal;
}

export function Component() {
  return <ComparePage personal={usePersonalRows()} />;
}
