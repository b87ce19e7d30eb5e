import type { QuizQuestion } from '../data/quiz-schema';
import type { QuizInput } from '../data/quiz-input-schema';
import type { Source } from '../data/schema';
import {
  describeWhatWouldChange,
  formatPoints,
  headlineFor,
  summaryFor,
} from '../scoring/describe';
import type { Whose } from '../scoring/describe';
import { describeChoice } from '../data/quiz-answers';
import { describeChangeSince, SINCE_TITLE } from '../scoring/describe-change';
import type { QuizResult } from '../scoring/score-answers';

export type DecisionRecordInput = {
  input: QuizInput;
  result: QuizResult;
  questions: readonly QuizQuestion[];
  /** ISO date (YYYY-MM-DD) the record was made. */
  date: string;
  datasetVersion: string;
  source: Source;
  shareUrl: string;
  /** The answers behind the person's last result, when the page shows "Since your last result". */
  previous?: QuizInput | null;
  /** Whether the answers are the person's own or came in a shared link; their own unless said. */
  whose?: Whose;
};

/** Table cells cannot hold a bare pipe or a line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

/**
 * The result as a Markdown decision record: answers, scores, reasons, what would change it, date and data version.
 * @example buildDecisionRecord({ ... }).startsWith('# Go or Rust? Decision record')
 */
export function buildDecisionRecord(record: DecisionRecordInput): string {
  const { input, result, questions } = record;
  const important = new Set(input.important);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const lines = [
    '# Go or Rust? Decision record',
    '',
    `Date: ${record.date}  `,
    `Dataset version: ${record.datasetVersion} (data as of ${record.source.updated})`,
    '',
    `## ${headlineFor(result)}`,
    '',
    summaryFor(result, record.whose),
    '',
    `- Go: ${result.goScore} / 100`,
    `- Rust: ${result.rustScore} / 100`,
    `- Margin: ${result.margin} points`,
    `- Confidence: ${result.confidence}`,
    `- Answered: ${result.answered} of ${result.totalQuestions} (${result.notSure} not sure, ${result.unanswered} unanswered)`,
    '',
  ];
  // The record says what the page says, in the same words (src/scoring/describe*.ts).
  if (record.previous) {
    const since = describeChangeSince(record.previous, input, questions);
    lines.push(`## ${SINCE_TITLE}`, '', since.summary, '');
    for (const change of since.changes) lines.push(`- **${change.factor}:** ${change.text}`);
    if (since.changes.length > 0) lines.push('');
  }
  lines.push('## Reasons, largest first', '');
  if (result.contributions.length === 0) lines.push('No answer leaned either way.');
  else {
    lines.push('| Points | Question | Reason |', '| --- | --- | --- |');
    for (const c of result.contributions) {
      const factor = byId.get(c.questionId)?.factor ?? c.questionId;
      const doubled = c.important ? ' (counts double)' : '';
      lines.push(`| ${formatPoints(c.points)} | ${cell(factor + doubled)} | ${cell(c.reason)} |`);
    }
  }
  lines.push('', '## Your answers', '');
  questions.forEach((q, i) => {
    const mark = important.has(q.id) ? ' (matters a lot)' : '';
    lines.push(`${i + 1}. ${q.prompt} **${describeChoice(q, input.answers[q.id])}**${mark}`);
  });
  const change = describeWhatWouldChange(result, questions);
  lines.push('', '## What would change this', '', change.intro);
  if (change.points.length > 0) lines.push('', ...change.points.map((point) => `- ${point}`));
  lines.push(
    '',
    '## Source',
    '',
    `Facts and figures: “${record.source.title}” by ${record.source.publisher}, updated ${record.source.updated}. ` +
      'Scores are the share of your weighted answer points each language earned.',
    '',
    `Share link: ${record.shareUrl}`,
    '',
  );
  return lines.join('\n');
}

/**
 * A file name for the record.
 * @example decisionRecordFileName('2026-11-29') === 'go-or-rust-decision-2026-11-29.md'
 */
export function decisionRecordFileName(date: string): string {
  return `go-or-rust-decision-${date}.md`;
}
