import { Link } from 'react-router';
import { COMPARISON } from '../../data/comparison';
import type { QuizQuestion } from '../../data/quiz-schema';
import { formatPoints } from '../../scoring/describe';
import { describeChoice } from '../../data/quiz-answers';
import type { Contribution } from '../../scoring/score-answers';

export type ReasonLinks = { compare: string; salaries: string };

type ReasonListProps = {
  contributions: readonly Contribution[];
  questions: readonly QuizQuestion[];
  links: ReasonLinks;
  onImportant: (questionId: string, important: boolean) => void;
};

const rowName = new Map(COMPARISON.map((row) => [row.id, row.category]));

/** Every answer's signed points and the article fact behind it, largest first, each re-weightable. */
export function ReasonList({ contributions, questions, links, onImportant }: ReasonListProps) {
  if (contributions.length === 0) {
    return <p>None of your answers leaned either way, so there are no reasons to show yet.</p>;
  }
  return (
    <ol className="reason-list">
      {contributions.map((c) => {
        const question = questions.find((q) => q.id === c.questionId);
        const side = c.points > 0 ? 'go' : 'rust';
        const factor = question?.factor ?? c.questionId;
        return (
          <li key={c.questionId} className={`reason reason--${side}`}>
            <p className="reason__points">
              <span className="reason__badge">{formatPoints(c.points)}</span>
              {c.important && <span className="tag">counts double</span>}
            </p>
            <div className="reason__body">
              <h3 className="reason__factor">
                {factor}:{' '}
                <span className="reason__choice">{describeChoice(question, c.optionId)}</span>
              </h3>
              <p className="reason__text">{c.reason}</p>
              <div className="reason__actions">
                {c.rowId ? (
                  <Link to={`${links.compare}?row=${c.rowId}`}>
                    Compare: {rowName.get(c.rowId) ?? c.rowId}
                  </Link>
                ) : (
                  <Link to={links.salaries}>See salaries and jobs</Link>
                )}
                <label className="reason__toggle">
                  <input
                    type="checkbox"
                    checked={c.important}
                    onChange={(event) => onImportant(c.questionId, event.target.checked)}
                  />
                  <span>
                    Matters a lot<span className="visually-hidden"> to me: {factor}</span>
                  </span>
                </label>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
