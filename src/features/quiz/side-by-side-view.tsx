import { useMemo } from 'react';
import { Link } from 'react-router';
import { SourceNote } from '../../components/source-note';
import { QUIZ_QUESTIONS } from '../../data/quiz-questions';
import type { QuizInput } from '../../data/quiz-input-schema';
import { useCopyField } from '../../lib/use-copy-field';
import { describeChoice } from '../../data/quiz-answers';
import { headlineFor } from '../../scoring/describe';
import {
  describeAgreement,
  describeDifferenceCount,
  sidePoints,
} from '../../scoring/describe-side-by-side';
import type { OutcomeSlug } from '../../scoring/outcome-slug';
import type { QuizResult } from '../../scoring/score-answers';
import { compareSideBySide } from '../../scoring/side-by-side';
import type { SideAnswer } from '../../scoring/side-by-side';
import { LinkField } from './link-field';
import { ScoreFacts } from './score-bars';
import { sharedResultHref, sideBySideHref } from './side-by-side-link';

export type SideBySideLinks = {
  quiz: string;
  result: string;
  outcome: (slug: OutcomeSlug) => string;
  sideBySide: string;
};

/** What each side is called; `you` says which one holds the answers saved on this device. */
export type SideLabels = { first: string; second: string; you: 'first' | 'second' | null };

type SideLink = { code: string; input: QuizInput };

type SideBySideViewProps = {
  first: SideLink;
  second: SideLink;
  labels: SideLabels;
  hasOwn: boolean;
  links: SideBySideLinks;
};

function leanOf(points: number): 'go' | 'rust' | 'even' {
  return points > 0 ? 'go' : points < 0 ? 'rust' : 'even';
}

/** Two results laid out next to each other, the questions that part them, and the view's own link. */
export function SideBySideView({ first, second, labels, hasOwn, links }: SideBySideViewProps) {
  const comparison = useMemo(
    () => compareSideBySide(first.input, second.input, QUIZ_QUESTIONS),
    [first.input, second.input],
  );
  const { differences } = comparison;
  const url = `${window.location.origin}${sideBySideHref(links.sideBySide, first.code, second.code)}`;
  return (
    <div className="page side-by-side">
      <header>
        <p className="eyebrow">Side by side</p>
        <h1 id="page-title">Two quiz results, side by side</h1>
        <p className="side-by-side__verdict">
          {describeAgreement(comparison.first, comparison.second)}{' '}
          {describeDifferenceCount(differences.length, QUIZ_QUESTIONS.length)}
        </p>
        {/* Someone whose answers are on neither side: where do they land? */}
        {labels.you === null && (
          <p>
            {hasOwn ? (
              <Link to={links.result}>See my own result</Link>
            ) : (
              <Link to={links.quiz}>Take the quiz yourself</Link>
            )}
          </p>
        )}
      </header>
      <div className="side-by-side__cards">
        <SideCard
          id="first"
          label={labels.first}
          result={comparison.first}
          href={sharedResultHref(comparison.first, first.code, links)}
        />
        <SideCard
          id="second"
          label={labels.second}
          result={comparison.second}
          href={sharedResultHref(comparison.second, second.code, links)}
        />
      </div>
      <section className="section" aria-labelledby="differences-title">
        <h2 id="differences-title">Where the answers differ</h2>
        {differences.length === 0 ? (
          <p>Both sides gave every question the same answer and the same weight.</p>
        ) : (
          <ol className="difference-list">
            {differences.map((difference) => {
              const question = QUIZ_QUESTIONS.find((q) => q.id === difference.questionId);
              const factor = question?.factor ?? difference.questionId;
              const sides: [string, SideAnswer][] = [
                [labels.first, difference.first],
                [labels.second, difference.second],
              ];
              return (
                <li key={difference.questionId} className="difference">
                  <h3 className="difference__factor">{factor}</h3>
                  <dl className="difference__sides">
                    {sides.map(([label, side]) => (
                      <div key={label} className={`difference__side lean--${leanOf(side.points)}`}>
                        <dt className="difference__label">{label}</dt>
                        <dd className="difference__answer">
                          <span>{describeChoice(question, side.optionId)}</span>
                          <span className="difference__points">
                            <span className="difference__badge">{sidePoints(side.points)}</span>
                            {side.important && <span className="tag">counts double</span>}
                          </span>
                        </dd>
                      </div>
                    ))}
                  </dl>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <ShareThisView url={url} />
      <SourceNote derived />
    </div>
  );
}

type SideCardProps = { id: string; label: string; result: QuizResult; href: string };

/** One side: whose it is, the recommendation, both scores, the margin and confidence. */
function SideCard({ id, label, result, href }: SideCardProps) {
  const lead = result.outcome === 'close-call' ? result.startWith : result.outcome;
  const titleId = `side-${id}-title`;
  return (
    <section className={`side-card side-card--${lead}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="side-card__label">
        {label}
      </h2>
      <p className="side-card__headline">{headlineFor(result)}</p>
      <ScoreFacts result={result} label={`Scores for ${label}`} />
      <p className="side-card__more">
        <Link to={href}>
          See every reason<span className="visually-hidden"> for {label}</span>
        </Link>
      </p>
    </section>
  );
}

/** The view's own link: both sets of answers, so it can be sent back. */
function ShareThisView({ url }: { url: string }) {
  const { fieldRef, status, copy } = useCopyField<HTMLInputElement>(url, {
    copied: 'Link copied.',
    noun: 'link',
  });
  return (
    <section className="section quiz-share" aria-labelledby="side-share-title">
      <h2 id="side-share-title">Send this view</h2>
      <p>
        The link holds both sets of answers, so whoever opens it sees these two results. If one side
        matches the answers saved on their device, that side is marked “You”.
      </p>
      <LinkField id="side-by-side-link" label="Link to this view" url={url} fieldRef={fieldRef} />
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p className="quiz-share__status" role="status">
        {status}
      </p>
    </section>
  );
}
