import { SideBySidePage } from '../../features/quiz/side-by-side-page';
import { paths, resultPathFor } from '../paths';

export function Component() {
  return (
    <SideBySidePage
      links={{
        quiz: paths.quiz,
        result: paths.quizResult,
        outcome: resultPathFor,
        sideBySide: paths.sideBySide,
      }}
    />
  );
}
