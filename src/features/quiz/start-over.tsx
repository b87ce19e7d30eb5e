import { useEffect, useRef, useState } from 'react';

type StartOverProps = { disabled: boolean; onConfirm: () => void };

/** "Start over" asks first; nothing is cleared until the person confirms. */
export function StartOver({ disabled, onConfirm }: StartOverProps) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button
        ref={openRef}
        type="button"
        className="button quiz-start-over"
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        Start over
      </button>
    );
  }
  return (
    <div className="quiz-confirm" role="group" aria-labelledby="start-over-question">
      <p id="start-over-question">
        Clear every answer and mark and go back to question 1? Your last result stays available for
        comparison.
      </p>
      <div className="quiz-confirm__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            // The quiz moves focus to question 1, so don't pull it back to this button.
            wasAsking.current = false;
            setAsking(false);
            onConfirm();
          }}
        >
          Yes, clear my answers
        </button>
        <button ref={cancelRef} type="button" className="button" onClick={() => setAsking(false)}>
          Keep my answers
        </button>
      </div>
    </div>
  );
}
