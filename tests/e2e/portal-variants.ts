// The replica portal's variants (tests/sandbox/portal/public/variant.js) and the words a person reads in each:
// the test's own knowledge of the portal (FACTS.md §3, §3a), never the extension's tables.
export type Host = 'portal.azure.com' | 'entra.microsoft.com';
export type Kit = 'classic' | 'fluent';
export type Language = 'en-old' | 'en-new' | 'de' | 'qps-ploc';

export interface Variant {
  host: Host;
  kit: Kit;
  language: Language;
}

export const variantName = (v: Variant) => `${v.host} ${v.kit} ${v.language}`;

/** The Entra admin center shell, whose blades are all cross-origin frames. */
export const isEntraShell = (v: Variant) => v.host === 'entra.microsoft.com' && v.kit === 'fluent';

export function variantUrl(v: Variant, hash: string): string {
  const query = new URLSearchParams();
  if (v.kit === 'fluent') query.set('kit', 'fluent');
  if (v.language === 'de') query.set('l', 'de.de-de');
  if (v.language === 'qps-ploc') query.set('l', 'qps-ploc');
  query.set('wording', v.language === 'en-old' ? 'old' : 'new');
  return `https://${v.host}/?${query}${hash}`;
}

export interface Words {
  appRegistrations: string;
  newRegistration: string;
  name: string;
  register: string;
  certificates: string;
  clientSecretsTab: string;
  newClientSecret: string;
  addSecretPane: string;
  description: string;
  expires: string;
  days730: string;
  add: string;
  apiPermissions: string;
  addPermission: string;
  requestPane: string;
  graph: string;
  applicationPermissions: string;
  addPermissions: string;
  grant: (tenant: string) => string;
  confirmConsent: string;
  yes: string;
}

const EN_OLD: Words = {
  appRegistrations: 'App registrations',
  newRegistration: 'New registration',
  name: 'Name',
  register: 'Register',
  certificates: 'Certificates & secrets',
  clientSecretsTab: 'Client secrets',
  newClientSecret: 'New client secret',
  addSecretPane: 'Add a client secret',
  description: 'Description',
  expires: 'Expires',
  days730: '730 days (24 months)',
  add: 'Add',
  apiPermissions: 'API permissions',
  addPermission: 'Add a permission',
  requestPane: 'Request API permissions',
  graph: 'Microsoft Graph',
  applicationPermissions: 'Application permissions',
  addPermissions: 'Add permissions',
  grant: (t) => `Grant admin consent for ${t}`,
  confirmConsent: 'Grant admin consent confirmation',
  yes: 'Yes',
};

export const WORDS: Record<Language, Words> = {
  'en-old': EN_OLD,
  'en-new': { ...EN_OLD, certificates: 'Certificates and secrets' },
  de: {
    appRegistrations: 'App-Registrierungen',
    newRegistration: 'Neue Registrierung',
    name: 'Name',
    register: 'Registrieren',
    certificates: 'Zertifikate & Geheimnisse',
    clientSecretsTab: 'Geheime Clientschlüssel',
    newClientSecret: 'Neuer geheimer Clientschlüssel',
    addSecretPane: 'Geheimen Clientschlüssel hinzufügen',
    description: 'Beschreibung',
    expires: 'Gilt bis',
    days730: '730 Tage (24 Monate)',
    add: 'Hinzufügen',
    apiPermissions: 'API-Berechtigungen',
    addPermission: 'Berechtigung hinzufügen',
    requestPane: 'API-Berechtigungen anfordern',
    graph: 'Microsoft Graph',
    applicationPermissions: 'Anwendungsberechtigungen',
    addPermissions: 'Berechtigungen hinzufügen',
    grant: (t) => `Administratorzustimmung für ${t} erteilen`,
    confirmConsent: 'Bestätigung der Administratorzustimmung',
    yes: 'Ja',
  },
  // Every string accented and bracketed (the new English wording underneath); values stay as they are.
  'qps-ploc': {
    appRegistrations: '[Åþþ ŕéĝîšţŕåţîöñš]',
    newRegistration: '[Ñéŵ ŕéĝîšţŕåţîöñ]',
    name: '[Ñåɱé]',
    register: '[Ŕéĝîšţéŕ]',
    certificates: '[Çéŕţîƒîçåţéš åñð šéçŕéţš]',
    clientSecretsTab: '[Çļîéñţ šéçŕéţš',
    newClientSecret: '[Ñéŵ çļîéñţ šéçŕéţ]',
    addSecretPane: '[Åðð å çļîéñţ šéçŕéţ]',
    description: '[Ðéšçŕîþţîöñ]',
    expires: '[Éẋþîŕéš]',
    days730: '[730 ðåýš (24 ɱöñţĥš)]',
    add: '[Åðð]',
    apiPermissions: '[ÅÞÎ þéŕɱîššîöñš]',
    addPermission: '[Åðð å þéŕɱîššîöñ]',
    requestPane: '[Ŕéǫûéšţ ÅÞÎ þéŕɱîššîöñš]',
    graph: '[Ṁîçŕöšöƒţ Ĝŕåþĥ]',
    applicationPermissions: '[Åþþļîçåţîöñ þéŕɱîššîöñš]',
    addPermissions: '[Åðð þéŕɱîššîöñš]',
    grant: (t) => `[Ĝŕåñţ åðɱîñ çöñšéñţ ƒöŕ ${t}]`,
    confirmConsent: '[Ĝŕåñţ åðɱîñ çöñšéñţ çöñƒîŕɱåţîöñ]',
    yes: '[Ýéš]',
  },
};
