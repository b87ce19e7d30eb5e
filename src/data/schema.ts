import * as v from 'valibot';
import { LANGUAGES } from './languages';

/**
 * One schema per kind of record; every type in the dataset is inferred from here. The app imports only
 * types from this file (the schema test runs the schemas), so valibot stays out of the pages' code.
 */

export const LanguageSchema = v.picklist(LANGUAGES);

const IsoDateSchema = v.pipe(v.string(), v.isoDate());
const SentenceSchema = v.pipe(v.string(), v.trim(), v.minLength(3));

export const SourceSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: SentenceSchema,
  publisher: SentenceSchema,
  /** The date the article itself gives (derived from its relative "updated" line). */
  updated: IsoDateSchema,
  /** When we read it. */
  retrieved: IsoDateSchema,
  note: v.optional(SentenceSchema),
});
export type Source = v.InferOutput<typeof SourceSchema>;

export const LevelSchema = v.picklist(['all', 'senior', 'lead', 'manager', 'director']);
export type Level = v.InferOutput<typeof LevelSchema>;

export const StatisticSchema = v.picklist(['count', 'median', 'peak', 'unspecified']);
export type Statistic = v.InferOutput<typeof StatisticSchema>;

export const FigureSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  language: LanguageSchema,
  value: v.pipe(v.number(), v.finite(), v.minValue(0)),
  unit: v.picklist(['USD', 'openings']),
  /** How many postings stand behind the figure; absent where the article gives none. */
  n: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  level: LevelSchema,
  statistic: StatisticSchema,
  /** Our words for what the figure is. */
  label: SentenceSchema,
  /** Whether the article printed the exact figure or a rounded one ($212k). */
  precision: v.picklist(['exact', 'rounded-thousands']),
  source: v.pipe(v.string(), v.minLength(1)),
  asOf: IsoDateSchema,
});
export type Figure = v.InferOutput<typeof FigureSchema>;

export const ComparisonGroupSchema = v.picklist([
  'Career',
  'Performance',
  'Safety',
  'Developer experience',
  'Ecosystem',
]);
export type ComparisonGroup = v.InferOutput<typeof ComparisonGroupSchema>;

export const EdgeSchema = v.picklist([...LANGUAGES, 'even']);
export type Edge = v.InferOutput<typeof EdgeSchema>;

export const ComparisonRowSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  category: SentenceSchema,
  group: ComparisonGroupSchema,
  go: SentenceSchema,
  rust: SentenceSchema,
  /** Our reading of the article, shown as such. */
  edge: EdgeSchema,
  tradeOff: SentenceSchema,
  /** True for the ten rows of the article's own table; false for rows drawn from its prose. */
  fromArticleTable: v.boolean(),
  source: v.pipe(v.string(), v.minLength(1)),
  /** Figure ids this row quotes, so the grid can show their source and date. */
  figureIds: v.optional(v.array(v.string())),
});
export type ComparisonRow = v.InferOutput<typeof ComparisonRowSchema>;

export const StrengthSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  language: LanguageSchema,
  text: SentenceSchema,
});
export type Strength = v.InferOutput<typeof StrengthSchema>;

export const AdviceSchema = v.object({
  language: LanguageSchema,
  summary: SentenceSchema,
  points: v.pipe(v.array(SentenceSchema), v.minLength(3)),
});
export type Advice = v.InferOutput<typeof AdviceSchema>;

export const AdoptionSchema = v.object({
  language: LanguageSchema,
  companies: v.pipe(v.array(SentenceSchema), v.minLength(1)),
  projects: v.array(SentenceSchema),
  sectors: v.pipe(v.array(SentenceSchema), v.minLength(1)),
  summary: SentenceSchema,
});
export type Adoption = v.InferOutput<typeof AdoptionSchema>;

export const TrendSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  language: v.picklist([...LANGUAGES, 'both']),
  kind: v.picklist(['trend', 'forecast']),
  text: SentenceSchema,
  /** A forecast's horizon, when the article names one. */
  horizon: v.optional(v.pipe(v.number(), v.integer())),
});
export type Trend = v.InferOutput<typeof TrendSchema>;

export const FaqSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  question: SentenceSchema,
  answer: SentenceSchema,
  figureIds: v.optional(v.array(v.string())),
});
export type Faq = v.InferOutput<typeof FaqSchema>;

export const DatasetSchema = v.object({
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
  source: SourceSchema,
  figures: v.pipe(v.array(FigureSchema), v.minLength(7)),
  comparison: v.pipe(v.array(ComparisonRowSchema), v.minLength(10)),
  strengths: v.pipe(v.array(StrengthSchema), v.minLength(10)),
  advice: v.pipe(v.array(AdviceSchema), v.length(2)),
  adoption: v.pipe(v.array(AdoptionSchema), v.length(2)),
  trends: v.pipe(v.array(TrendSchema), v.minLength(1)),
  faq: v.pipe(v.array(FaqSchema), v.length(5)),
});
export type Dataset = v.InferOutput<typeof DatasetSchema>;
