// What a guide-health record may keep of the names on screen (zod-free: the guide in the page uses it
// before sending, the background again before storing).
import { CURRENT_SECRET, GUID } from '../value-shapes';

export const MAX_NAMES = 10;
export const MAX_NAME_LENGTH = 80;

const GUID_ANYWHERE = new RegExp(GUID.source.replace(/^\^|\$$/g, ''), 'i');
const SECRET_ANYWHERE = new RegExp(CURRENT_SECRET.source.replace(/^\^|\$$/g, ''));
/** A long run without spaces that is not an API name (User.Read.All) could be a value of some kind. */
const VALUE_LIKE = /[A-Za-z0-9_~+/=-]{24,}/;
/** A signed-in account or any other address: someone's name, not the portal's wording. */
const EMAIL = /\S+@\S+\.\S+/;

/** The names that may be kept: short, no GUID, no secret, no value-like run; the tenant's name replaced. */
export function safeNames(names: string[], tenantNames: string[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    let name = raw.replace(/\s+/g, ' ').trim();
    for (const tenant of tenantNames) if (tenant.length > 1) name = name.split(tenant).join('<tenant>');
    if (!name || GUID_ANYWHERE.test(name) || SECRET_ANYWHERE.test(name) || VALUE_LIKE.test(name) || EMAIL.test(name))
      continue;
    const short = name.slice(0, MAX_NAME_LENGTH);
    if (!out.includes(short)) out.push(short);
    if (out.length === MAX_NAMES) break;
  }
  return out;
}
