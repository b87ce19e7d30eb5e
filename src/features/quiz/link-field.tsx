import type { RefObject } from 'react';

type LinkFieldProps = {
  id: string;
  label: string;
  url: string;
  fieldRef: RefObject<HTMLInputElement | null>;
};

/** A labelled, read-only link that selects itself on focus, ready to copy. */
export function LinkField({ id, label, url, fieldRef }: LinkFieldProps) {
  return (
    <div className="quiz-share__row">
      <label htmlFor={id} className="quiz-share__label">
        {label}
      </label>
      <input
        ref={fieldRef}
        id={id}
        className="link-input quiz-share__input"
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.target.select()}
      />
    </div>
  );
}
