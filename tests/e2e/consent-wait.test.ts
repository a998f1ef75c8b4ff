// The consent wait without reading the page, in real Chromium: the portal's permissions table shows its
// Status as an icon only (no text: a markup no reader can know), the admin grants consent while the guide
// highlights the command and its confirmation, and the check waits for Microsoft by itself until 12 of 12.
// And an old "not granted" is checked again when the popup opens.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appWithPermissions } from '../sandbox/scenarios';
import { localStorageOf, runCheck, setCredentials, state } from './extension-api';
import { type Harness, launch } from './harness';
import { highlightedStep } from './portal-steps';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  h.sandbox.state.knobs.propagationMs = 0;
  h.sandbox.state.knobs.portalStatusIconOnly = false;
});

const use = async (s: ReturnType<typeof appWithPermissions>) => {
  await setCredentials(h, { tenantId: s.tenantId, clientId: s.app.appId, secret: s.secret.secretText });
  return runCheck(h);
};
const checksRun = () => h.sandbox.state.requestLog.filter((r) => r.host === 'login.microsoftonline.com').length;

describe('the consent wait', () => {
  it('consent confirmed under the guide, the table unreadable: waits for Microsoft and ends at 12 of 12 by itself', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'unreadable status', consent: false });
    const first = await use(s);
    expect(first.diagnosis?.title).toBe('Admin consent has not been granted.');
    h.sandbox.state.knobs.portalStatusIconOnly = true;
    h.sandbox.state.knobs.propagationMs = 7000;
    const page = await h.context.newPage();
    await page.goto(
      `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${s.app.appId}/objectId/${s.app.id}/isMSAApp~/false`,
    );
    await expect
      .poll(() => highlightedStep(page), { timeout: 15_000 })
      .toEqual({ step: 'portal.grant-consent', frame: 'top' });
    const portalItem = async () => ((await localStorageOf(h)).portal ?? {}) as Record<string, unknown>;
    // A page script's click on the command, then the admin's No: no consent pressed.
    await page.evaluate(() => {
      const grant = Array.from(document.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('Grant admin consent for'),
      );
      grant?.click();
    });
    await page.getByRole('button', { name: 'No', exact: true }).click();
    expect((await portalItem()).consentPressedAt).toBeUndefined();
    await page.getByRole('button', { name: /^Grant admin consent for / }).click();
    await expect
      .poll(() => highlightedStep(page), { timeout: 15_000 })
      .toEqual({ step: 'portal.confirm-consent', frame: 'top' });
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect.poll(async () => (await portalItem()).consentPressedAt, { timeout: 10_000 }).toBeDefined();
    // The status icons say nothing the extension can read; it says what it waits for, in words.
    await expect.poll(async () => (await state(h)).check.result?.verdict, { timeout: 15_000 }).toBe('propagating');
    expect((await state(h)).check.result?.diagnosis?.title).toBe(
      'Waiting for Microsoft to apply the admin consent, usually under a minute.',
    );
    await expect
      .poll(async () => (await state(h)).check.result?.verdict, { timeout: 60_000, interval: 1000 })
      .toBe('passed');
    expect((await state(h)).check.result?.permissions.every((p) => p.status === 'granted')).toBe(true);
    await page.close();
  });

  it('the popup opened on an old "not granted" checks once more by itself', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'stale not granted', consent: false });
    const first = await use(s);
    expect(first.verdict).toBe('incomplete');
    // Consent given elsewhere (another admin, another browser), and the result a minute old.
    h.sandbox.state.grantAdminConsent(s.app);
    const sw = await h.worker();
    await sw.evaluate(async () => {
      type Area = { get: (k: string) => Promise<Record<string, unknown>>; set: (v: object) => Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const { check } = (await local.get('check')) as { check: { result: { checkedAt: number } } };
      check.result.checkedAt -= 60_000;
      await local.set({ check });
    });
    const before = checksRun();
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(async () => (await state(h)).check.result?.verdict, { timeout: 15_000 }).toBe('passed');
    expect(checksRun() - before).toBe(1);
    await popup.close();
  });
});
