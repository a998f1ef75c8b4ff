// In real Firefox: the options page shows Firefox's redirect URI, the admin signs in through
// identity.launchWebAuthFlow (msal's code redemption in the express page keeps its Origin, which the
// sandbox requires of a Single-page application), express setup registers the app, and the background's
// check of it sends its token request without an Origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byRole, state } from './extension';
import { type FirefoxHarness, firefoxPath, launchFirefox, until } from './harness';

const firefox = firefoxPath();
let h: FirefoxHarness;
beforeAll(async () => {
  if (firefox) h = await launchFirefox(firefox);
});
afterAll(async () => {
  await h?.close();
});

const textOf = (page: import('puppeteer-core').Page) => page.evaluate(() => document.body.textContent ?? '');

describe.skipIf(!firefox)('Firefox: express setup', () => {
  it('signs in through launchWebAuthFlow and sets the app up; the check of it passes', async () => {
    const options = await h.openExtensionPage('options.html');
    const shown = await options.evaluate(
      () =>
        [...document.querySelectorAll('p')]
          .find((p) => p.textContent?.includes('redirect URI for this browser'))
          ?.querySelector('code')?.textContent ?? '',
    );
    expect(shown).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/);
    const clientId = h.sandbox.state.registerPublicClient(shown);
    await (await byRole(options, 'textbox', 'Sign-in client ID')).type(clientId);
    await (await byRole(options, 'button', 'Save sign-in settings')).click();
    await until(async () => (await textOf(options)).includes('Saved.'), 10_000, 'the settings saved');
    await options.close();

    const page = await h.openExtensionPage('express.html');
    const authWindow = h.browser.waitForTarget((t) => t.url().includes('/oauth2/v2.0/authorize'), { timeout: 20_000 });
    await (await byRole(page, 'button', 'Sign in with Microsoft')).click();
    const auth = await (await authWindow).page();
    if (!auth) throw new Error('the sign-in window is not a page');
    await (await byRole(auth, 'button', 'Sign in as Adele Vance')).click();
    await until(async () => (await textOf(page)).includes('Signed in as Adele Vance'), 20_000, 'signed in');
    // msal redeemed the code from the express page, with the page's Origin (the sandbox refuses it without).
    const redemption = h.sandbox.state.requestLog.find(
      (r) => r.method === 'POST' && r.path.endsWith('/oauth2/v2.0/token'),
    );
    expect(redemption?.origin).toBe(`moz-extension://${h.uuid}`);

    const before = h.sandbox.state.requestLog.length;
    const appName = await byRole(page, 'textbox', 'App name');
    await appName.click({ count: 3 });
    await appName.type('idemeum-express');
    await (await byRole(page, 'button', 'Run express setup')).click();
    const done = () =>
      page.evaluate(() => [...document.querySelectorAll('p, li')].some((e) => e.textContent?.startsWith('Done:')));
    await until(done, 90_000, 'express setup done');
    const app = h.sandbox.state.applications.find((a) => a.displayName === 'idemeum-express');
    expect(app?.passwordCredentials).toHaveLength(1);
    await until(async () => (await state(h)).check.result?.verdict === 'passed', 60_000, 'the check passed');
    expect((await state(h)).credentials.clientId).toBe(app?.appId);
    // The background's client-credentials request: no Origin.
    const clientCredentials = h.sandbox.state.requestLog
      .slice(before)
      .filter((r) => r.host === 'login.microsoftonline.com' && r.method === 'POST' && r.path.endsWith('/token'));
    expect(clientCredentials.length).toBeGreaterThan(0);
    expect(clientCredentials.every((r) => r.origin === undefined)).toBe(true);
  });
});

describe.skipIf(!firefox)('Firefox: sidebar', () => {
  it('the popup’s “Keep open in side panel” opens the assistant in Firefox’s sidebar', async () => {
    type Sidebar = { browser: { sidebarAction: { isOpen: (d: object) => Promise<boolean> } } };
    const isOpen = async () =>
      (await h.extensionPage()).evaluate(() => (globalThis as unknown as Sidebar).browser.sidebarAction.isOpen({}));
    expect(await isOpen()).toBe(false);
    const popup = await h.openExtensionPage('popup.html');
    await (await byRole(popup, 'button', 'Keep open in side panel')).click();
    await until(isOpen, 10_000, 'the sidebar open');
  });
});
