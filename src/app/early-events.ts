/**
 * What a person did on the prerendered page before the app was ready, as held by public/boot.js:
 * a control they changed, a button they pressed or a form they submitted.
 */
export type EarlyEvent =
  | { type: 'change'; target: Element; value?: string; checked?: boolean }
  | { type: 'click' | 'submit'; target: Element };

declare global {
  interface Window {
    __earlyEvents?: { take: () => EarlyEvent[] };
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Sets a control's value the way a person would, so React sees a change: React remembers the value it
 * last saw through the element's own setter, and the prototype's setter leaves that memory behind.
 */
function replayChange(el: Element, value = '', checked = false): void {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    // A radio that was left unchecked was unchecked by its neighbour, whose own record replays it.
    if (el.type === 'radio' && !checked) return;
    el.checked = !checked;
    el.click();
    return;
  }
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement
  ) {
    const wanted = value;
    el.value = wanted === '' ? ' ' : '';
    const proto = Object.getPrototypeOf(el) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, wanted);
    el.dispatchEvent(
      new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  }
}

/**
 * Stops holding events and replays them in order, one task apart so React renders between them
 * (a choice, then Next, must reach Next's handler with the choice in). Elements the app has since
 * replaced are skipped: what they stood for is no longer on screen.
 * @example await replayEarlyEvents(); // after hydration and after stored answers are in
 */
export async function replayEarlyEvents(): Promise<void> {
  const held = window.__earlyEvents?.take() ?? [];
  for (const [index, event] of held.entries()) {
    const { target } = event;
    if (!target.isConnected) continue;
    if (event.type === 'change') {
      // Typing gives an event per key: a text box replays only its last value, where it was left.
      const isText = !(
        target instanceof HTMLInputElement && /^(checkbox|radio)$/.test(target.type)
      );
      if (isText && held.slice(index + 1).some((later) => later.target === target)) continue;
      replayChange(target, event.value, event.checked);
    } else if (event.type === 'submit' && target instanceof HTMLFormElement) {
      target.requestSubmit();
    } else if (target instanceof HTMLElement) {
      target.click();
    }
    await nextTask();
  }
}
