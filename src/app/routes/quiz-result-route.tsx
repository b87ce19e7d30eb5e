import { ResultPage } from '../../features/quiz/result-page';
import type { ResultLinks } from '../../features/quiz/result-page';
import { paths, resultPathFor } from '../paths';

// One object for the page's lifetime, so what the result page derives from it is not recomputed.
const LINKS: ResultLinks = {
  quiz: paths.quiz,
  result: paths.quizResult,
  outcome: resultPathFor,
  compare: paths.compare,
  salaries: paths.salaries,
  sideBySide: paths.sideBySide,
};

export function Component() {
  return <ResultPage links={LINKS} />;
}
