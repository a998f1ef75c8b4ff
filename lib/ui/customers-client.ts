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

/** What storage changes say about the profiles; undefined when they say nothing about them. */
export function applyChanges(
  current: Customers,
  changes: Record<string, { newValue?: unknown }>,
): Customers | undefined {
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

export async function fetchCustomers(): Promise<Customers> {
  const reply = await send({ type: 'profiles.list' });
  const data = reply.ok ? (reply.data as { activeId: string; list: Profile[] }) : { activeId: '', list: [] };
  return { activeId: data.activeId, byId: new Map(data.list.map((p) => [p.id, p])) };
}

export function useCustomers(initial: Customers): Customers {
  const [customers, setCustomers] = useState(initial);
  useEffect(() => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      setCustomers((current) => applyChanges(current, changes) ?? current);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return customers;
}
