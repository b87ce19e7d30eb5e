import { Link } from 'react-router';
import { SourceNote } from '../../components/source-note';
import { getFigure } from '../../data/figures';
import type { Figure } from '../../data/schema';
import { formatInteger, formatUsd } from '../../lib/format';

function FigureValue({ figure }: { figure: Figure }) {
  const value = figure.unit === 'USD' ? formatUsd(figure.value) : formatInteger(figure.value);
  return (
    <div className={`stat stat--${figure.language}`}>
      <dt>{figure.label}</dt>
      <dd>
        <span className="stat__value">{value}</span>
        {figure.n !== undefined && <span className="stat__n">n = {figure.n} postings</span>}
      </dd>
    </div>
  );
}

export function KeyFigures({ salariesHref }: { salariesHref: string }) {
  return (
    <section className="section" aria-labelledby="figures-title">
      <h2 id="figures-title">The job market in four numbers</h2>
      <dl className="stat-grid">
        <FigureValue figure={getFigure('go-openings')} />
        <FigureValue figure={getFigure('rust-openings')} />
        <FigureValue figure={getFigure('go-senior-median')} />
        <FigureValue figure={getFigure('rust-senior-median')} />
      </dl>
      <SourceNote />
      <p>
        <Link to={salariesHref}>Every salary figure, with sample sizes and gaps</Link>
      </p>
    </section>
  );
}
