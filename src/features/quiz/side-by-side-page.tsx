import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import { readShareCode } from '../../lib/pasted-share-link';
import type { PastedLink, PastedLinkProblem } from '../../lib/pasted-share-link';
import { encodeShareLink, SHARE_PARAM } from '../../lib/share-link';
import { scoreAnswers } from '../../scoring/score-answers';
import { rehydrateQuizStore, useQuizStore } from '../../store/quiz-store';
import { sideProblem } from './link-problem-words';
import { SECOND_PARAM, sharedResultHref } from './side-by-side-link';
import { SideBySideView } from './side-by-side-view';
import type { SideBySideLinks, SideLabels } from './side-by-side-view';
import './quiz.css';
import './side-by-side.css';

export type { SideBySideLinks } from './side-by-side-view';

type Side =
  Extract<PastedLink, { ok: true }> | { ok: false; problem: PastedLinkProblem | 'missing' };

function readSide(code: string | null): Side {
  if (code === null || code === '') return { ok: false, problem: 'missing' };
  return readShareCode(code, QUIZ_QUESTIONS);
}

/**
 * /quiz/side-by-side?a=…&b=…: two results next to each other. The first render matches the prerendered
 * shell; the answers in the link and the visitor's own (to mark "You") are read after hydration.
 */
export function SideBySidePage({ links }: { links: SideBySideLinks }) {
  // useQuizHydration's two lines: importing that module here would split the chunk /quiz shares with the
  // result page, and /quiz would download one more file.
  useEffect(() => {
    rehydrateQuizStore();
  }, []);
  const hydrated = useQuizStore((s) => s.hasHydrated);
  if (!hydrated) {
    return (
      <div className="page side-by-side">
        <header>
          <p className="eyebrow">Side by side</p>
          <h1 id="page-title">Two quiz results, side by side</h1>
          <p>Reading the two sets of answers in this link…</p>
          <noscript>
            <p>
              This view is worked out in the browser from the answers in its link, so it needs
              JavaScript. The comparison grid and the salary figures work without it.
            </p>
          </noscript>
        </header>
      </div>
    );
  }
  return <SideBySideContent links={links} />;
}

function SideBySideContent({ links }: { links: SideBySideLinks }) {
  const [searchParams] = useSearchParams();
  const firstParam = searchParams.get(SHARE_PARAM);
  const secondParam = searchParams.get(SECOND_PARAM);
  const first = useMemo(() => readSide(firstParam), [firstParam]);
  const second = useMemo(() => readSide(secondParam), [secondParam]);
  const answers = useQuizStore((s) => s.answers);
  const important = useQuizStore((s) => s.important);
  const hasOwn = Object.keys(answers).length > 0;
  if (!first.ok || !second.ok) {
    return <BrokenLink first={first} second={second} hasOwn={hasOwn} links={links} />;
  }
  // The side holding the answers saved on this device is "You", so the link reads right for both people.
  const own = hasOwn ? encodeShareLink({ answers, important }, QUIZ_QUESTIONS) : null;
  const labels: SideLabels =
    own === first.code && own !== second.code
      ? { first: 'You', second: 'The other person', you: 'first' }
      : own === second.code && own !== first.code
        ? { first: 'The other person', second: 'You', you: 'second' }
        : { first: 'First result', second: 'Second result', you: null };
  return (
    <SideBySideView first={first} second={second} labels={labels} hasOwn={hasOwn} links={links} />
  );
}

type BrokenLinkProps = { first: Side; second: Side; hasOwn: boolean; links: SideBySideLinks };

/** A side-by-side link with a set of answers missing or damaged: what went wrong, and ways on. */
function BrokenLink({ first, second, hasOwn, links }: BrokenLinkProps) {
  const neither =
    !first.ok && !second.ok && first.problem === 'missing' && second.problem === 'missing';
  const openAlone = (side: Side, name: string) =>
    side.ok && (
      <Link
        className="button"
        to={sharedResultHref(scoreAnswers(side.input, QUIZ_QUESTIONS), side.code, links)}
      >
        Open the {name} result on its own
      </Link>
    );
  return (
    <div className="page side-by-side">
      <header>
        <p className="eyebrow">Side by side</p>
        <h1 id="page-title">
          {neither
            ? 'Nothing to put side by side yet'
            : 'This side-by-side link could not be opened'}
        </h1>
      </header>
      {neither ? (
        <p>
          This view puts two quiz results next to each other, and its link holds neither. On a
          result page, use “Compare with someone” and paste the other person’s share link.
        </p>
      ) : (
        <div className="quiz-banner quiz-banner--warning" role="status">
          {!first.ok && (
            <p className="quiz-banner__problem">
              The first set of answers {sideProblem(first.problem)}.
            </p>
          )}
          {!second.ok && (
            <p className="quiz-banner__problem">
              The second set of answers {sideProblem(second.problem)}.
            </p>
          )}
          <p>Ask for the link again, or open the result that could be read on its own.</p>
        </div>
      )}
      <div className="button-row">
        {openAlone(first, 'first')}
        {openAlone(second, 'second')}
        {hasOwn ? (
          <Link className="button button--primary" to={links.result}>
            See my own result
          </Link>
        ) : (
          <Link className="button button--primary" to={links.quiz}>
            Take the quiz
          </Link>
        )}
      </div>
    </div>
  );
}
