// Pre-flight for express setup: may the signed-in admin grant admin consent to Graph application
// permissions? Only Global Administrator and Privileged Role Administrator may (FACTS.md §7). The roles come
// from the `wids` claim of the ID token; a token without the claim tells nothing either way.

export const CONSENT_ROLES = [
  { id: '62e90394-69f5-4237-9190-012177145e10', name: 'Global Administrator' },
  { id: 'e8611ab8-c189-46e8-94e1-60213ab1f814', name: 'Privileged Role Administrator' },
] as const;

export type ConsentRole = (typeof CONSENT_ROLES)[number]['name'];

export type ConsentCapability =
  | { kind: 'can-grant'; role: ConsentRole }
  | { kind: 'cannot-grant' }
  | { kind: 'unknown' };

export function consentCapability(wids: unknown): ConsentCapability {
  if (!Array.isArray(wids)) return { kind: 'unknown' };
  const held = new Set(wids.filter((w): w is string => typeof w === 'string').map((w) => w.toLowerCase()));
  const role = CONSENT_ROLES.find((r) => held.has(r.id));
  return role ? { kind: 'can-grant', role: role.name } : { kind: 'cannot-grant' };
}

/** The link a Global or Privileged Role Administrator opens to grant the app's configured permissions. */
export function adminConsentUrl(tenantId: string, clientId: string): string {
  const url = new URL(`https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/adminconsent`);
  url.searchParams.set('client_id', clientId);
  return url.toString();
}
