import { useEffect } from 'react';

/**
 * Scrolls a linked row into view and focuses it, a frame after render so the layout's own
 * focus-on-navigate (which runs after child effects) does not take focus back.
 */
export function useLinkedRow(rowId: string | null): void {
  useEffect(() => {
    if (rowId === null) return;
    const frame = window.requestAnimationFrame(() => {
      const element = document.getElementById(`row-${rowId}`);
      if (!element) return;
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      element.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      element.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [rowId]);
}
