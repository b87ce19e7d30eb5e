import { ResultPage } from '../../features/quiz/result-page';
import { paths, resultPathFor } from '../paths';

export function Component() {
  return (
    <ResultPage
      links={{
        quiz: paths.quiz,
        result: paths.quizResult,
        outcome: resultPathFor,
        compare: paths.compare,
        salaries: paths.salaries,
      }}
    />
  );
}
