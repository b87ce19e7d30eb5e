import type { Dataset } from './schema';
import { COMPARISON } from './comparison';
import { FIGURES } from './figures';
import { ADOPTION, ADVICE, FAQ, STRENGTHS, TRENDS } from './guide';
import { ARTICLE, DATASET_VERSION } from './source';

/** The whole dataset as one value, so a single schema check covers every record. */
export const DATASET: Dataset = {
  version: DATASET_VERSION,
  source: ARTICLE,
  figures: [...FIGURES],
  comparison: [...COMPARISON],
  strengths: [...STRENGTHS],
  advice: [...ADVICE],
  adoption: [...ADOPTION],
  trends: [...TRENDS],
  faq: [...FAQ],
};
