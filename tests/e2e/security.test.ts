// DESIGN.md's rules proven in the real browser: the secret never reaches the disk or any console, untrusted
// events never act, a stopped worker loses nothing mid-flow, and the guide's trouble never reaches the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkIdemeum, walkPortal } from '../demo/walk';
import { filesContaining } from '../support/profile-files';
import { state, stopServiceWorker } from './extension-api';
import { type Harness, launch } from './harness';
import { highlightedStep, tooltip } from './portal-steps';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Every file of the profile that contains `text` as UTF-8 or UTF-16LE bytes. */
const profileFilesContaining = (text: string) => filesContaining(h.userDataDir, text);

describe('the secret', () => {
  it('after the whole flow (capture, check, both fills) is nowhere on disk and in no console output', async () => {
    const noop = async () => {};
    await walkPortal(h, noop);
    const app = h.sandbox.state.applications.at(-1)!;
    const secret = app.passwordCredentials[0]!.secretText;
    await expect.poll(async () => (await state(h)).check.result?.verdict, { timeout: 30_000 }).toBe('passed');
    await walkIdemeum(h, noop);
    // The fill really happened with this secret (the console replica received it).
    expect(h.sandbox.state.requestLog.some((r) => r.path.endsWith('/api/user-source'))).toBe(true);
    // Let Chromium flush what it would write.
    for (const page of h.context.pages()) await page.close();
    await new Promise((r) => setTimeout(r, 2000));
    expect(profileFilesContaining(secret)).toEqual([]);
    expect(h.consoleLines.filter((line) => line.includes(secret))).toEqual([]);
    // And the check of the search itself: the client ID, which is stored, is found on disk.
    expect(profileFilesContaining(app.appId).length).toBeGreaterThan(0);
  });
});

describe('untrusted events', () => {
  it('a script clicking the guide’s Select all 12 or Skip changes nothing; a person’s click does', async () => {
    const { state: world } = h.sandbox;
    const app = world.registerApplication(world.portalTenantId, 'untrusted');
    const page = await h.context.newPage();
    await page.goto(
      `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${app.appId}/objectId/${app.id}/isMSAApp~/false`,
    );
    await page.getByRole('button', { name: 'Add a permission' }).click();
    await page.getByRole('button', { name: /^Microsoft Graph/ }).click();
    await page.getByRole('button', { name: /^Application permissions/ }).click();
    await expect
      .poll(() => highlightedStep(page), { timeout: 15_000 })
      .toMatchObject({ step: 'portal.tick-permissions' });
    await tooltip(page).getByRole('button', { name: 'Select all 12' }).dispatchEvent('click');
    await tooltip(page).getByRole('button', { name: 'Skip' }).dispatchEvent('click');
    await page.waitForTimeout(800);
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await expect.poll(async () => (await highlightedStep(page))?.step).toBe('portal.tick-permissions');
    await tooltip(page).getByRole('button', { name: 'Skip' }).click();
    await expect
      .poll(async () => (await highlightedStep(page))?.step, { timeout: 10_000 })
      .not.toBe('portal.tick-permissions');
    await page.close();
  });
});

describe('reliability', () => {
  it('a service worker stopped mid-flow: the captured values stay and the guide carries on', async () => {
    const { state: world } = h.sandbox;
    const app = world.registerApplication(world.portalTenantId, 'mid-flow');
    const page = await h.context.newPage();
    await page.goto(
      `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${app.appId}/objectId/${app.id}/isMSAApp~/false`,
    );
    // The flow above left another app stored for idemeum: this one is taken on the admin's say-so.
    await page.getByRole('button', { name: 'Use this app for idemeum' }).click({ timeout: 15_000 });
    await expect.poll(async () => (await state(h)).credentials.clientId, { timeout: 15_000 }).toBe(app.appId);
    await stopServiceWorker(h);
    await page.getByRole('link', { name: 'Certificates & secrets' }).click();
    await expect
      .poll(() => highlightedStep(page), { timeout: 20_000 })
      .toEqual({ step: 'portal.new-client-secret', frame: 'blade' });
    expect((await state(h)).credentials.clientId).toBe(app.appId);
    await page.close();
  });

  it('targets that vanish and come back never raise an error in the page, and the page keeps working', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { pageErrors: string[] };
      w.pageErrors = [];
      window.addEventListener('error', (e) => w.pageErrors.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => w.pageErrors.push(String(e.reason)));
    });
    await page.goto('https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade');
    await expect
      .poll(() => highlightedStep(page), { timeout: 15_000 })
      .toMatchObject({ step: 'portal.new-registration' });
    await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('New registration'))!;
      const parent = button.parentElement!;
      for (let i = 0; i < 60; i++) {
        button.remove();
        await new Promise((r) => setTimeout(r, 10));
        parent.append(button);
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    await expect
      .poll(() => highlightedStep(page), { timeout: 10_000 })
      .toMatchObject({ step: 'portal.new-registration' });
    await page.getByRole('button', { name: 'New registration' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
    await page.close();
  });
});
