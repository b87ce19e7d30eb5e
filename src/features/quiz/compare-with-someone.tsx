import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { readPastedShareLink } from '../../lib/pasted-share-link';
import type { PastedLinkProblem } from '../../lib/pasted-share-link';
import { encodeShareLink } from '../../lib/share-link';
import { useQuizStore } from '../../store/quiz-store';
import { PASTED_LINK_PROBLEMS } from './link-problem-words';
import { sideBySideHref } from './side-by-side-link';
import type { ResultSource } from './use-result-source';
import './compare-with-someone.css';

type CompareWithSomeoneProps = {
  /** The result on screen: the first of the two. */
  source: ResultSource;
  /** The side-by-side page. */
  path: string;
};

/** "Compare with someone": paste another person's share link to see the two results side by side. */
export function CompareWithSomeone({ source, path }: CompareWithSomeoneProps) {
  const navigate = useNavigate();
  const answers = useQuizStore((s) => s.answers);
  const important = useQuizStore((s) => s.important);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<PastedLinkProblem | null>(null);
  const first = encodeShareLink(source.input, QUIZ_QUESTIONS);
  // Someone else's result, with answers of one's own on this device: one click puts the two together.
  const withMine =
    source.kind === 'shared' &&
    source.hasOwn &&
    !source.matchesOwn &&
    source.link.status !== 'invalid';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const pasted = readPastedShareLink(text, QUIZ_QUESTIONS, source.input);
    if (!pasted.ok) {
      setProblem(pasted.problem);
      inputRef.current?.focus();
      return;
    }
    void navigate(sideBySideHref(path, first, pasted.code));
  };

  return (
    <section className="section compare-with" aria-labelledby="compare-with-title">
      <h2 id="compare-with-title">Compare with someone</h2>
      {withMine && (
        <p>
          <Link
            className="button"
            to={sideBySideHref(
              path,
              encodeShareLink({ answers, important }, QUIZ_QUESTIONS),
              first,
            )}
          >
            Put this next to my own result
          </Link>
        </p>
      )}
      <p id="compare-with-hint">
        Paste another person’s share link to see the two results next to each other, with every
        question answered differently and what each answer counted.
      </p>
      <form className="compare-with__form" noValidate onSubmit={submit}>
        <label htmlFor="compare-with-link" className="compare-with__label">
          The other person’s link
        </label>
        <div className="compare-with__row">
          <input
            ref={inputRef}
            id="compare-with-link"
            className="link-input compare-with__input"
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'compare-with-error' : 'compare-with-hint'}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="button button--primary">
            Compare
          </button>
        </div>
        <p id="compare-with-error" className="compare-with__error" role="alert">
          {problem ? PASTED_LINK_PROBLEMS[problem] : ''}
        </p>
      </form>
    </section>
  );
}
