// A customer's parked working state is authoritative: what was forgotten or replaced stays so across
// switches; an import updates it; a slow re-check and a deletion change only what they own.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptValue, forgetCredentials } from '../../lib/background/credential-updates';
import { deleteProfiles, undoDelete } from '../../lib/background/profile-deletion';
import {
  createProfile,
  readProfiles,
  recordCheck,
  switchProfile,
  syncActiveProfile,
} from '../../lib/background/profiles';
import { importProfilesFile } from '../../lib/background/profiles-file';
import { recheckAll } from '../../lib/background/recheck-all';
import type { CheckResult } from '../../lib/entra/check-result';
import { read, readWorkspace, write } from '../../lib/store';
import { exportFile, generateCustomers } from '../support/customers';
import { currentSecret, guid } from '../support/generated';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** The live customer A (active) and an imported B that was never visited. */
async function liveAndImported() {
  const [b] = generateCustomers(1, { prefix: 'b' });
  await importProfilesFile(exportFile([b!]));
  return { a: (await readProfiles()).activeId, b: b! };
}

const profileOf = async (id: string) => (await readProfiles()).list.find((p) => p.id === id);

function checkResult(tenantId: string, clientId: string): CheckResult {
  return {
    verdict: 'passed',
    permissions: [],
    extras: [],
    domains: [],
    groups: [],
    requestCount: 4,
    checkedAt: 5,
    checkedFor: { tenantId, clientId, secretHint: 'abc' },
  };
}

describe('a parked working state is authoritative', () => {
  it('"Forget credentials", then A → B → A: nothing forgotten comes back', async () => {
    const { a, b } = await liveAndImported();
    await switchProfile(b.id);
    await forgetCredentials();
    await syncActiveProfile();
    await switchProfile(a);
    await switchProfile(b.id);
    expect(await read('credentials')).toBeUndefined();
    expect(await profileOf(b.id)).toMatchObject({
      tenantId: undefined,
      clientId: undefined,
      secretHint: undefined,
      secretExpiresAt: undefined,
      domain: undefined,
    });
  });

  it('another app captured: a switch back shows its client ID without the old secret’s hint and expiry', async () => {
    const { a, b } = await liveAndImported();
    await switchProfile(b.id);
    const otherClient = guid();
    expect(await acceptValue('clientId', otherClient, 10, 'page')).toMatchObject({ ok: true, changed: true });
    await syncActiveProfile();
    await switchProfile(a);
    await switchProfile(b.id);
    expect(await read('credentials')).toEqual({ tenantId: b.tenantId, clientId: otherClient, updatedAt: 10 });
    expect(await profileOf(b.id)).toMatchObject({ clientId: otherClient, secretHint: undefined });
  });

  it('an import correcting a parked customer’s client ID is what the next visit shows', async () => {
    const { a, b } = await liveAndImported();
    await switchProfile(b.id);
    await write('secret', { value: currentSecret(), capturedAt: 1 });
    await switchProfile(a);
    const corrected = guid();
    await importProfilesFile(exportFile([{ ...b, clientId: corrected, secretHint: 'xyz' }]));
    await switchProfile(b.id);
    expect(await read('credentials')).toMatchObject({ tenantId: b.tenantId, clientId: corrected, secretHint: 'xyz' });
    expect(await profileOf(b.id)).toMatchObject({ clientId: corrected, secretHint: 'xyz' });
  });

  it('an import into the active customer puts in the values the file carries, keeps the others', async () => {
    const { activeId } = await readProfiles();
    const objectId = guid();
    await write('credentials', { clientId: guid(), objectId });
    const [file] = generateCustomers(1);
    await importProfilesFile(exportFile([{ ...file!, id: activeId }]));
    expect(await read('credentials')).toEqual({
      tenantId: file!.tenantId,
      clientId: file!.clientId,
      objectId,
      secretHint: file!.secretHint,
      secretExpiresAt: file!.secretExpiresAt,
    });
    expect(await read('idemeum')).toEqual({ host: file!.idemeumHost });
  });
});

describe('a re-check of an inactive customer', () => {
  it('changes only its result: what a visit meanwhile recorded stays', async () => {
    const { a, b } = await liveAndImported();
    // The re-check read B's parked state (never visited: none) and started; meanwhile B was visited.
    await switchProfile(b.id);
    await write('idemeum', { host: b.idemeumHost, userSourceSavedAt: 42 });
    await switchProfile(a);
    expect(
      await recordCheck(b.id, checkResult(b.tenantId, b.clientId), { tenantId: b.tenantId, clientId: b.clientId }),
    ).toBe(true);
    const parked = await readWorkspace(b.id);
    expect(parked?.idemeum).toEqual({ host: b.idemeumHost, userSourceSavedAt: 42 });
    expect(parked?.credentials).toMatchObject({ tenantId: b.tenantId, clientId: b.clientId });
    expect(parked?.check?.result?.verdict).toBe('passed');
  });

  it('is dropped when the customer holds other IDs by the time it ends', async () => {
    const { a, b } = await liveAndImported();
    await switchProfile(b.id);
    await acceptValue('clientId', guid(), 10, 'page');
    await switchProfile(a);
    const before = await readWorkspace(b.id);
    expect(
      await recordCheck(b.id, checkResult(b.tenantId, b.clientId), { tenantId: b.tenantId, clientId: b.clientId }),
    ).toBe(false);
    expect(await readWorkspace(b.id)).toEqual(before);
    expect((await profileOf(b.id))?.lastCheck).toBeUndefined();
  });
});

describe('re-check all', () => {
  it('says a customer with its secret but without IDs is missing them, not that its secret is absent', async () => {
    vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateSessionRules').mockResolvedValue();
    const { a } = await liveAndImported();
    const b = await createProfile('No IDs yet');
    await write('secret', { value: currentSecret(), capturedAt: 1 });
    await switchProfile(a);
    expect(await recheckAll([b])).toEqual({ checked: [], skipped: 0, missingIds: 1, changed: 0 });
  });
});

describe('deleting customers', () => {
  it('a deletion during a switch keeps the parked secret of the customer left', async () => {
    const { a, b } = await liveAndImported();
    const [c] = generateCustomers(1, { prefix: 'c' });
    await importProfilesFile(exportFile([c!]));
    const aSecret = { value: currentSecret(), capturedAt: 1 };
    await write('secret', aSecret);
    await Promise.all([switchProfile(b.id), deleteProfiles([c!.id])]);
    expect(new Map(await read('parkedSecrets')).get(a)).toEqual(aSecret);
    await switchProfile(a);
    expect(await read('secret')).toEqual(aSecret);
  });

  it('keeps no secret for its undo: the customer comes back without it', async () => {
    const { a, b } = await liveAndImported();
    await switchProfile(b.id);
    const bSecret = { value: currentSecret(), capturedAt: 1 };
    await write('secret', bSecret);
    await switchProfile(a);
    await deleteProfiles([b.id]);
    const session = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(session).not.toContain(bSecret.value);
    expect(await undoDelete()).toBe(1);
    await switchProfile(b.id);
    expect(await read('secret')).toBeUndefined();
    expect(await read('credentials')).toMatchObject({ tenantId: b.tenantId, clientId: b.clientId });
  });
});
