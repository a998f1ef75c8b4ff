// The options page's list listens before it reads: a profile written while the list is on its way is
// not lost, and later changes arrive one profile at a time.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCustomers } from '../../lib/ui/customers-client';
import { generateCustomers } from '../support/customers';

beforeEach(() => {
  fakeBrowser.reset();
});

const profile = (c: ReturnType<typeof generateCustomers>[number]) => ({ ...c, remindersSent: [] });

describe('the options page’s customers', () => {
  it('keeps a change that landed while the list was being read, and follows the ones after', async () => {
    const [a, b, c] = generateCustomers(3).map(profile);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      // The list is read in the background; B is renamed and C imported before the answer arrives.
      const answer = { ok: true, data: { activeId: a!.id, list: [a, b] } };
      await fakeBrowser.storage.local.set({
        [`profile:${b!.id}`]: { ...b, label: 'Renamed' },
        [`profile:${c!.id}`]: c,
      });
      return answer;
    });
    const feed = await loadCustomers();
    expect([...feed.current().byId.values()].map((p) => p.label)).toEqual([a!.label, 'Renamed', c!.label]);

    const seen: string[][] = [];
    feed.follow((customers) => seen.push([...customers.byId.keys()]));
    await fakeBrowser.storage.local.remove(`profile:${a!.id}`);
    expect(seen).toEqual([
      [a!.id, b!.id, c!.id],
      [b!.id, c!.id],
    ]);
  });
});
