// The foundation works end to end: the content script runs in the replica portal's top frame and in its
// cross-origin blade iframe, and the background reaches the emulated token endpoint without an Origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, sendFromExtensionPage } from './harness';
import { highlightedStep } from './portal-steps';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

async function portalContext(): Promise<{ route?: string } | undefined> {
  const sw = await h.worker();
  return sw.evaluate(async () => {
    const all = await (
      globalThis as unknown as {
        chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local.get('portal');
    return all.portal as { route?: string } | undefined;
  });
}

describe('foundation smoke', () => {
  it('runs the content script in the portal top frame and in the reactblade iframe', async () => {
    const { state } = h.sandbox;
    const app = state.registerApplication(state.portalTenantId, 'smoke-app');
    const page = await h.context.newPage();
    const overview = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${app.appId}/objectId/${app.id}/isMSAApp~/false`;
    await page.goto(`https://portal.azure.com/${overview}`);
    await expect.poll(portalContext, { timeout: 15_000 }).toMatchObject({ route: overview });

    await page.getByRole('link', { name: 'Certificates & secrets' }).click();
    const bladeFrame = page.frameLocator('iframe[src*="reactblade.portal.azure.net"]');
    await bladeFrame.getByRole('button', { name: 'New client secret' }).waitFor({ timeout: 15_000 });
    // The blade frame's content script asked for the guide, which now highlights a step inside the iframe.
    await expect.poll(() => highlightedStep(page), { timeout: 15_000 }).toMatchObject({ frame: 'blade' });
    await page.close();
  });

  it('reaches the emulated token endpoint from the background, with the Origin header removed', async () => {
    const { state } = h.sandbox;
    const app = state.registerApplication(state.portalTenantId, 'smoke-token');
    const secret = state.addPassword(app, {
      displayName: 'smoke',
      endDateTime: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const popup = await h.openExtensionPage('popup.html');
    for (const [field, value] of [
      ['tenantId', state.portalTenantId],
      ['clientId', app.appId],
      ['secret', secret.secretText],
    ] as const) {
      expect(await sendFromExtensionPage(popup, { type: 'credentials.set', field, value })).toMatchObject({ ok: true });
    }
    const reply = (await sendFromExtensionPage(popup, { type: 'check.run' })) as {
      ok: boolean;
      data: { check: { result: { verdict: string; diagnosis?: { code?: string; title: string } } } };
    };
    expect(reply.ok).toBe(true);
    // A token was issued (no AADSTS9002326): without consent the verdict is "incomplete", not "failed".
    expect(reply.data.check.result.verdict).toBe('incomplete');
    expect(reply.data.check.result.diagnosis?.code).toBeUndefined();
    expect(state.requestLog.some((r) => r.host === 'login.microsoftonline.com' && r.method === 'POST')).toBe(true);
    await popup.close();
  });
});
