// What express setup hands the background lands in the same store as a capture, and never overwrites
// another customer's work in progress.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptExpressResult } from '../../lib/background/express-result';
import { readProfiles, switchProfile } from '../../lib/background/profiles';
import { read, write } from '../../lib/store';
import { currentSecret, guid } from '../support/generated';

const expiresAt = '2028-11-25T12:00:00.000Z';

/** `secret: null` when express added none (the extension already held one). */
function result(tenantId: string, clientId = guid(), secret: string | null = currentSecret()) {
  return {
    type: 'express.result' as const,
    tenantId,
    tenantName: 'Fabrikam',
    clientId,
    objectId: guid(),
    secret: secret === null ? undefined : { value: secret, expiresAt },
    consentGranted: true,
  };
}

describe('express result', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('sets the three values, the secret in session storage only, and marks consent as just granted', async () => {
    const r = result(guid());
    await acceptExpressResult(r, 1_000);
    expect(await read('credentials')).toMatchObject({
      tenantId: r.tenantId,
      clientId: r.clientId,
      objectId: r.objectId,
      secretHint: r.secret?.value.slice(0, 3),
      secretExpiresAt: expiresAt,
    });
    expect((await read('secret'))?.value).toBe(r.secret?.value);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(r.secret?.value);
    expect((await read('portal'))?.consentObservedAt).toBe(1_000);
    expect((await read('credentials'))?.createdAt).toBe(1_000);
  });

  it('drops the permission rows the portal showed for whatever app it showed', async () => {
    await write('portal', { permissions: [{ name: 'User.Read', type: 'Delegated', granted: false }] });
    await acceptExpressResult(result(guid()), 1_000);
    expect((await read('portal'))?.permissions).toBeUndefined();
  });

  it('another tenant gets a new profile named after it; the first customer is parked, secret included', async () => {
    const first = result(guid());
    await acceptExpressResult(first, 1_000);
    const second = result(guid());
    await acceptExpressResult(second, 2_000);
    const profiles = await readProfiles();
    expect(profiles.list).toHaveLength(2);
    expect(profiles.list.find((p) => p.id === profiles.activeId)?.label).toBe('Fabrikam');
    expect((await read('credentials'))?.tenantId).toBe(second.tenantId);
    const firstProfile = profiles.list.find((p) => p.id !== profiles.activeId)!;
    await switchProfile(firstProfile.id);
    expect((await read('credentials'))?.clientId).toBe(first.clientId);
    expect((await read('secret'))?.value).toBe(first.secret?.value);
  });

  it('the same tenant and app again (no new secret): keeps the secret it already holds', async () => {
    const first = result(guid());
    await acceptExpressResult(first, 1_000);
    await acceptExpressResult({ ...result(first.tenantId, first.clientId, null), objectId: first.objectId }, 2_000);
    expect((await readProfiles()).list).toHaveLength(1);
    expect((await read('secret'))?.value).toBe(first.secret?.value);
  });

  it('another app in the same tenant replaces the values and drops the old app’s secret', async () => {
    const first = result(guid());
    await write('credentials', { tenantId: first.tenantId });
    await acceptExpressResult(first, 1_000);
    const other = result(first.tenantId, guid(), null);
    await acceptExpressResult(other, 2_000);
    const credentials = await read('credentials');
    expect(credentials?.clientId).toBe(other.clientId);
    expect(credentials?.secretHint).toBeUndefined();
    expect(await read('secret')).toBeUndefined();
  });

  it('bad input changes nothing, not even the active profile: a Secret ID as the secret is refused', async () => {
    const first = result(guid());
    await acceptExpressResult(first, 1_000);
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const refused = await acceptExpressResult({ ...result(guid()), secret: { value: guid(), expiresAt } }, 2_000);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/Secret ID/) });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
    expect((await read('secret'))?.value).toBe(first.secret?.value);
  });
});
