import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { withImportant } from '../../data/quiz-answers';
import type { QuizInput } from '../../data/quiz-input-schema';
import { decodeShareLink, encodeShareLink, SHARE_PARAM } from '../../lib/share-link';
import type { DecodedShareLink } from '../../lib/share-link';
import { useQuizStore } from '../../store/quiz-store';

export type ResultSource =
  | { kind: 'own'; input: QuizInput; previous: QuizInput | null }
  | {
      kind: 'shared';
      input: QuizInput;
      link: DecodedShareLink;
      matchesOwn: boolean;
      hasOwn: boolean;
    };

/**
 * Which answers the result page shows: a shared link's (never written to storage unless the person
 * asks) or the person's own. Call only after the store has hydrated.
 */
export function useResultSource(): {
  source: ResultSource;
  setImportant: (questionId: string, important: boolean) => void;
  adoptShared: () => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const param = searchParams.get(SHARE_PARAM);
  const answers = useQuizStore((s) => s.answers);
  const important = useQuizStore((s) => s.important);
  const previous = useQuizStore((s) => s.previous);
  const source = useMemo<ResultSource>(() => {
    const own = { answers, important };
    if (param === null) return { kind: 'own', input: own, previous };
    const link = decodeShareLink(param, QUIZ_QUESTIONS);
    const mine = encodeShareLink(own, QUIZ_QUESTIONS);
    return {
      kind: 'shared',
      input: link.input,
      link,
      matchesOwn: link.status === 'ok' && mine === encodeShareLink(link.input, QUIZ_QUESTIONS),
      hasOwn: Object.keys(answers).length > 0,
    };
  }, [param, answers, important, previous]);

  const setImportant = (questionId: string, value: boolean) => {
    if (source.kind === 'own') {
      useQuizStore.getState().setImportant(questionId, value);
      return;
    }
    // A shared result re-weights in the address only, so the visitor's own answers stay put.
    const next = {
      answers: source.input.answers,
      important: withImportant(source.input.important, questionId, value),
    };
    // The router renders address changes at once (no transition), so the checkbox and scores update in the
    // same frame as the click.
    setSearchParams({ [SHARE_PARAM]: encodeShareLink(next, QUIZ_QUESTIONS) }, { replace: true });
  };
  const adoptShared = () => {
    if (source.kind !== 'shared') return;
    useQuizStore.getState().replaceAnswers(source.input);
    setSearchParams({}, { replace: true });
  };
  return { source, setImportant, adoptShared };
}
