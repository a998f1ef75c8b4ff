// Matching a name on screen against a concept's wordings (portal-wordings.ts), and knowing from what
// matched which language the portal speaks. Case, spacing, a trailing count "(1)" and the tenant's name
// never matter.
import { LANGUAGES, type Language } from './languages';
import { type Concept, PORTAL_WORDINGS } from './portal-wordings';

/** Lower case, no spacing at all (Japanese labels come with and without), no trailing count. */
export function normalizeWording(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s*\(\d+\)\s*$/, '')
    .replace(/\s+/g, '');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(wording: string): RegExp {
  const more = wording.endsWith('…');
  const parts = normalizeWording(more ? wording.slice(0, -1) : wording)
    .split('{tenant}')
    .map(escapeRegExp);
  return new RegExp(`^${parts.join('.+')}${more ? '' : '$'}`, 'u');
}

interface Compiled {
  pattern: RegExp;
  languages: Language[];
}

const compiled = new Map<Concept, Compiled[]>();

function patternsOf(concept: Concept): Compiled[] {
  let list = compiled.get(concept);
  if (list) return list;
  const byWording = new Map<string, Language[]>();
  const table: Partial<Record<Language, readonly string[]>> = PORTAL_WORDINGS[concept];
  for (const language of LANGUAGES) {
    for (const wording of table[language] ?? []) byWording.set(wording, [...(byWording.get(wording) ?? []), language]);
  }
  list = [...byWording].map(([wording, languages]) => ({ pattern: compile(wording), languages }));
  compiled.set(concept, list);
  return list;
}

/** Answers already worked out: a page asks about the same few names on every change. */
const answers = new Map<string, Language[]>();
const MAX_ANSWERS = 4000;

/** The languages in whose wording `text` names the concept (empty: it does not). */
export function languagesNaming(concept: Concept, text: string): Language[] {
  const key = `${concept}\u0000${text}`;
  let found = answers.get(key);
  if (!found) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    found = match(concept, text);
    answers.set(key, found);
  }
  return found;
}

function match(concept: Concept, text: string): Language[] {
  const normal = normalizeWording(text);
  if (!normal) return [];
  const out = new Set<Language>();
  for (const { pattern, languages } of patternsOf(concept)) {
    if (pattern.test(normal)) for (const l of languages) out.add(l);
  }
  return [...out];
}

/** How often each language's wording matched on this page: evidence of the portal's language. */
const evidence = new Map<Language, number>();

/** Is the concept worded in more than one language? Only then does a match tell the languages apart. */
const translated = (concept: Concept) => Object.keys(PORTAL_WORDINGS[concept]).length > 1;

/**
 * Does `text` name the concept in any known wording? A match counts as evidence of a language only when it
 * is that language's alone among several (an English-only name such as "Microsoft Graph" is on every page).
 */
export function namesConcept(concept: Concept, text: string): boolean {
  const languages = languagesNaming(concept, text);
  const [only] = languages;
  if (only && languages.length === 1 && translated(concept)) evidence.set(only, (evidence.get(only) ?? 0) + 1);
  return languages.length > 0;
}

/** A name matcher for lib/dom/find.ts. */
export const wording =
  (concept: Concept) =>
  (name: string): boolean =>
    namesConcept(concept, name);

/** Tests names seen on the page against every concept: evidence of the language before any step looked. */
export function noteLanguageOf(names: string[]): void {
  for (const concept of Object.keys(PORTAL_WORDINGS) as Concept[])
    for (const name of names) namesConcept(concept, name);
}

/** The language whose wordings matched most, if any did. */
export function languageFromMatches(): Language | undefined {
  let best: Language | undefined;
  for (const [language, score] of evidence) if (!best || score > (evidence.get(best) ?? 0)) best = language;
  return best;
}

/** What the guide shows for a concept in a language: its first wording there, else the English one. */
export function displayWording(concept: Concept, language: Language | undefined, tenant = '<tenant>'): string {
  const table: Partial<Record<Language, readonly string[]>> = PORTAL_WORDINGS[concept];
  const first = (language && table[language]?.[0]) || PORTAL_WORDINGS[concept].en[0];
  return first.replace('{tenant}', tenant).replace(/…$/, '');
}

/** The tenant's name where a wording with `{tenant}` shows it ("Grant admin consent for Contoso" → Contoso). */
export function tenantNamesIn(names: string[]): string[] {
  const found = new Set<string>();
  for (const table of Object.values(PORTAL_WORDINGS) as Partial<Record<Language, readonly string[]>>[]) {
    for (const wordingText of Object.values(table).flat()) {
      if (!wordingText?.includes('{tenant}')) continue;
      const [before = '', after = ''] = wordingText
        .replace(/…$/, '')
        .split('{tenant}')
        .map((part) => escapeRegExp(part.trim()).replace(/\s+/g, '\\s*'));
      const pattern = new RegExp(`^\\s*${before}\\s*(.+?)\\s*${after}\\s*(\\(\\d+\\))?\\s*$`, 'iu');
      for (const name of names) {
        const tenant = pattern.exec(name.normalize('NFKC'))?.[1]?.trim();
        if (tenant) found.add(tenant);
      }
    }
  }
  return [...found];
}
