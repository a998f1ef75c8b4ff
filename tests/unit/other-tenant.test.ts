// An app's Overview in another tenant than the active profile's: said before anything is stored, and a new
// profile for that tenant then takes the same capture.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProfileHere } from '../../lib/background/other-tenant';
import { readPublicState } from '../../lib/background/public-state';
import { handleMessage } from '../../lib/background/router';
import { read, write } from '../../lib/store';
import { currentSecret, guid } from '../support/generated';

const url = 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview';
const fromPortal = () => ({
  id: browser.runtime.id,
  url,
  origin: 'https://portal.azure.com',
  tab: { id: 1, url },
  frameId: 0,
});
const capture = (field: string, value: string) => handleMessage({ type: 'capture', field, value }, fromPortal());

describe('another tenant’s app', () => {
  const profileTenant = guid();
  const profileClient = guid();

  beforeEach(async () => {
    fakeBrowser.reset();
    await write('credentials', { tenantId: profileTenant, clientId: profileClient });
    await write('portal', { route: url.split('#')[1] });
  });

  it('is refused before anything is stored, the popup offers a new profile, which then takes it', async () => {
    const otherTenant = guid();
    const otherClient = guid();
    const refused = await capture('tenantId', otherTenant);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^This app is in another directory/) });
    expect(await capture('objectId', guid())).toMatchObject({ ok: false });
    expect(await capture('clientId', otherClient)).toMatchObject({ ok: false });
    expect(await capture('secret', currentSecret())).toMatchObject({ ok: false });
    expect(await read('credentials')).toEqual({ tenantId: profileTenant, clientId: profileClient });
    expect(await read('secret')).toBeUndefined();
    expect((await readPublicState()).portal.otherTenant).toBe(otherTenant);

    await createProfileHere('Tenant x');
    const state = await readPublicState();
    expect(state.portal.otherTenant).toBeUndefined();
    // The guide goes on where the admin is.
    expect(state.portal.route).toBe(url.split('#')[1]);
    expect(await capture('tenantId', otherTenant)).toMatchObject({ ok: true });
    expect(await capture('clientId', otherClient)).toMatchObject({ ok: true });
    expect(await read('credentials')).toMatchObject({ tenantId: otherTenant, clientId: otherClient });
  });

  it('holds up only the tab that showed the other tenant', async () => {
    await capture('tenantId', guid());
    const otherTab = { ...fromPortal(), tab: { id: 2, url } };
    await handleMessage({ type: 'capture', field: 'tenantId', value: profileTenant }, otherTab);
    const secret = currentSecret();
    expect(await handleMessage({ type: 'capture', field: 'secret', value: secret }, otherTab)).toMatchObject({
      ok: true,
    });
    expect((await read('secret'))?.value).toBe(secret);
    expect(await capture('secret', currentSecret())).toMatchObject({ ok: false });
  });

  it('the profile’s own tenant again clears the warning', async () => {
    await capture('tenantId', guid());
    expect((await readPublicState()).portal.otherTenant).toBeDefined();
    expect(await capture('tenantId', profileTenant)).toMatchObject({ ok: true });
    expect((await readPublicState()).portal.otherTenant).toBeUndefined();
  });

  it('stores no client ID or secret from a tab whose directory it has not read, and says why', async () => {
    const unread = /^This tab has not shown the app’s Directory \(tenant\) ID yet/;
    expect(await capture('clientId', guid())).toMatchObject({ ok: false, error: expect.stringMatching(unread) });
    expect(await capture('secret', currentSecret())).toMatchObject({ ok: false, error: expect.stringMatching(unread) });
    expect(await read('credentials')).toEqual({ tenantId: profileTenant, clientId: profileClient });
    expect(await read('secret')).toBeUndefined();

    expect(await capture('tenantId', profileTenant)).toMatchObject({ ok: true });
    const secret = currentSecret();
    expect(await capture('secret', secret)).toMatchObject({ ok: true });
    expect((await read('secret'))?.value).toBe(secret);
  });

  it('a profile without a tenant takes the values of a tab whose directory is read, then that tenant', async () => {
    await write('credentials', {});
    const clientId = guid();
    expect(await capture('clientId', clientId)).toMatchObject({ ok: false });
    const tenantId = guid();
    expect(await capture('tenantId', tenantId)).toMatchObject({ ok: true });
    expect(await capture('clientId', clientId)).toMatchObject({ ok: true });
    expect(await read('credentials')).toMatchObject({ tenantId, clientId });
  });

  it('a deep link straight to the stored app’s secrets (a rotation): that app vouches for the tab’s directory', async () => {
    expect(await capture('clientId', profileClient.toUpperCase())).toMatchObject({ ok: true });
    const secret = currentSecret();
    expect(await capture('secret', secret)).toMatchObject({ ok: true });
    expect((await read('secret'))?.value).toBe(secret);
    expect(await read('credentials')).toMatchObject({ tenantId: profileTenant, clientId: profileClient });
  });
});
