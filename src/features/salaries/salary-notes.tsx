import { SMALL_SAMPLE_THRESHOLD } from '../../data/figures';
import { LANGUAGE_NAMES, LANGUAGES } from '../../data/languages';
import type { LadderRow, SeniorPayRow } from './chart-data';
import { formatPointValue } from './chart-text';

/** One line per small-sample median: what the flag means for the reader. */
export function SmallSampleNote({ rows }: { rows: readonly SeniorPayRow[] }) {
  const small = rows.filter((row) => row.smallSample);
  if (small.length === 0) return null;
  return (
    <div className="salary-note">
      {small.map((row) => (
        <p key={row.language}>
          <span className="tag salary-tag--small">small sample</span> The {row.label} median comes
          from {row.n} postings, fewer than {SMALL_SAMPLE_THRESHOLD}, so a handful of unusual
          listings could shift it a lot.
        </p>
      ))}
    </div>
  );
}

/**
 * The warning beside the ladder: the top Go and Rust figures sit at different levels and are
 * different kinds of number, so the reader is told not to set them side by side.
 */
export function LadderNote({ rows }: { rows: readonly LadderRow[] }) {
  const goPeak = rows.find((row) => row.go?.statistic === 'peak');
  const rustUnstated = rows.find((row) => row.rust?.statistic === 'unspecified');
  const missing = rows.flatMap((row) =>
    LANGUAGES.flatMap((language) =>
      row[language] ? [] : [`${LANGUAGE_NAMES[language]} ${row.label.toLowerCase()}`],
    ),
  );
  return (
    <div className="salary-note salary-note--warning">
      {goPeak?.go && rustUnstated?.rust && (
        <p>
          <strong>Not a like-for-like pair.</strong> Go&rsquo;s {formatPointValue(goPeak.go, 'USD')}{' '}
          is the top of its pay curve, reached at {goPeak.label.toLowerCase()} level: a peak, not a
          median. Rust&rsquo;s {formatPointValue(rustUnstated.rust, 'USD')} is a{' '}
          {rustUnstated.label.toLowerCase()} figure, and the article does not say whether it is a
          median or a peak. Different levels and different kinds of number, so the gap between them
          means nothing.
        </p>
      )}
      {missing.length > 0 && <p>No figure reported for: {missing.join(', ')}.</p>}
    </div>
  );
}
