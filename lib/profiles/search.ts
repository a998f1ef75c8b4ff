// Finding a customer among thousands: by name, domain, tenant ID or console host, recent ones first,
// and never more than a screenful of results.
import type { CustomerEntry, Profile } from './profile';
import { needsAttention } from './reminders';

export const toEntry = ({ id, label, domain, tenantId, idemeumHost }: Profile): CustomerEntry => ({
  id,
  label,
  domain,
  tenantId,
  idemeumHost,
});

/** How well a profile matches: lower is better; undefined when it does not match at all. */
function rank(p: Profile, q: string): number | undefined {
  const label = p.label.toLowerCase();
  if (label.startsWith(q)) return 0;
  if (p.domain?.toLowerCase().startsWith(q) || p.tenantId?.toLowerCase().startsWith(q)) return 1;
  if (label.includes(q)) return 2;
  const others = [p.domain, p.idemeumHost, p.tenantId, p.clientId];
  return others.some((v) => v?.toLowerCase().includes(q)) ? 3 : undefined;
}

/**
 * The customers matching `query` (all of them when it is empty), the recently used first within the same
 * rank, then by name; at most `limit`, with the number there are in all.
 */
export function searchCustomers(
  profiles: readonly Profile[],
  recent: readonly string[],
  query: string,
  limit: number,
): { matches: CustomerEntry[]; total: number } {
  const q = query.trim().toLowerCase();
  const recency = new Map(recent.map((id, i) => [id, i]));
  const found: { p: Profile; rank: number; recent: number }[] = [];
  for (const p of profiles) {
    const r = q ? rank(p, q) : 0;
    if (r !== undefined) found.push({ p, rank: r, recent: recency.get(p.id) ?? Number.POSITIVE_INFINITY });
  }
  found.sort((a, b) => a.rank - b.rank || a.recent - b.recent || a.p.label.localeCompare(b.p.label));
  return { matches: found.slice(0, limit).map((f) => toEntry(f.p)), total: found.length };
}

export type CustomerSort = 'name' | 'expiry' | 'lastCheck';

/**
 * The options page's list: filtered by the same rules as the picker, sorted by name, by the secret's
 * expiry (soonest first, none last) or by the last check (oldest or never first).
 */
export function listCustomers(
  profiles: Iterable<Profile>,
  filter: { query: string; attentionOnly: boolean; now: number },
  sort: CustomerSort,
): Profile[] {
  const q = filter.query.trim().toLowerCase();
  const shown = [...profiles].filter(
    (p) => (!q || rank(p, q) !== undefined) && (!filter.attentionOnly || needsAttention(p.secretExpiresAt, filter.now)),
  );
  const byName = (a: Profile, b: Profile) => a.label.localeCompare(b.label);
  const key: Record<CustomerSort, (p: Profile) => number> = {
    name: () => 0,
    expiry: (p) => (p.secretExpiresAt ? Date.parse(p.secretExpiresAt) : Number.POSITIVE_INFINITY),
    lastCheck: (p) => p.lastCheck?.at ?? Number.NEGATIVE_INFINITY,
  };
  const k = key[sort];
  return shown
    .map((p) => ({ p, k: k(p) }))
    .sort((a, b) => (a.k === b.k ? byName(a.p, b.p) : a.k - b.k))
    .map((x) => x.p);
}
