import { applyUpdate, useUpdateWaiting } from './update-state';

/** Offers a newly deployed version; nothing reloads until the person chooses to. */
export function UpdatePrompt() {
  const waiting = useUpdateWaiting();
  return (
    <div className="update-prompt" role="status" hidden={!waiting}>
      {waiting && (
        <>
          <span>A new version of this guide is ready. Your answers are kept.</span>
          <button type="button" className="button" onClick={applyUpdate}>
            Reload to update
          </button>
        </>
      )}
    </div>
  );
}
