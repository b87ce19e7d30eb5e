import type { Source } from './schema';

/** Bumped whenever a fact or figure in src/data changes; shown in the footer and in exports. */
export const DATASET_VERSION = '1.0.0';

/**
 * The one article every fact and figure comes from. It says "updated 27 days ago";
 * read on 2026-11-29, that puts its update on 2026-11-02.
 */
export const ARTICLE: Source = {
  id: 'skillexchange-go-vs-rust-2026',
  title: 'Go vs Rust 2026: Comparison',
  publisher: 'SkillExchange Team',
  updated: '2026-11-02',
  retrieved: '2026-11-29',
  note: 'Job and salary figures come from job-board postings the article counted; it does not name the boards or the region.',
};
