// The languages the wording tables know (FACTS.md §3a). Small on purpose: the script on every portal page
// reads it without the tables.
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'nl', 'pt-BR', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);
