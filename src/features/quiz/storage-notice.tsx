import { useStorageStatus } from './use-storage-status';

const MESSAGES = {
  unavailable:
    'Your browser is not letting this site save anything, so the quiz works but will start over if you reload.',
  reset: 'Your saved answers could not be read, so the quiz has started fresh.',
} as const;

/** In another site's frame, what is lost is the answers once the reader leaves that page. */
const FRAMED_MESSAGES = {
  unavailable:
    'Your browser does not let this quiz save anything here, so your answers last only while this page is open. The link to the full result carries them with it.',
  reset: MESSAGES.reset,
} as const;

/** A quiet note when progress cannot be kept or had to be discarded. */
export function StorageNotice({ framed = false }: { framed?: boolean }) {
  const status = useStorageStatus();
  return (
    <p className="quiz-notice" role="status" hidden={status === 'ok'}>
      {status === 'ok' ? '' : (framed ? FRAMED_MESSAGES : MESSAGES)[status]}
    </p>
  );
}
