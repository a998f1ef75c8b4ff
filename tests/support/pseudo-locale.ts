// A pseudo-locale made from the English catalog at test time: each message accented, ~40 % longer and
// bracketed ⟦…⟧, placeholders kept. Rendered, any letter outside brackets is English written into the code,
// and brackets that split a sentence show it was glued from pieces.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import { type Catalog, useCatalog } from './i18n-setup';

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'î',
  o: 'õ',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
};

function pseudo(message: string): string {
  const accented = message
    .split(/(\{\w+\})/)
    .map((part) => (part.startsWith('{') ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c)))
    .join('');
  return `⟦${accented} ${'~'.repeat(Math.ceil(message.length * 0.4))}⟧`;
}

export function pseudoCatalog(): Catalog {
  return Object.fromEntries(
    Object.entries(en as Catalog).map(([key, { message }]) => [
      key,
      { message: key === 'locale' ? message : pseudo(message) },
    ]),
  );
}

/** What is left of a text once every message (innermost first) and the given data values are taken out. */
export function outsideMessages(text: string, data: readonly string[]): string {
  let rest = data.reduce((t, d) => t.split(d).join(''), text);
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
  }
  return rest;
}

/** How many messages stand side by side at the top level of a text (nested placeholders not counted). */
export function topLevelMessages(text: string): number {
  let depth = 0;
  let count = 0;
  for (const ch of text) {
    if (ch === '⟦' && depth++ === 0) count++;
    if (ch === '⟧') depth--;
  }
  return count;
}

/**
 * The pseudo-locale for a test file (English again after it), noting every message the code looks up, so a
 * test can tell a message that is never produced. `each`: set up again before each test (for files that
 * reset the fake browser).
 */
export function usePseudoLocale(when: 'all' | 'each' = 'all'): Set<string> {
  const requested = new Set<string>();
  const install = () => {
    useCatalog(pseudoCatalog());
    const lookup = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = ((name: string) => {
      requested.add(name);
      return lookup(name);
    }) as typeof lookup;
  };
  if (when === 'each') beforeEach(install);
  else beforeAll(install);
  afterAll(() => useCatalog(en));
  return requested;
}
