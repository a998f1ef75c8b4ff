// What a guide-health record may keep of the names on screen (zod-free: the guide in the page uses it
// before sending, the background again before storing).
import { CURRENT_SECRET, GUID } from '../value-shapes';

export const MAX_NAMES = 10;
export const MAX_NAME_LENGTH = 80;

const GUID_ANYWHERE = new RegExp(GUID.source.replace(/^\^|\$$/g, ''), 'i');
const SECRET_ANYWHERE = new RegExp(CURRENT_SECRET.source.replace(/^\^|\$$/g, ''));
/** A long run without spaces that is not an API name (User.Read.All) could be a value of some kind. */
const VALUE_LIKE = /[A-Za-z0-9_~+/=-]{24,}/;
/** A signed-in account, an address or a handle: someone's name, not the portal's wording. */
const AT_SIGN = /@/;
/**
 * A domain (contoso.onmicrosoft.com, Contoso.com): its last label is lower-case letters, which tells it
 * from Graph permission names (User.Read.All, Application.ReadWrite.OwnedBy).
 */
const DOMAIN = /(?:[\p{L}0-9-]+\.)+[a-z]{2,63}\b/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names a tenant goes by, from what the extension knows of it: the customer's label, its verified
 * domains and their first labels (contoso.onmicrosoft.com → contoso), which names on screen often contain.
 */
export function knownTenantNames(domains: string[], label?: string): string[] {
  const names = new Set<string>(label ? [label.trim()] : []);
  for (const domain of domains) {
    names.add(domain);
    const first = domain.split('.')[0];
    if (first) names.add(first);
  }
  return [...names].filter((name) => name.length > 1);
}

/** Every tenant name replaced wherever it occurs in the name, whatever its case; longest first. */
function withoutTenant(name: string, tenantNames: string[]): string {
  const sorted = [...new Set(tenantNames.filter((t) => t.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return name;
  return name.replace(new RegExp(sorted.map(escapeRegExp).join('|'), 'giu'), '<tenant>');
}

/**
 * The names that may be kept: short, no GUID, no secret, no value-like run, no address or domain; the
 * tenant's names replaced.
 */
export function safeNames(names: string[], tenantNames: string[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    const spaced = raw.replace(/\s+/g, ' ').trim();
    if (AT_SIGN.test(spaced) || DOMAIN.test(spaced)) continue;
    const name = withoutTenant(spaced, tenantNames);
    if (!name || GUID_ANYWHERE.test(name) || SECRET_ANYWHERE.test(name) || VALUE_LIKE.test(name)) continue;
    const short = name.slice(0, MAX_NAME_LENGTH);
    if (!out.includes(short)) out.push(short);
    if (out.length === MAX_NAMES) break;
  }
  return out;
}
