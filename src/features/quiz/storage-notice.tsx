import { useStorageStatus } from './use-storage-status';

const MESSAGES = {
  unavailable:
    'Your browser is not letting this site save anything, so the quiz works but will start over if you reload.',
  reset: 'Your saved answers could not be read, so the quiz has started fresh.',
} as const;

/**
 * A quiet note when progress cannot be kept or had to be discarded. `unavailable` replaces the words for
 * storage that is refused (the framed quiz says what is lost when its page closes).
 */
export function StorageNotice({ unavailable }: { unavailable?: string }) {
  const status = useStorageStatus();
  let message = '';
  if (status !== 'ok') message = (status === 'unavailable' && unavailable) || MESSAGES[status];
  return (
    <p className="quiz-notice" role="status" hidden={status === 'ok'}>
      {message}
    </p>
  );
}
