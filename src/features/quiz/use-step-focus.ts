import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to the question heading after a step change the person made (not on first load or
 * resume), so keyboard and screen-reader users land on the new question.
 */
export function useStepFocus(step: number) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    headingRef.current?.focus();
  }, [step]);
  /** Call before a step change the person asked for; `now` when the step stays the same. */
  const expectFocus = useCallback((now = false) => {
    if (now) headingRef.current?.focus();
    else pending.current = true;
  }, []);
  return { headingRef, expectFocus };
}
