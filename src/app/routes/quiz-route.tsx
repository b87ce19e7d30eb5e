import { QuizPage } from '../../features/quiz/quiz-page';
import { paths, SITE_NAME } from '../paths';

export function Component() {
  return <QuizPage links={{ result: paths.quizResult }} siteName={SITE_NAME} />;
}
