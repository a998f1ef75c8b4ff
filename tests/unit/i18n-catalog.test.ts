// The catalogs: every locale has exactly the keys English has (plural forms by each language's own CLDR
// categories), the same placeholders, and no key that no code uses.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../lib/i18n/interpolate';
import { literalsOf } from '../support/source-strings';

type Catalog = Record<string, { message: string }>;

const LOCALES = ['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt_BR'];
const read = (locale: string): Catalog =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalog;
const en = read('en');
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const pluralBases = new Set(
  Object.keys(en).flatMap((k) => {
    const m = PLURAL.exec(k);
    return m?.[2] === 'other' && m[1] ? [m[1]] : [];
  }),
);
const baseOf = (key: string) => {
  const m = PLURAL.exec(key);
  return m?.[1] && pluralBases.has(m[1]) ? m[1] : key;
};

/** The keys a locale must have: English's plain keys, and each plural message in that language's categories. */
function expectedKeys(tag: string): string[] {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const plain = Object.keys(en).filter((k) => baseOf(k) === k);
  return [...plain, ...[...pluralBases].flatMap((b) => categories.map((c) => `${b}_${c}`))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => `${e.parentPath}/${e.name}`);
}

describe('locale catalogs', () => {
  it('has a folder for each of the eight languages and no other', () => {
    expect(readdirSync('public/_locales').sort()).toEqual(LOCALES);
  });

  it.each(LOCALES)('%s: exactly the keys English has, in its own plural forms, with its BCP 47 tag', (locale) => {
    const catalog = read(locale);
    const tag = locale.replace('_', '-');
    expect(catalog.locale?.message).toBe(tag);
    expect(Object.keys(catalog).sort()).toEqual(expectedKeys(tag));
  });

  it.each(LOCALES)(
    '%s: each message keeps the English placeholders and nothing browser.i18n would rewrite',
    (locale) => {
      const catalog = read(locale);
      for (const [key, { message }] of Object.entries(catalog)) {
        const source = en[key] ?? en[`${baseOf(key)}_other`];
        expect(message.trim(), key).not.toBe('');
        expect(placeholdersOf(message).sort(), `${locale} ${key}`).toEqual(
          placeholdersOf(source?.message ?? '').sort(),
        );
        // `$` is browser.i18n's own substitution syntax.
        expect(message, `${locale} ${key}`).not.toContain('$');
      }
    },
  );

  it('English plural messages say one thing or many, never "(s)"', () => {
    const hedged = Object.entries(en).filter(([k, { message }]) => baseOf(k) !== k && message.includes('(s)'));
    expect(hedged.map(([k]) => k)).toEqual([]);
  });

  it('every key is used by the code (as a literal, or as __MSG_<key>__ in the manifest and pages)', () => {
    const files = [...sourceFiles('components'), ...sourceFiles('lib'), ...sourceFiles('entrypoints'), 'wxt.config.ts'];
    const used = new Set(files.flatMap((f) => literalsOf(f).map((l) => l.value)));
    for (const html of readdirSync('entrypoints', { recursive: true }).filter((f) => String(f).endsWith('.html')))
      for (const m of readFileSync(`entrypoints/${html}`, 'utf8').matchAll(/__MSG_(\w+)__/g)) used.add(m[0]);
    const unused = Object.keys(en)
      .map(baseOf)
      .filter((k) => !used.has(k) && !used.has(`__MSG_${k}__`));
    expect([...new Set(unused)]).toEqual([]);
  });
});
