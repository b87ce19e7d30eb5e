import { ResultPage } from '../../features/quiz/result-page';
import { paths } from '../paths';

export function Component() {
  return (
    <ResultPage
      links={{
        quiz: paths.quiz,
        result: paths.quizResult,
        compare: paths.compare,
        salaries: paths.salaries,
      }}
    />
  );
}
