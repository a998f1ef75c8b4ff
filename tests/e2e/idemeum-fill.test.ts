// Filling idemeum's two forms in the console replica from the checked values, and every refusal the
// safety rules call for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idemeumConsoleRecords } from '../sandbox/idemeum/console';
import { appWithPermissions, type Scenario } from '../sandbox/scenarios';
import { consoleScriptReady, message, runCheck, setCredentials, state, tabIdOf } from './extension-api';
import { type Harness, launch } from './harness';

let h: Harness;
let s: Scenario;
beforeAll(async () => {
  h = await launch();
  s = appWithPermissions(h.sandbox.state, { name: 'idemeum', consent: true });
  await setCredentials(h, { tenantId: s.tenantId, clientId: s.app.appId, secret: s.secret.secretText });
  expect((await runCheck(h)).verdict).toBe('passed');
});
afterAll(async () => {
  await h?.close();
});

const fillRequest = async (form: 'userSource' | 'jit', url: string, tabUrl = url) =>
  message(h, { type: 'fill.request', form, tabId: await tabIdOf(h, tabUrl), url, anyway: false });

const records = (host: string) => idemeumConsoleRecords(h.sandbox.state).get(host);

describe.each([
  ['acme.idemeum.com', 'current'],
  ['classic-msp.idemeum.com', 'older'],
])('idemeum console %s (%s wording)', (host) => {
  it('fills and saves the user source: values reach the console’s own state, not just the DOM', async () => {
    const page = await h.context.newPage();
    const url = `https://${host}/adminportal/users/user-source`;
    await page.goto(url);
    await page.getByRole('combobox', { name: 'User source' }).waitFor();
    await consoleScriptReady(page);
    const savedBefore = (await state(h)).idemeum?.userSourceSavedAt ?? 0;
    expect(await fillRequest('userSource', url)).toEqual({ ok: true });
    await expect
      .poll(() => page.getByRole('combobox', { name: 'User source' }).inputValue())
      .toMatch(/^(entraid|azuread)$/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => records(host)?.userSource?.entra, { timeout: 10_000 })
      .toMatchObject({
        directoryTenantId: s.tenantId,
        applicationClientId: s.app.appId,
        onboardingDomain: 'contoso.example',
      });
    expect(records(host)?.userSource?.entra?.clientSecret).toBe(s.secret.secretText);
    // Saved on this console, now (the other console's earlier save does not count).
    await expect
      .poll(async () => (await state(h)).idemeum?.userSourceSavedAt ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(savedBefore);
    expect((await state(h)).idemeum?.host).toBe(host);
    await page.close();
  });

  it('fills the Managed password app, Validate succeeds against Entra, the default domain is suggested, Save', async () => {
    const page = await h.context.newPage();
    await page.goto(`https://${host}/adminportal/applications`);
    await page.getByRole('button', { name: 'Add application' }).click();
    await page.getByRole('button', { name: /^Managed password app/ }).click();
    await page.getByRole('textbox', { name: /^(Name|Application name)$/ }).fill('Entra ID JIT');
    await consoleScriptReady(page);
    const url = page.url();
    expect(await fillRequest('jit', url)).toEqual({ ok: true });
    await page.getByRole('button', { name: 'Validate' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Credentials validated' }).first().waitFor({ timeout: 10_000 }),
    ).resolves.toBeUndefined();
    const domain = page.getByRole('combobox', { name: /^(Provisioning domain|Domain for technician accounts)$/ });
    await expect.poll(() => domain.inputValue(), { timeout: 5_000 }).toBe('contoso.example');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => records(host)?.passwordApps.at(-1)?.entra, { timeout: 10_000 })
      .toMatchObject({
        directoryTenantId: s.tenantId,
        applicationClientId: s.app.appId,
        provisioningDomain: 'contoso.example',
      });
    expect(records(host)?.validations.at(-1)).toMatchObject({ ok: true });
    await page.close();
  });
});

describe('refusals', () => {
  it('refuses http, lookalike hosts and punycode lookalikes: nothing is sent', async () => {
    for (const url of [
      'http://refuse.idemeum.com/adminportal/users/user-source',
      'https://refuse.idemeum.com.attacker.test/adminportal/users/user-source',
      'https://refuse.xn--idemeu-w2a.com/adminportal/users/user-source',
    ]) {
      const page = await h.context.newPage();
      await page.goto(url);
      await page.getByRole('combobox', { name: 'User source' }).waitFor();
      const reply = await fillRequest('userSource', url);
      expect(reply, url).toMatchObject({ ok: false, error: expect.stringMatching(/^Open your idemeum admin console/) });
      expect(await page.getByLabel(/Directory \(tenant\) ID|Tenant ID/).count()).toBe(0);
      expect(await page.locator('idemeum-entra-assist').count()).toBe(0);
      await page.close();
    }
  });

  it('refuses after the tab navigated away from the URL the fill was asked for', async () => {
    const page = await h.context.newPage();
    const asked = 'https://acme.idemeum.com/adminportal/users/user-source';
    await page.goto(asked);
    await page.goto('https://acme.idemeum.com/adminportal/settings');
    const reply = await fillRequest('userSource', asked, 'https://acme.idemeum.com/adminportal/settings');
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/tab moved/) });
    await page.close();
  });

  it('does nothing in a cross-origin idemeum frame inside a genuine console page', async () => {
    const page = await h.context.newPage();
    await page.goto('https://acme.idemeum.com/adminportal/settings');
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.src = 'https://other.idemeum.com/adminportal/users/user-source';
      f.style.cssText = 'width:900px;height:600px';
      document.body.append(f);
    });
    const frame = page.frameLocator('iframe[src^="https://other.idemeum.com"]');
    await frame.getByRole('combobox', { name: 'User source' }).waitFor();
    await frame.getByRole('combobox', { name: 'User source' }).selectOption({ label: 'entraid' });
    await page.waitForTimeout(1500);
    expect(await frame.locator('idemeum-entra-assist').count()).toBe(0);
    expect(await frame.locator('[data-assist-step]').count()).toBe(0);
    await page.close();
  });

  it('an untrusted click on the in-page Fill button fills nothing', async () => {
    const page = await h.context.newPage();
    await page.goto('https://fresh.idemeum.com/adminportal/users/user-source');
    await page.getByRole('combobox', { name: 'User source' }).selectOption({ label: 'entraid' });
    const fillButton = page.locator('idemeum-entra-assist').getByRole('button', { name: 'Fill from Entra setup' });
    await fillButton.waitFor({ timeout: 10_000 });
    await fillButton.dispatchEvent('click');
    await page.waitForTimeout(800);
    expect(await page.getByLabel('Directory (tenant) ID').inputValue()).toBe('');
    // The same button, clicked by a person, fills.
    await fillButton.click();
    await expect
      .poll(() => page.getByLabel('Directory (tenant) ID').inputValue(), { timeout: 10_000 })
      .toBe(s.tenantId);
    await page.close();
  });
});

describe('a console whose user source is chosen from a dropdown list', () => {
  it('opens the list and chooses entraid, then fills the three values', async () => {
    const host = 'tabbed-fill.idemeum.com';
    const page = await h.context.newPage();
    const url = `https://${host}/adminportal/users/user-source`;
    await page.goto(url);
    await page.getByRole('combobox', { name: 'User source' }).waitFor();
    await consoleScriptReady(page);
    expect(await fillRequest('userSource', url)).toEqual({ ok: true });
    await expect.poll(() => page.getByRole('combobox', { name: 'User source' }).textContent()).toBe('entraid');
    expect(await page.getByRole('listbox', { name: 'User source' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => records(host)?.userSource?.entra, { timeout: 10_000 })
      .toMatchObject({ directoryTenantId: s.tenantId, applicationClientId: s.app.appId });
    await page.close();
  });
});
