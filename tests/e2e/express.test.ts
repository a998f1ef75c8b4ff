// Express setup in real Chromium: the admin signs in through the loaded extension's own
// identity.launchWebAuthFlow (msal-browser, code + PKCE against the sandbox's authorize and token
// endpoints), the registration is made through Graph, lands in the same store and check, and is sent to
// idemeum; then the behaviours Entra really has: a second run, no consent role, a lifetime policy,
// replication delay, and diagnostics of a deliberately wrong app.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuedRefreshTokens } from '../sandbox/entra/grants';
import { issuedUserTokens } from '../sandbox/entra/tokens';
import { graphAppRoles, graphDelegatedScopes } from '../sandbox/graph-catalog';
import { idemeumConsoleRecords } from '../sandbox/idemeum/console';
import { seriousViolations } from './axe';
import { consoleScriptReady, localStorageOf, message, state, tabIdOf } from './extension-api';
import { type Harness, launch } from './harness';

let h: Harness;
let page: Page;
const DAY = 86_400_000;

beforeAll(async () => {
  h = await launch();
  const clientId = h.sandbox.state.registerPublicClient(`https://${h.extensionId}.chromiumapp.org/`);
  // The organisation's sign-in client is entered in the options page, as an admin would.
  const options = await h.openExtensionPage('options.html');
  await options.getByLabel('Sign-in client ID').fill(clientId);
  await options.getByRole('button', { name: 'Save sign-in settings' }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
  page = await h.openExtensionPage('express.html');
});
afterAll(async () => {
  await h?.close();
});

const tenantId = () => h.sandbox.state.portalTenantId;
const appsNamed = (name: string) => h.sandbox.state.applications.filter((a) => a.displayName === name);

async function signIn(who: string, tenant = ''): Promise<void> {
  const signOut = page.getByRole('button', { name: /^Forget this sign-in/ });
  if (await signOut.isVisible()) await signOut.click();
  await page.getByLabel(/^Customer tenant/).fill(tenant);
  const authWindow = h.context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  const auth = await authWindow;
  await auth.getByRole('button', { name: `Sign in as ${who}` }).click();
  await page.getByText(`Signed in as ${who}`).waitFor({ timeout: 20_000 });
}

async function runExpress(name: string): Promise<string> {
  await page.getByLabel('App name').fill(name);
  await page.getByRole('button', { name: 'Run express setup' }).click();
  const outcome = page.getByText(/^(Done:|Registered;)/).or(page.getByRole('alert'));
  await outcome.first().waitFor({ timeout: 90_000 });
  return ((await page.getByRole('list', { name: 'Express setup steps' }).textContent()) ?? '').replace(/\s+/g, ' ');
}

describe('express setup', () => {
  it('a closed sign-in window (twice) is said in words, and never blocks the next sign-in', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const authWindow = h.context.waitForEvent('page');
      await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
      await (await authWindow).close();
      await page.getByRole('alert').filter({ hasText: 'The sign-in window was closed' }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Sign in with Microsoft' }).isEnabled()).toBe(true);
    }
  });

  it('signs in through launchWebAuthFlow with PKCE; tokens never reach storage or disk', async () => {
    // The customer's tenant by its domain: the authority of the sign-in and of every token after it.
    await signIn('Adele Vance', 'contoso.onmicrosoft.com');
    await expect.poll(() => page.getByText('You are Global Administrator').isVisible()).toBe(true);
    await page.getByText('to Contoso.').waitFor();
    expect(h.sandbox.state.requestLog.some((r) => r.path === '/contoso.onmicrosoft.com/oauth2/v2.0/authorize')).toBe(
      true,
    );
    expect(await seriousViolations(page)).toEqual([]);
    const tokens = [...issuedUserTokens(h.sandbox.state), ...issuedRefreshTokens(h.sandbox.state)];
    expect(issuedUserTokens(h.sandbox.state).length).toBeGreaterThan(0);
    expect(issuedRefreshTokens(h.sandbox.state).length).toBeGreaterThan(0);
    // The code was redeemed by msal in the extension page (an Origin header, which the DNR rule leaves alone).
    expect(h.sandbox.state.requestLog.some((r) => r.method === 'POST' && r.path.endsWith('/oauth2/v2.0/token'))).toBe(
      true,
    );
    // Not in the extension's storage, nor in the page's own Web Storage (Chromium writes sessionStorage to disk).
    const stored = JSON.stringify(await localStorageOf(h));
    const webStorage = await page.evaluate(
      () => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }),
    );
    for (const token of tokens) {
      expect(stored).not.toContain(token);
      expect(webStorage).not.toContain(token);
    }
    // Flush what Chromium keeps, then search the whole profile directory.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const stat = statSync(path, { throwIfNoEntry: false });
        if (stat?.isDirectory()) walk(path);
        else if (stat?.isFile()) files.push(path);
      }
    };
    walk(h.userDataDir);
    for (const file of files) {
      const text = readFileSync(file).toString('latin1');
      for (const token of tokens) expect(text.includes(token.slice(-40)), file).toBe(false);
    }
  });

  it('creates the whole registration to 12/12 granted, lands in the check, and is sent to idemeum', async () => {
    const steps = await runExpress('idemeum');
    expect(steps).toMatch(/Created “idemeum”/);
    expect(steps).toMatch(/Admin consent granted for all 12/);
    expect(steps).toMatch(/secret valid for 24 months/);
    const [app] = appsNamed('idemeum');
    expect(app?.signInAudience).toBe('AzureADMyOrg');
    expect(app?.passwordCredentials).toHaveLength(1);

    await expect.poll(async () => (await state(h)).check.result?.verdict, { timeout: 30_000 }).toBe('passed');
    // The express page follows the extension's own check of the landed values.
    await page.getByText('The extension’s check: passed, 12 of 12 granted.').waitFor({ timeout: 10_000 });
    const s = await state(h);
    expect(s.credentials).toMatchObject({ tenantId: tenantId(), clientId: app?.appId });
    expect(s.check.result?.permissions.filter((p) => p.status === 'granted')).toHaveLength(12);

    const console = await h.context.newPage();
    const url = 'https://acme.idemeum.com/adminportal/users/user-source';
    await console.goto(url);
    await console.getByRole('combobox', { name: 'User source' }).waitFor();
    await consoleScriptReady(console);
    expect(
      await message(h, { type: 'fill.request', form: 'userSource', tabId: await tabIdOf(h, url), url, anyway: false }),
    ).toEqual({
      ok: true,
    });
    await console.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => idemeumConsoleRecords(h.sandbox.state).get('acme.idemeum.com')?.userSource?.entra, {
        timeout: 10_000,
      })
      .toMatchObject({ directoryTenantId: tenantId(), applicationClientId: app?.appId });
    expect(idemeumConsoleRecords(h.sandbox.state).get('acme.idemeum.com')?.userSource?.entra?.clientSecret).toBe(
      app?.passwordCredentials[0]?.secretText,
    );
    await console.close();
  });

  it('running it twice makes no duplicate and no second secret', async () => {
    const writesBefore = h.sandbox.state.requestLog.filter(
      (r) => r.host === 'graph.microsoft.com' && r.method !== 'GET',
    ).length;
    const steps = await runExpress('idemeum');
    expect(steps).toMatch(/Using the app “idemeum” made earlier/);
    expect(steps).toMatch(/already holds a secret/);
    expect(appsNamed('idemeum')).toHaveLength(1);
    expect(appsNamed('idemeum')[0]?.passwordCredentials).toHaveLength(1);
    const writesAfter = h.sandbox.state.requestLog.filter(
      (r) => r.host === 'graph.microsoft.com' && r.method !== 'GET',
    ).length;
    expect(writesAfter).toBe(writesBefore);
  });

  it('an app of the same name it did not make is used only after the admin says so', async () => {
    const theirs = h.sandbox.state.createApplication(tenantId(), { displayName: 'Contoso idemeum' });
    const first = await runExpress('Contoso idemeum');
    expect(first).toMatch(/already exists \(client ID/);
    expect(theirs.requiredResourceAccess).toEqual([]);
    await page.getByRole('button', { name: 'Use that app for idemeum' }).click();
    await page.getByText(/^Done:/).waitFor({ timeout: 60_000 });
    expect(appsNamed('Contoso idemeum')).toHaveLength(1);
    expect(theirs.tags).toContain('idemeumEntraAssist');
    expect(theirs.requiredResourceAccess[0]?.resourceAccess).toHaveLength(12);
  });

  it('a tenant policy capping secret lifetimes: the longest allowed, and the admin is told', async () => {
    h.sandbox.state.knobs.maxSecretLifetimeDays = 400;
    try {
      const steps = await runExpress('idemeum capped');
      expect(steps).toMatch(/policy caps secret lifetimes: the secret lasts 365 days/);
      const [credential] = appsNamed('idemeum capped')[0]?.passwordCredentials ?? [];
      const days = (Date.parse(credential?.endDateTime ?? '') - Date.now()) / DAY;
      expect(days).toBeGreaterThan(364);
      expect(days).toBeLessThan(366);
    } finally {
      h.sandbox.state.knobs.maxSecretLifetimeDays = undefined;
    }
  });

  it('waits out replication delay of the new app and service principal', async () => {
    h.sandbox.state.knobs.replicationDelayMs = 2_500;
    try {
      const before = h.sandbox.state.requestLog.length;
      const steps = await runExpress('idemeum replicated');
      expect(steps).toMatch(/Admin consent granted for all 12/);
      const spCreations = h.sandbox.state.requestLog
        .slice(before)
        .filter((r) => r.host === 'graph.microsoft.com' && r.method === 'POST' && r.path === '/v1.0/servicePrincipals');
      // Refused while the app replicated, then accepted: the same request repeated, one service principal.
      expect(spCreations.length).toBeGreaterThan(1);
      const app = appsNamed('idemeum replicated')[0];
      expect(h.sandbox.state.servicePrincipals.filter((sp) => sp.appId === app?.appId)).toHaveLength(1);
    } finally {
      h.sandbox.state.knobs.replicationDelayMs = 0;
    }
  });

  it('an admin without a consent-capable role: told before, app made without consent, link for a real admin', async () => {
    await signIn('Dev Patel');
    await page.getByText('Your account cannot grant admin consent.').waitFor();
    const steps = await runExpress('idemeum by dev');
    expect(steps).toMatch(/Admin consent needs a Global Administrator or Privileged Role Administrator/);
    const app = appsNamed('idemeum by dev')[0]!;
    await page
      .getByText(`https://login.microsoftonline.com/${tenantId()}/adminconsent?client_id=${app.appId}`, { exact: true })
      .waitFor();
    expect(await page.getByRole('link', { name: 'API permissions page' }).getAttribute('href')).toContain(
      `/CallAnAPI/appId/${app.appId}/objectId/${app.id}`,
    );
    const sp = h.sandbox.state.servicePrincipals.find((p) => p.appId === app.appId)!;
    expect(h.sandbox.state.assignmentsOf(sp)).toHaveLength(0);
  });

  it('diagnoses a deliberately wrong app given by its Object ID', async () => {
    const st = h.sandbox.state;
    const wrong = st.registerApplication(tenantId(), 'wrong app');
    const delegated = (name: string) => graphDelegatedScopes.find((s) => s.value === name)!.id;
    const role = (name: string) => graphAppRoles.find((r) => r.value === name)!.id;
    st.addGraphPermissions(wrong, [
      { id: delegated('User.Read.All'), type: 'Scope' },
      { id: delegated('Directory.ReadWrite.All'), type: 'Scope' },
      { id: role('Organization.Read.All'), type: 'Role' },
      { id: role('Group.Read.All'), type: 'Role' },
      { id: role('Application.ReadWrite.All'), type: 'Role' },
    ]);
    // Consent for one of them only.
    st.assignAppRole(
      st.servicePrincipalOf(tenantId(), wrong.appId)!,
      st.graphServicePrincipal(tenantId()),
      role('Organization.Read.All'),
    );
    st.addPassword(wrong, {
      displayName: 'old secret',
      startDateTime: new Date(Date.now() - 400 * DAY).toISOString(),
      endDateTime: new Date(Date.now() - 3 * DAY).toISOString(),
    });

    await page.getByLabel('Client ID or Object ID').fill(wrong.id);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const problems = page.getByRole('list', { name: 'What is wrong' });
    await problems.waitFor();
    const text = ((await problems.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(`You gave the app’s Object ID. idemeum needs its Application (client) ID: ${wrong.appId}.`);
    expect(text).toMatch(/2 permissions were added as Delegated; .*User\.Read\.All, Directory\.ReadWrite\.All/);
    expect(text).toMatch(/configured but admin consent was not granted: Group\.Read\.All/);
    expect(text).toMatch(/Every client secret of the app has expired/);
    expect(text).toMatch(/Secret old secret \(.{3}…\) expired on/);
    expect(text).toMatch(/does not need .*Application\.ReadWrite\.All \(Application\)/);
    const row = page.getByRole('list', { name: 'Permissions of the app' }).getByRole('listitem');
    await expect.poll(() => row.filter({ hasText: 'Organization.Read.All' }).textContent()).toMatch(/Granted/);
    expect(await seriousViolations(page)).toEqual([]);
    await expect
      .poll(() => row.filter({ hasText: 'User.Read.All' }).textContent())
      .toMatch(/Delegated \(needs Application\)/);
  });
});
