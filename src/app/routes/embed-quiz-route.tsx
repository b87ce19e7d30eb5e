import { EmbedQuiz } from '../../features/quiz/embed-quiz';
import { EMBED_QUIZ_STORAGE_KEY } from '../../store/quiz-storage-key';
import { FrameLayout } from '../frame-layout';
import { paths, resultPathFor, SITE_NAME } from '../paths';

export function Component() {
  return (
    <FrameLayout>
      <EmbedQuiz
        links={{ result: paths.quizResult, outcome: resultPathFor }}
        siteName={SITE_NAME}
        storageKey={EMBED_QUIZ_STORAGE_KEY}
      />
    </FrameLayout>
  );
}
