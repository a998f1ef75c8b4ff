// Customer profiles in storage: one key per profile, a small index, migration from the old one-item
// layout, switching that loses nothing, imports in one write, deletion with undo, and quiet reminders.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteProfiles, undoDelete } from '../../lib/background/profile-deletion';
import {
  createProfile,
  readProfiles,
  renameProfile,
  switchProfile,
  syncActiveProfile,
} from '../../lib/background/profiles';
import { exportProfiles, importProfilesFile } from '../../lib/background/profiles-file';
import { runReminders } from '../../lib/background/reminders-service';
import { handleMessage } from '../../lib/background/router';
import { read, write } from '../../lib/store';
import { exportFile, generateCustomers } from '../support/customers';
import { currentSecret, guid } from '../support/generated';

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('profile storage layout', () => {
  it('migrates profiles stored the old way (all in one item) without losing any', async () => {
    const [a, b, c] = generateCustomers(3);
    const legacy = {
      activeId: b!.id,
      list: [
        { ...a!, remindersSent: ['x|30d'] },
        { ...b!, remindersSent: [] },
        { ...c!, remindersSent: [], rotation: { startedAt: 5, oldHint: 'old' } },
      ],
    };
    const parked = { credentials: { tenantId: a!.tenantId, clientId: a!.clientId, objectId: guid() } };
    await fakeBrowser.storage.local.set({ profiles: legacy, workspaces: { [a!.id]: parked } });

    expect(await readProfiles()).toEqual({ activeId: b!.id, list: legacy.list });
    const stored = await local();
    expect(stored.profiles).toBeUndefined();
    expect(stored.workspaces).toBeUndefined();
    expect(stored.profileIds).toEqual([a!.id, b!.id, c!.id]);
    expect(stored[`profile:${c!.id}`]).toEqual(legacy.list[2]);
    expect(stored[`workspace:${a!.id}`]).toEqual(parked);

    await switchProfile(a!.id);
    expect(await read('credentials')).toMatchObject(parked.credentials);
  });

  it('changing one customer of a hundred writes that customer and the small index, nothing else', async () => {
    expect(await importProfilesFile(exportFile(generateCustomers(100)))).toMatchObject({ ok: true, added: 100 });
    const { list } = await readProfiles();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await renameProfile(list[50]!.id, 'Renamed');
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0] as object).sort()).toEqual([`profile:${list[50]!.id}`, 'profileIndex']);
  });

  it('imports 2,000 in one write and exports them all again', async () => {
    const customers = generateCustomers(2_000);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await readProfiles();
    set.mockClear();
    expect(await importProfilesFile(exportFile(customers))).toMatchObject({ ok: true, added: 2_000, refused: [] });
    expect(set).toHaveBeenCalledTimes(1);
    const exported = await exportProfiles(0);
    expect(exported.profiles.slice(1)).toEqual(customers);
  });
});

describe('switching customers', () => {
  it('A → B → A with a live and an imported profile: every field of both intact', async () => {
    const [imported] = generateCustomers(1, { prefix: 'imp' });
    await importProfilesFile(exportFile([imported!]));
    const live = (await readProfiles()).activeId;
    const credentials = {
      tenantId: guid(),
      clientId: guid(),
      objectId: guid(),
      secretHint: 'abc',
      secretExpiresAt: imported!.secretExpiresAt,
    };
    const secret = { value: currentSecret(), capturedAt: 1 };
    await write('credentials', credentials);
    await write('secret', secret);
    await write('idemeum', { host: 'live.idemeum.com', userSourceSavedAt: 7 });
    await syncActiveProfile();
    const liveBefore = (await readProfiles()).list.find((p) => p.id === live);

    await switchProfile(imported!.id);
    // The imported profile shows what it knows as soon as it is active.
    expect(await read('credentials')).toEqual({
      tenantId: imported!.tenantId,
      clientId: imported!.clientId,
      secretHint: imported!.secretHint,
      secretExpiresAt: imported!.secretExpiresAt,
    });
    expect(await read('idemeum')).toEqual({ host: imported!.idemeumHost });
    expect(await read('secret')).toBeUndefined();

    await switchProfile(live);
    expect(await read('credentials')).toEqual(credentials);
    expect(await read('secret')).toEqual(secret);
    expect(await read('idemeum')).toEqual({ host: 'live.idemeum.com', userSourceSavedAt: 7 });
    const { list } = await readProfiles();
    expect(list.find((p) => p.id === live)).toEqual(liveBefore);
    expect(list.find((p) => p.id === imported!.id)).toEqual({ ...imported, remindersSent: [] });
  });

  it('a new customer starts empty, and the one left keeps its values', async () => {
    const first = (await readProfiles()).activeId;
    await write('credentials', { tenantId: guid(), clientId: guid() });
    const kept = await read('credentials');
    await createProfile('Second');
    expect(await read('credentials')).toBeUndefined();
    await switchProfile(first);
    expect(await read('credentials')).toEqual(kept);
  });
});

describe('deleting customers', () => {
  it('deletes with undo: the profiles come back where they stood, with their parked state', async () => {
    const customers = generateCustomers(5);
    await importProfilesFile(exportFile(customers));
    await switchProfile(customers[1]!.id);
    await write('credentials', { tenantId: customers[1]!.tenantId, clientId: guid() });
    await switchProfile(customers[3]!.id);
    const before = await readProfiles();

    expect(await deleteProfiles([customers[1]!.id, customers[3]!.id])).toEqual({ ok: true, deleted: 2 });
    const after = await readProfiles();
    expect(after.list.map((p) => p.id)).not.toContain(customers[1]!.id);
    expect(after.list.map((p) => p.id)).not.toContain(customers[3]!.id);
    // The active one went: the most recent one left (the first customer) became active.
    expect(after.activeId).toBe(before.list[0]!.id);

    expect(await undoDelete()).toBe(2);
    const restored = await readProfiles();
    expect(restored.list.map((p) => p.id)).toEqual(before.list.map((p) => p.id));
    await switchProfile(customers[1]!.id);
    expect((await read('credentials'))?.tenantId).toBe(customers[1]!.tenantId);
  });

  it('refuses to delete every customer', async () => {
    const { list } = await readProfiles();
    expect(await deleteProfiles(list.map((p) => p.id))).toMatchObject({ ok: false, error: /At least one/ });
    expect((await readProfiles()).list).toEqual(list);
  });
});

describe('reminders', () => {
  it('an import of 500 with 75 due, sent as the options page does, raises one notification that summarizes', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('');
    const origin = new URL(fakeBrowser.runtime.getURL('/')).origin;
    const fromOptions = { id: fakeBrowser.runtime.id, url: `${origin}/options.html` };
    const text = exportFile(generateCustomers(500, { due: 75 }));
    const reply = await handleMessage({ type: 'profiles.import', text }, fromOptions);
    expect(reply).toMatchObject({ ok: true, data: { added: 500 } });
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0] as unknown as [string, { message: string }];
    expect(id).toBe('reminders');
    expect(options.message).toBe('75 customers’ secrets expire within 13 days. Click to see the list.');
    // Each reminder is marked sent: the next run shows nothing new.
    await runReminders(Date.now());
    expect(create).toHaveBeenCalledTimes(1);
  });
});
