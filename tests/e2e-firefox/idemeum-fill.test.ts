// In real Firefox: both idemeum forms filled from the checked values (the values reach the console's own
// state), a lookalike host refused, and the secret nowhere on disk afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idemeumConsoleRecords } from '../sandbox/idemeum/console';
import { appWithPermissions, type Scenario } from '../sandbox/scenarios';
import { filesContaining } from '../support/profile-files';
import { buttonStartingWith, byRole, runCheck, sender, setCredentials, tabIdOf, writeLocalCanary } from './extension';
import { type FirefoxHarness, firefoxPath, launchFirefox, until } from './harness';

const firefox = firefoxPath();
let h: FirefoxHarness;
let s: Scenario;
beforeAll(async () => {
  if (!firefox) return;
  h = await launchFirefox(firefox);
  s = appWithPermissions(h.sandbox.state, { name: 'idemeum', consent: true });
  await setCredentials(h, { tenantId: s.tenantId, clientId: s.app.appId, secret: s.secret.secretText });
  expect((await runCheck(h)).verdict).toBe('passed');
});
afterAll(async () => {
  await h?.close();
});

const fillRequest = async (form: 'userSource' | 'jit', url: string) =>
  sender(h)({ type: 'fill.request', form, tabId: await tabIdOf(h, url), url, anyway: false });
const records = () => idemeumConsoleRecords(h.sandbox.state).get('acme.idemeum.com');
/** The console's content script is there once its guide element is (its listener comes first). */
const consoleScriptReady = (page: import('puppeteer-core').Page) =>
  page.waitForSelector('idemeum-entra-assist', { timeout: 15_000 });

describe.skipIf(!firefox)('Firefox: idemeum console', () => {
  it('fills and saves the user source', async () => {
    const page = await h.browser.newPage();
    const url = 'https://acme.idemeum.com/adminportal/users/user-source';
    await page.goto(url);
    await byRole(page, 'combobox', 'User source');
    await consoleScriptReady(page);
    expect(await fillRequest('userSource', url)).toEqual({ ok: true });
    await (await byRole(page, 'button', 'Save')).click();
    await until(() => records()?.userSource?.entra, 10_000, 'the user source saved');
    expect(records()?.userSource?.entra).toMatchObject({
      directoryTenantId: s.tenantId,
      applicationClientId: s.app.appId,
      onboardingDomain: 'contoso.example',
    });
    expect(records()?.userSource?.entra?.clientSecret).toBe(s.secret.secretText);
    await page.close();
  });

  it('fills the Managed password app, Validate succeeds against Entra, Save', async () => {
    const page = await h.browser.newPage();
    await page.goto('https://acme.idemeum.com/adminportal/applications');
    await (await byRole(page, 'button', 'Add application')).click();
    await (await buttonStartingWith(page, 'Managed password app')).click();
    await (await byRole(page, 'textbox', 'Name')).type('Entra ID JIT');
    await consoleScriptReady(page);
    expect(await fillRequest('jit', page.url())).toEqual({ ok: true });
    await (await byRole(page, 'button', 'Validate')).click();
    await until(() => records()?.validations.at(-1), 10_000, 'the console validated');
    expect(records()?.validations.at(-1)).toMatchObject({ ok: true });
    await (await byRole(page, 'button', 'Save')).click();
    await until(() => records()?.passwordApps.at(-1)?.entra, 10_000, 'the app saved');
    expect(records()?.passwordApps.at(-1)?.entra).toMatchObject({
      directoryTenantId: s.tenantId,
      applicationClientId: s.app.appId,
      provisioningDomain: 'contoso.example',
    });
    await page.close();
  });

  it('refuses a lookalike host: nothing is sent', async () => {
    const page = await h.browser.newPage();
    const url = 'https://acme.idemeum.com.attacker.test/adminportal/users/user-source';
    await page.goto(url);
    await byRole(page, 'combobox', 'User source');
    expect(await fillRequest('userSource', url)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Open your idemeum admin console/),
    });
    expect(await page.$('idemeum-entra-assist')).toBeNull();
    await page.close();
  });

  it('afterwards the secret is nowhere in the profile directory (mozLz4 files read decompressed)', async () => {
    const profile = h.profileDir;
    const canary = await writeLocalCanary(h);
    await h.browser.close();
    expect(filesContaining(profile, s.secret.secretText)).toEqual([]);
    // The search itself works: the session store (mozLz4, written at shutdown) holds the console's host,
    // and a value written to storage.local is found in the extension's IndexedDB.
    expect(filesContaining(profile, 'acme.idemeum.com').some((f) => f.endsWith('lz4'))).toBe(true);
    expect(filesContaining(profile, canary.value).some((f) => f.startsWith(canary.dir))).toBe(true);
  });
});
