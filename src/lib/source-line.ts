import type { Source } from '../data/schema';
import { formatDate } from './format-date';

/** The source line in parts, so the page can mark up the title and the date. */
export type SourceLineParts = {
  lead: string;
  title: string;
  publisher: string;
  /** The article's date in words. */
  date: string;
  /** The same date as YYYY-MM-DD. */
  dateTime: string;
};

/**
 * Where a figure comes from and how old it is, as the line under every figure says it. `derived` is for
 * what we worked out from the article (scores, charts) rather than quote from it.
 * @example sourceLineParts(ARTICLE, true).lead === 'Derived by us from '
 */
export function sourceLineParts(source: Source, derived: boolean): SourceLineParts {
  return {
    lead: derived ? 'Derived by us from ' : 'Source: ',
    title: source.title,
    publisher: source.publisher,
    date: formatDate(source.updated),
    dateTime: source.updated,
  };
}

/**
 * The source line as plain text, for places that cannot mark it up (a picture of the result).
 * @example sourceLine(ARTICLE, false) === 'Source: “Go vs Rust 2026: Comparison”, SkillExchange Team, as of 2 November 2026'
 */
export function sourceLine(source: Source, derived: boolean): string {
  const parts = sourceLineParts(source, derived);
  return `${parts.lead}“${parts.title}”, ${parts.publisher}, as of ${parts.date}`;
}
