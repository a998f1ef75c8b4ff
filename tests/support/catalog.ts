// The words a browser test expects in a given UI language: the catalog Chromium picks for it (region first,
// then the language, then English), filled as lib/i18n fills it.
import { existsSync, readFileSync } from 'node:fs';
import { interpolate } from '../../lib/i18n/interpolate';

type Catalog = Record<string, { message: string }>;

export function catalogFolder(language: string): string {
  const [base = 'en', region] = language.split(/[-_]/);
  const candidates = [region ? `${base}_${region.toUpperCase()}` : base, base, 'en'];
  return candidates.find((c) => existsSync(`public/_locales/${c}/messages.json`)) ?? 'en';
}

export function catalogOf(language: string): Catalog {
  return JSON.parse(readFileSync(`public/_locales/${catalogFolder(language)}/messages.json`, 'utf8')) as Catalog;
}

/** `m('key', { name: 'x' })` in that language; throws on an unknown key so a test never waits for "key". */
export function wordsOf(language: string): (key: string, values?: Record<string, string>) => string {
  const catalog = catalogOf(language);
  return (key, values = {}) => {
    const message = catalog[key]?.message;
    if (message === undefined) throw new Error(`No message ${key} in ${catalogFolder(language)}`);
    return interpolate(message, values);
  };
}
