// lib/i18n in the catalogs' own languages: plural forms by CLDR rules (French says "0 jour", English
// "0 days"), numbers, dates, relative times and lists by Intl in the catalog's locale, placeholders filled.
import { afterAll, describe, expect, it } from 'vitest';
import { formatDate, list, relative } from '../../lib/i18n/format';
import { locale, plural, t, tParts } from '../../lib/i18n/t';
import en from '../../public/_locales/en/messages.json';
import { catalogOf } from '../support/catalog';
import { useCatalog } from '../support/i18n-setup';

afterAll(() => useCatalog(en));
const NOW = Date.parse('2026-11-26T12:00:00Z');
const date = 'DATE';

describe('lib/i18n', () => {
  it('English: one and other, numbers with separators', () => {
    useCatalog(en);
    expect(locale()).toBe('en');
    expect(plural('expiry_in_days', 1, { date })).toBe('The secret expires on DATE (in 1 day).');
    expect(plural('expiry_in_days', 0, { date })).toBe('The secret expires on DATE (in 0 days).');
    expect(plural('expiry_in_days', 1500, { date })).toBe('The secret expires on DATE (in 1,500 days).');
  });

  it('French: 0 and 1 are singular (CLDR), and numbers are grouped the French way', () => {
    useCatalog(catalogOf('fr'));
    expect(plural('expiry_in_days', 0, { date })).toBe('Le secret client expire le DATE (dans 0 jour).');
    expect(plural('expiry_in_days', 2, { date })).toBe('Le secret client expire le DATE (dans 2 jours).');
    expect(plural('expiry_in_days', 1_000_000, { date })).toMatch(/dans 1\s000\s000 de jours/);
  });

  it('German: dates, relative times and lists in German; Japanese has one form', () => {
    useCatalog(catalogOf('de'));
    expect(locale()).toBe('de');
    expect(formatDate(Date.parse('2028-11-25T12:00:00Z'))).toBe('25. November 2028');
    expect(relative(NOW - 5 * 60_000, NOW)).toBe('vor 5 Minuten');
    expect(relative(NOW - 10_000, NOW)).toBe('jetzt');
    expect(list(['A', 'B', 'C'])).toBe('A, B und C');
    expect(t('credentials_change_named', { field: t('field_tenant_id') })).toBe('Verzeichnis-ID (Mandant) ändern');
    useCatalog(catalogOf('ja'));
    expect(plural('granted_of_12', 1)).toBe('12 個中 1 個を付与済み');
    expect(formatDate(Date.parse('2028-11-25T12:00:00Z'))).toBe('2028年11月25日');
  });

  it('relative times round before they pick the unit', () => {
    useCatalog(en);
    expect(relative(NOW - 59.6 * 60_000, NOW)).toBe('1 hour ago');
    expect(relative(NOW + 23.6 * 3_600_000, NOW)).toBe('tomorrow');
    expect(relative(NOW + 22.6 * 3_600_000, NOW)).toBe('in 23 hours');
    expect(relative(NOW - 59.4 * 60_000, NOW)).toBe('59 minutes ago');
  });

  it('tParts keeps elements in their place in the sentence', () => {
    useCatalog(en);
    const link = { element: 'a' };
    expect(tParts('panel_express_offer', { express: link })).toEqual([
      'An administrator of the tenant? ',
      link,
      ' creates it all in one go, or diagnoses an existing app.',
    ]);
  });
});
