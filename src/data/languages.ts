/** The two languages, Go first: every list, legend and table keeps this order. */
export const LANGUAGES = ['go', 'rust'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { go: 'Go', rust: 'Rust' };
