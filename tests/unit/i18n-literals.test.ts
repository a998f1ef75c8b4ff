// No words written into the converted files: what the admin reads comes from the catalog. The files are
// parsed, so a literal is caught by where it sits (JSX text, a user-visible attribute, a rendered expression)
// and by its shape (a sentence, a capitalised word), whatever the names around it are.
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { CONVERTED_FILES } from '../support/i18n-converted';
import { gluedMessages, type Literal, literalsOf } from '../support/source-strings';

const USER_VISIBLE_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'alt',
  'label',
]);

const KEYS = new Set(Object.keys(en).flatMap((k) => [k, k.replace(/_(zero|one|two|few|many|other)$/, '')]));

// Not words: marks and punctuation, API names (User.Read.All), domains (contoso.onmicrosoft.com), product names.
const WORDLESS = /^[^\p{L}]*(\p{L}[^\p{L}]+)*\p{L}?[^\p{L}]*$/u;
const API_NAME = /^[A-Z][A-Za-z-]*(\.[A-Za-z-]+)+$/;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const PRODUCT_NAMES = new Set(['idemeum', 'Microsoft Entra ID', 'Microsoft Graph']);
// Portal route items (the hash's ~/<Item>) and blades, Graph's enum values and error codes, and the role names that key
// the role messages: identifiers, never shown as they are.
const IDENTIFIERS = new Set([
  'Overview',
  'Credentials',
  'CallAnAPI',
  'ApplicationsListBlade',
  'CreateApplicationBlade',
  'Role',
  'Scope',
  'Application',
  'Delegated',
  'AzureADMyOrg',
  'Managed',
  'SignInRequired',
  'Global Administrator',
  'Privileged Role Administrator',
]);
// URLs, paths and query strings (no space, with URL punctuation), and OData filters.
const URL_LIKE = /^[^\s]*[/=?&$][^\s]*$/;
const ODATA = /^\w+ eq '?$/;
// The message protocol's types (profiles.recheckAll): lower-case area, a dot, a camelCase verb.
const MESSAGE_TYPE = /^[a-z]+\.[a-z][A-Za-z]*$/;
// WXT storage keys: an area, a colon, a camelCase name (session:parkedSecrets).
const STORAGE_KEY = /^(local|session|sync|managed):[a-z][A-Za-z]*$/;
// Texts the extension writes into the customer's directory (the app's notes, a secret's description): data
// every admin of the tenant reads, in one language whatever the browser speaks.
const DIRECTORY_DATA = new Set([
  'idemeum user source and Entra JIT accounts; made by the idemeum setup assistant (express setup).',
  'idemeum (added by Entra Assist on ',
]);

const SENTENCE = /\p{L}{2,}[\s,:;.!?]+\p{L}{2,}/u;
const CAPITALISED = /^\s*\p{Lu}\p{Ll}/u;

function problem(l: Literal): string | undefined {
  const v = l.value;
  const notWords = [WORDLESS, API_NAME, DOMAIN, URL_LIKE, ODATA, MESSAGE_TYPE, STORAGE_KEY].some((shape) =>
    shape.test(v),
  );
  if (l.module || notWords || KEYS.has(v) || PRODUCT_NAMES.has(v.trim()) || IDENTIFIERS.has(v)) return undefined;
  if (DIRECTORY_DATA.has(v)) return undefined;
  if (l.place.kind === 'jsx-text') return 'JSX text';
  if (l.place.kind === 'attribute')
    return USER_VISIBLE_ATTRIBUTES.has(l.place.name) ? `${l.place.name} attribute` : undefined;
  if (l.rendered) return 'rendered literal';
  if (l.place.kind === 'key') return undefined;
  if (SENTENCE.test(v)) return 'sentence';
  if (CAPITALISED.test(v)) return 'capitalised word';
  return undefined;
}

function userVisibleLiterals(path: string): string[] {
  return literalsOf(path).flatMap((l) => {
    const why = problem(l);
    return why ? [`${path}:${l.line} ${why}: ${JSON.stringify(l.value)}`] : [];
  });
}

describe('converted files hold no user-visible words', () => {
  it.each(CONVERTED_FILES)('%s', (file) => {
    expect(userVisibleLiterals(file)).toEqual([]);
  });
});

describe('converted files build no sentence from pieces', () => {
  it.each(CONVERTED_FILES)('%s glues no message to text in code (a template or +)', (file) => {
    expect(gluedMessages(file)).toEqual([]);
  });
});
