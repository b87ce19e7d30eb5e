import { useStorageStatus } from './use-storage-status';

const MESSAGES = {
  unavailable:
    'Your browser is not letting this site save anything, so the quiz works but will start over if you reload.',
  reset: 'Your saved answers could not be read, so the quiz has started fresh.',
} as const;

/** A quiet note when progress cannot be kept or had to be discarded. */
export function StorageNotice() {
  const status = useStorageStatus();
  return (
    <p className="quiz-notice" role="status" hidden={status === 'ok'}>
      {status === 'ok' ? '' : MESSAGES[status]}
    </p>
  );
}
