// The options page's customer list: read once, then kept current from storage changes one profile at a
// time (an import of thousands arrives as one change), never by asking for the whole list again.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Profile, ProfileIndex } from '../profiles/profile';
import { send } from '../send';

export interface Customers {
  activeId: string;
  byId: Map<string, Profile>;
}

const PROFILE_KEY = 'profile:';

type Changes = Record<string, { newValue?: unknown }>;

/** What storage changes say about the profiles; undefined when they say nothing about them. */
export function applyChanges(current: Customers, changes: Changes): Customers | undefined {
  let byId: Map<string, Profile> | undefined;
  let activeId = current.activeId;
  for (const [key, change] of Object.entries(changes)) {
    if (key === 'profileIndex') {
      const index = ProfileIndex.safeParse(change.newValue);
      if (index.success) activeId = index.data.activeId;
      continue;
    }
    if (!key.startsWith(PROFILE_KEY)) continue;
    byId ??= new Map(current.byId);
    const id = key.slice(PROFILE_KEY.length);
    const parsed = Profile.safeParse(change.newValue);
    if (parsed.success) byId.set(id, parsed.data);
    else byId.delete(id);
  }
  return byId || activeId !== current.activeId ? { activeId, byId: byId ?? current.byId } : undefined;
}

async function fetchCustomers(): Promise<Customers> {
  const reply = await send({ type: 'profiles.list' });
  const data = reply.ok ? (reply.data as { activeId: string; list: Profile[] }) : { activeId: '', list: [] };
  return { activeId: data.activeId, byId: new Map(data.list.map((p) => [p.id, p])) };
}

export interface CustomersFeed {
  current: () => Customers;
  /** Calls `listener` now and with every change; returns the unsubscribe. */
  follow: (listener: (c: Customers) => void) => () => void;
}

/**
 * Reads the customers and keeps them current. It listens before it reads: the changes that land while the
 * list is on its way are replayed on it in order, so the newest value of every profile wins.
 */
export async function loadCustomers(): Promise<CustomersFeed> {
  let current: Customers | undefined;
  const pending: Changes[] = [];
  const listeners = new Set<(c: Customers) => void>();
  browser.storage.onChanged.addListener((changes: Changes, area: string) => {
    if (area !== 'local') return;
    if (!current) {
      pending.push(changes);
      return;
    }
    const next = applyChanges(current, changes);
    if (!next) return;
    current = next;
    for (const listener of listeners) listener(next);
  });
  const fetched = await fetchCustomers();
  current = pending.reduce((c, changes) => applyChanges(c, changes) ?? c, fetched);
  return {
    current: () => current as Customers,
    follow: (listener) => {
      listeners.add(listener);
      listener(current as Customers);
      return () => void listeners.delete(listener);
    },
  };
}

export function useCustomers(feed: CustomersFeed): Customers {
  const [customers, setCustomers] = useState(feed.current);
  useEffect(() => feed.follow(setCustomers), [feed]);
  return customers;
}
