// Many customers and the secret's whole life, in the real browser: two profiles side by side, an
// expiring secret raising its reminder, and a full rotation ending with idemeum on the new secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idemeumConsoleRecords } from '../sandbox/idemeum/console';
import { appWithPermissions } from '../sandbox/scenarios';
import { badgeText, consoleScriptReady, message, runCheck, setCredentials, state, tabIdOf } from './extension-api';
import { type Harness, launch } from './harness';
import { bladeFrame, highlightedStep } from './portal-steps';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

interface ProfilesView {
  activeId: string;
  list: {
    id: string;
    label: string;
    clientId?: string;
    domain?: string;
    lastCheck?: { verdict: string };
    rotation?: object;
  }[];
}
const profiles = async () => (await message<ProfilesView>(h, { type: 'profiles.list' })).data!;
const active = async () => {
  const p = await profiles();
  return p.list.find((x) => x.id === p.activeId)!;
};

describe('customer profiles', () => {
  it('keeps two customers side by side: switching switches the values, the check and the checklist', async () => {
    const world = h.sandbox.state;
    const contoso = appWithPermissions(world, { name: 'idemeum', consent: true });
    const fabrikamTenant = world.createTenant('Fabrikam');
    const fabrikam = appWithPermissions(world, { name: 'idemeum', consent: true, tenantId: fabrikamTenant.id });

    await setCredentials(h, {
      tenantId: contoso.tenantId,
      clientId: contoso.app.appId,
      secret: contoso.secret.secretText,
    });
    await runCheck(h);
    const first = await active();
    await expect.poll(async () => (await active()).domain, { timeout: 10_000 }).toBe('contoso.example');

    expect((await message(h, { type: 'profiles.create', label: 'Fabrikam' })).ok).toBe(true);
    expect((await state(h)).credentials).toEqual({});
    await setCredentials(h, {
      tenantId: fabrikam.tenantId,
      clientId: fabrikam.app.appId,
      secret: fabrikam.secret.secretText,
    });
    expect((await runCheck(h)).verdict).toBe('passed');
    await expect.poll(async () => (await active()).domain, { timeout: 10_000 }).toBe('fabrikam.example');

    await message(h, { type: 'profiles.switch', id: first.id });
    const back = await state(h);
    expect(back.credentials).toMatchObject({ tenantId: contoso.tenantId, clientId: contoso.app.appId });
    expect(back.credentials.secret?.masked).toBe(`${contoso.secret.hint}••••••••`);
    expect(back.check.result?.verdict).toBe('passed');

    const all = await message(h, { type: 'profiles.recheckAll' });
    expect(all.data).toEqual({
      checked: [
        { label: 'Customer 1', verdict: 'passed' },
        { label: 'Fabrikam', verdict: 'passed' },
      ],
      skipped: 0,
      missingIds: 0,
      changed: 0,
    });
    const list = (await profiles()).list;
    expect(list.map((p) => [p.label, p.clientId, p.lastCheck?.verdict])).toEqual([
      ['Customer 1', contoso.app.appId, 'passed'],
      ['Fabrikam', fabrikam.app.appId, 'passed'],
    ]);
  });

  it('exports without secrets and refuses a bad import with a reason, losing nothing', async () => {
    const exported = await message<{ profiles: object[] }>(h, { type: 'profiles.export' });
    const text = JSON.stringify(exported.data);
    expect(text).not.toMatch(/Q~/);
    const before = await profiles();
    const bad = await message(h, { type: 'profiles.import', text: '{"format":"nope"}' });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was imported\.$/) });
    expect(await profiles()).toEqual(before);
  });

  it('an expiring secret raises its reminder and marks the badge', async () => {
    const expiresAt = new Date(Date.now() + 10 * 86_400_000 + 3_600_000).toISOString();
    const file = JSON.stringify({
      format: 'idemeum-entra-assist/profiles@1',
      exportedAt: new Date().toISOString(),
      profiles: [{ id: 'northwind', label: 'Northwind', secretExpiresAt: expiresAt, secretHint: 'nw1' }],
    });
    expect(await message(h, { type: 'profiles.import', text: file })).toMatchObject({ ok: true, data: { added: 1 } });
    const sw = await h.worker();
    const notifications = await sw.evaluate(() =>
      (
        globalThis as unknown as { chrome: { notifications: { getAll: () => Promise<Record<string, boolean>> } } }
      ).chrome.notifications.getAll(),
    );
    expect(Object.keys(notifications)).toContain('rotate:northwind');
    const badge = await badgeText(h);
    expect(badge).toBe('10d');
  });

  it('rotates a secret: new secret, checked, both idemeum forms, and only then the old one may go', async () => {
    const world = h.sandbox.state;
    const p = await profiles();
    const contosoProfile = p.list.find((x) => x.label === 'Customer 1')!;
    await message(h, { type: 'profiles.switch', id: contosoProfile.id });
    const app = world.applicationByAppId(world.portalTenantId, contosoProfile.clientId!)!;
    const oldSecret = app.passwordCredentials[0]!;

    expect((await message(h, { type: 'rotation.start', id: contosoProfile.id })).ok).toBe(true);
    expect((await state(h)).credentials.secret).toBeUndefined();

    const portal = await h.context.newPage();
    await portal.goto(
      `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${app.appId}/objectId/${app.id}/isMSAApp~/false`,
    );
    await expect
      .poll(() => highlightedStep(portal), { timeout: 15_000 })
      .toEqual({ step: 'portal.new-client-secret', frame: 'blade' });
    const blade = bladeFrame(portal);
    await blade.getByRole('button', { name: 'New client secret' }).click();
    await blade.getByLabel('Expires').selectOption({ label: '730 days (24 months)' });
    await blade.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => app.passwordCredentials.length, { timeout: 10_000 }).toBe(2);
    const newSecret = app.passwordCredentials[1]!;
    await expect
      .poll(async () => (await state(h)).credentials.secret?.masked, { timeout: 15_000 })
      .toBe(`${newSecret.hint}••••••••`);
    await expect.poll(async () => (await state(h)).check.result?.verdict, { timeout: 15_000 }).toBe('passed');

    const host = 'rotate.idemeum.com';
    const console = await h.context.newPage();
    const userSource = `https://${host}/adminportal/users/user-source`;
    await console.goto(userSource);
    await console.getByRole('combobox', { name: 'User source' }).waitFor();
    await consoleScriptReady(console);
    expect(
      await message(h, {
        type: 'fill.request',
        form: 'userSource',
        tabId: await tabIdOf(h, userSource),
        url: userSource,
        anyway: false,
      }),
    ).toEqual({ ok: true });
    await console.getByRole('button', { name: 'Save', exact: true }).click();
    await console.getByRole('status').filter({ hasText: 'User source saved', visible: true }).first().waitFor();
    const savedAt = async () =>
      (await message<{ idemeum?: { userSourceSavedAt?: number } }>(h, { type: 'state.get' })).data?.idemeum;
    await expect.poll(async () => (await savedAt())?.userSourceSavedAt ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    await console.goto(`https://${host}/adminportal/applications`);
    await console.getByRole('button', { name: 'Add application' }).click();
    await console.getByRole('button', { name: /^Managed password app/ }).click();
    await console.getByRole('textbox', { name: 'Name' }).fill('Entra ID JIT');
    await consoleScriptReady(console);
    const jitUrl = console.url();
    expect(
      await message(h, {
        type: 'fill.request',
        form: 'jit',
        tabId: await tabIdOf(h, jitUrl),
        url: jitUrl,
        anyway: false,
      }),
    ).toEqual({ ok: true });
    await console.getByRole('button', { name: 'Validate' }).click();
    // The extension suggests the tenant's default domain once Validate reveals the field.
    await expect
      .poll(() => console.getByRole('combobox', { name: 'Provisioning domain' }).inputValue(), { timeout: 10_000 })
      .toBe('contoso.example');
    await console.getByRole('button', { name: 'Save', exact: true }).click();
    await console.getByRole('status').filter({ hasText: 'Application saved', visible: true }).first().waitFor();

    const records = idemeumConsoleRecords(world).get(host)!;
    expect(records.userSource?.entra?.clientSecret).toBe(newSecret.secretText);
    expect(records.passwordApps.at(-1)?.entra?.clientSecret).toBe(newSecret.secretText);
    // The old secret is still there: the extension never deletes it, and says when the admin may.
    expect(app.passwordCredentials.map((c) => c.keyId)).toContain(oldSecret.keyId);
    const popup = await h.openExtensionPage('popup.html');
    await popup.waitForSelector('html[data-ready="true"]');
    await expect
      .poll(
        async () => {
          await popup.reload();
          return popup.getByRole('button', { name: 'I deleted the old secret' }).count();
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    expect(await popup.getByText(new RegExp(`Delete the old one \\(${oldSecret.hint}…\\)`)).count()).toBe(1);
    await popup.getByRole('button', { name: 'I deleted the old secret' }).click();
    await expect.poll(async () => (await active()).rotation).toBeUndefined();
  });
});
