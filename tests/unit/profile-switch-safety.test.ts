// Switching customers writes several storage items: a switch cut short after any of those writes (a
// failed write, a worker that died) must leave each customer's IDs and secret with that customer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readProfiles, switchProfile, syncActiveProfile } from '../../lib/background/profiles';
import { importProfilesFile } from '../../lib/background/profiles-file';
import { read, readWorkspace, write } from '../../lib/store';
import { exportFile, generateCustomers } from '../support/customers';
import { currentSecret, guid } from '../support/generated';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const writers = [
  [fakeBrowser.storage.local, 'set'],
  [fakeBrowser.storage.local, 'remove'],
  [fakeBrowser.storage.session, 'set'],
  [fakeBrowser.storage.session, 'remove'],
] as const;

/** Counts every storage write from now on; the `failAt`-th one (0-based) fails, as a dying worker would. */
function watchWrites(failAt = -1): { count: () => number } {
  let n = 0;
  for (const [area, method] of writers) {
    const original = area[method].bind(area) as (arg: unknown) => Promise<void>;
    const fallible = async (arg: unknown) => {
      if (n++ === failAt) throw new Error('storage write failed');
      return original(arg);
    };
    vi.spyOn(area, method).mockImplementation(fallible as never);
  }
  return { count: () => n };
}

/** A (live, with its secret) is active; B was imported, visited, given its own secret and left again. */
async function twoCustomers(bId?: string) {
  const [generated] = generateCustomers(1, { prefix: 'b' });
  const b = { ...generated!, id: bId ?? generated!.id };
  await importProfilesFile(exportFile([b]));
  const a = (await readProfiles()).activeId;
  const aCredentials = { tenantId: guid(), clientId: guid(), secretHint: 'aaa' };
  const aSecret = { value: currentSecret(), capturedAt: 1 };
  const bSecret = { value: currentSecret(), capturedAt: 2 };
  await write('credentials', aCredentials);
  await write('secret', aSecret);
  await syncActiveProfile();
  await switchProfile(b!.id);
  await write('secret', bSecret);
  await switchProfile(a);
  return { a, b, aCredentials, aSecret, bSecret };
}

describe('a switch cut short', () => {
  it('after any of its writes, leaves each customer with its own IDs and secret', async () => {
    await twoCustomers();
    const probe = watchWrites();
    await switchProfile((await readProfiles()).list[1]!.id);
    const writes = probe.count();
    expect(writes).toBeGreaterThan(1);

    for (let failAt = 0; failAt < writes; failAt++) {
      fakeBrowser.reset();
      vi.restoreAllMocks();
      const { a, b, aCredentials, aSecret, bSecret } = await twoCustomers();
      watchWrites(failAt);
      await expect(switchProfile(b.id)).rejects.toThrow();
      vi.restoreAllMocks();
      await syncActiveProfile();

      const { activeId, list } = await readProfiles();
      const parked = Object.fromEntries((await read('parkedSecrets')) ?? []);
      const secret = await read('secret');
      const where = `write ${failAt} failed`;
      if (activeId === a) {
        expect(await read('credentials'), where).toMatchObject(aCredentials);
        expect([aSecret, undefined], where).toContainEqual(secret);
        expect([secret, parked[a]], where).toContainEqual(aSecret);
        expect(parked[b.id], where).toEqual(bSecret);
      } else {
        expect(activeId, where).toBe(b.id);
        expect(await read('credentials'), where).toMatchObject({ tenantId: b.tenantId, clientId: b.clientId });
        expect([bSecret, undefined], where).toContainEqual(secret);
        expect([secret, parked[b.id]], where).toContainEqual(bSecret);
        expect(parked[a], where).toEqual(aSecret);
        expect((await readWorkspace(a))?.credentials, where).toMatchObject(aCredentials);
      }
      expect(
        list.find((p) => p.id === a),
        where,
      ).toMatchObject(aCredentials);
      expect(
        list.find((p) => p.id === b.id),
        where,
      ).toMatchObject({ tenantId: b.tenantId, clientId: b.clientId });

      // Trying again completes the switch, with B's own secret.
      await switchProfile(b.id);
      expect(await read('secret'), where).toEqual(bSecret);
      await switchProfile(a);
      expect(await read('secret'), where).toEqual(aSecret);
      expect(await read('credentials'), where).toMatchObject(aCredentials);
    }
  });
});

describe('profile ids', () => {
  it.each(['a b', 'x"y', 'ä', '', 'a'.repeat(65)])('an imported id %j is refused', async (id) => {
    const [c] = generateCustomers(1);
    const result = await importProfilesFile(exportFile([{ ...c!, id }]));
    expect(result).toMatchObject({
      ok: true,
      added: 0,
      refused: [{ entry: 1, reason: expect.stringMatching(/^id: /) }],
    });
    expect((await readProfiles()).list.map((p) => p.id)).not.toContain(id);
  });

  it.each(['__proto__', 'constructor', 'Customer_01-x'])(
    'a customer with the id %j keeps its secret across switches',
    async (id) => {
      const { a, b, aSecret, bSecret } = await twoCustomers(id);
      expect(b.id).toBe(id);
      expect((await read('parkedSecrets'))?.find(([parkedId]) => parkedId === id)?.[1]).toEqual(bSecret);
      await switchProfile(id);
      expect((await readProfiles()).activeId).toBe(id);
      expect(await read('secret')).toEqual(bSecret);
      expect(await read('credentials')).toMatchObject({ tenantId: b.tenantId, clientId: b.clientId });
      await switchProfile(a);
      expect(await read('secret')).toEqual(aSecret);
    },
  );
});
