// Which language the portal speaks: the `?l=` of the URL when the link carries one (`?l=de.de-de`), else
// the language whose wordings matched on the page. Table-free: the tables' languages come from languages.ts.
import { isLanguage } from './languages';

export interface PortalLanguage {
  /** A wording-table language (`de`, `pt-BR`…), the raw `?l=` language the tables do not know, or null. */
  code: string | null;
  /** The wording tables know it: words can be matched, otherwise the guide goes by structure. */
  known: boolean;
}

/** The portal's `?l=<language>.<locale>` (`de.de-de`), if the URL has one. */
function lParameter(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('l') ?? undefined;
  } catch {
    return undefined;
  }
}

/** The language of a portal URL's `?l=` (`de.de-de` → de, `pt-br.pt-br` → pt-BR), if any. */
export function languageFromUrl(url: string): PortalLanguage | undefined {
  const raw = lParameter(url);
  const first = raw?.split('.')[0]?.trim().toLowerCase();
  if (!first || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(first)) return undefined;
  const code = first === 'pt-br' ? 'pt-BR' : first;
  if (isLanguage(code)) return { code, known: true };
  // en-gb, de-at…: the base language's wordings apply.
  const base = code.split('-')[0] ?? code;
  return base !== 'qps' && base !== 'pt' && isLanguage(base) ? { code: base, known: true } : { code, known: false };
}

/** The date locale of a portal URL's `?l=` (`de.de-de` → de-DE), if any. */
export function localeFromUrl(url: string): string | undefined {
  const raw = lParameter(url);
  const region = raw?.split('.')[1] ?? raw?.split('.')[0];
  if (!region || !/^[a-z]{2,3}-[a-z]{2}$/i.test(region)) return undefined;
  const [lang = '', country = ''] = region.split('-');
  return `${lang.toLowerCase()}-${country.toUpperCase()}`;
}

export function detectPortalLanguage(url: string, fromMatches: string | undefined): PortalLanguage {
  return languageFromUrl(url) ?? (fromMatches ? { code: fromMatches, known: true } : { code: null, known: false });
}
