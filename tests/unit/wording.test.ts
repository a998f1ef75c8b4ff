// The wording tables and their matching: case, spacing, a trailing count and the tenant's name never matter;
// the language shows from what matched or from ?l=; (concept, language) → display wording is a lookup.
import { describe, expect, it, vi } from 'vitest';
import { knownTenantNames, safeNames } from '../../lib/guide-health/safe-names';
import { LANGUAGES } from '../../lib/wording/languages';
import { displayWording, languagesNaming, normalizeWording, tenantNamesIn } from '../../lib/wording/match';
import { detectPortalLanguage, languageFromUrl, localeFromUrl } from '../../lib/wording/portal-language';
import { PORTAL_WORDINGS } from '../../lib/wording/portal-wordings';
import { currentSecret, guid } from '../support/generated';

describe('matching a concept', () => {
  it.each([
    ['newRegistration', 'new  REGISTRATION', ['en']],
    ['newRegistration', 'Neue Registrierung', ['de']],
    ['clientSecrets', 'Client secrets (1)', ['en']],
    ['clientSecrets', 'Geheime Clientschlüssel (2)', ['de']],
    ['certificatesAndSecrets', 'Certificates and secrets', ['en']],
    ['singleTenant', 'Single tenant only - Contoso Ltd', ['en']],
    ['singleTenant', 'Accounts in this organizational directory only (Contoso only - Single tenant)', ['en']],
    ['singleTenant', 'Nur Konten in diesem Organisationsverzeichnis (nur „Contoso“ – einzelner Mandant)', ['de']],
    ['grantAdminConsent', 'Grant admin consent for Contoso', ['en']],
    ['grantAdminConsent', 'Contoso に管理者の同意を与えます', ['ja']],
    ['addClientSecret', 'クライアント シークレットの追加', ['ja']],
    ['name', 'Name', ['en', 'de']],
    ['appRegistrations', 'Inscriptions d’applications', ['fr']],
  ] as const)('%s names %j in %j', (concept, text, languages) => {
    expect(languagesNaming(concept, text)).toEqual(languages);
  });

  it.each([
    ['newRegistration', 'New registrations'],
    ['grantedFor', 'Not granted for Contoso'],
    ['add', 'Add a permission'],
    ['register', 'Register an application'],
    ['newRegistration', '[Ñéŵ ŕéĝîšţŕåţîöñ]'],
  ] as const)('%s does not name %j', (concept, text) => {
    expect(languagesNaming(concept, text)).toEqual([]);
  });

  it('ignores case, spacing and a trailing count, nothing else', () => {
    expect(normalizeWording(' Client  Secrets (12) ')).toBe('clientsecrets');
    expect(normalizeWording('Client secrets (new)')).toBe('clientsecrets(new)');
  });

  it('gives every concept an English wording, and only known languages', () => {
    for (const table of Object.values(PORTAL_WORDINGS)) {
      expect(table.en.length).toBeGreaterThan(0);
      for (const language of Object.keys(table)) expect(LANGUAGES).toContain(language);
    }
  });

  it('looks up the wording to quote for a concept in a language', () => {
    expect(displayWording('newClientSecret', 'de')).toBe('Neuer geheimer Clientschlüssel');
    expect(displayWording('grantAdminConsent', 'nl', 'Contoso')).toBe('Beheerderstoestemming verlenen voor Contoso');
    expect(displayWording('singleTenant', 'de')).toBe('Nur Konten in diesem Organisationsverzeichnis');
    // No wording known in that language: the English one.
    expect(displayWording('tenantIdLabel', 'es')).toBe('Directory (tenant) ID');
  });

  it('finds the tenant’s name where a wording shows it', () => {
    expect(tenantNamesIn(['Grant admin consent for Fabrikam (Europe)', 'Refresh'])).toEqual(['Fabrikam (Europe)']);
    expect(tenantNamesIn(['Administratorzustimmung für Contoso erteilen'])).toEqual(['Contoso']);
  });
});

describe('the portal’s language', () => {
  it.each([
    ['https://portal.azure.com/?l=de.de-de#home', { code: 'de', known: true }],
    ['https://portal.azure.com/?l=pt-br.pt-br#home', { code: 'pt-BR', known: true }],
    ['https://portal.azure.com/?l=en-gb.en-gb', { code: 'en', known: true }],
    ['https://portal.azure.com/?l=qps-ploc#home', { code: 'qps-ploc', known: false }],
  ])('reads %s', (url, language) => expect(languageFromUrl(url)).toEqual(language));

  it('goes by the URL first, then by what matched, else says it does not know', () => {
    expect(detectPortalLanguage('https://portal.azure.com/#home', 'ja')).toEqual({ code: 'ja', known: true });
    expect(detectPortalLanguage('https://portal.azure.com/?l=qps-ploc', 'en')).toEqual({
      code: 'qps-ploc',
      known: false,
    });
    expect(detectPortalLanguage('https://portal.azure.com/', undefined)).toEqual({ code: null, known: false });
  });

  it('gives the date locale of ?l=', () => {
    expect(localeFromUrl('https://portal.azure.com/?l=de.de-de')).toBe('de-DE');
    expect(localeFromUrl('https://portal.azure.com/?l=qps-ploc')).toBeUndefined();
  });
});

describe('guide-health names', () => {
  it('drop GUIDs, secrets, long value-like runs and addresses; keep at most ten; replace the tenant', () => {
    const names = [
      'Grant admin consent for Contoso',
      `Copy ${guid()}`,
      currentSecret(),
      'a'.repeat(30),
      'admin@contoso.com',
      ...Array.from({ length: 12 }, (_, i) => `Button ${i}`),
    ];
    const kept = safeNames(names, ['Contoso']);
    expect(kept).toHaveLength(10);
    expect(kept[0]).toBe('Grant admin consent for <tenant>');
    expect(kept.slice(1)).toEqual(Array.from({ length: 9 }, (_, i) => `Button ${i}`));
  });

  it('replace the tenant known from the check and the customer, in any case and inside other names', () => {
    const tenant = knownTenantNames(['contoso.onmicrosoft.com', 'contoso.com'], 'Contoso');
    const kept = safeNames(
      [
        'Contoso | Overview',
        'CONTOSO',
        'idemeum-contoso | Certificates & secrets',
        'jane@contoso',
        'contoso.onmicrosoft.com',
        'Fabrikam.com',
        'User.Read.All',
        'Application.ReadWrite.OwnedBy',
      ],
      tenant,
    );
    expect(kept).toEqual([
      '<tenant> | Overview',
      '<tenant>',
      'idemeum-<tenant> | Certificates & secrets',
      'User.Read.All',
      'Application.ReadWrite.OwnedBy',
    ]);
    expect(kept.join(' ').toLowerCase()).not.toContain('contoso');
  });

  it('know a tenant by its label, its domains and their first labels', () => {
    expect(knownTenantNames(['contoso.onmicrosoft.com'], ' Contoso Ltd ')).toEqual([
      'Contoso Ltd',
      'contoso.onmicrosoft.com',
      'contoso',
    ]);
    expect(knownTenantNames([], undefined)).toEqual([]);
  });
});

describe('the language from what matched', () => {
  const freshMatcher = async () => {
    vi.resetModules();
    return import('../../lib/wording/match');
  };

  it('is not English from names that exist only in English or in several languages', async () => {
    const { languageFromMatches, noteLanguageOf } = await freshMatcher();
    noteLanguageOf(['Microsoft Graph', 'Name']);
    expect(languageFromMatches()).toBeUndefined();
  });

  it('is the language whose own wording matched', async () => {
    const { languageFromMatches, noteLanguageOf } = await freshMatcher();
    noteLanguageOf(['Microsoft Graph', 'Neue Registrierung']);
    expect(languageFromMatches()).toBe('de');
  });
});
