import { useEffect, useState } from 'react';
import { ComparePage } from '../../features/compare/compare-page';
import type { PersonalData } from '../../features/compare/compare-view';
import { lazyModule } from '../../lib/lazy-module';
import { hasStoredQuiz } from '../../store/quiz-storage-key';
import { paths } from '../paths';

const personalRows = lazyModule(() => import('../personal-rows'));

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
    personalRows
      .load()
      .then(({ followPersonalRows }) => {
        if (active) stop = followPersonalRows(paths.quizResult, setPersonal);
      })
      .catch(() => {
        // The personal highlights are extra: the grid works in full without them, and the next
        // visit to /compare fetches them again.
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
