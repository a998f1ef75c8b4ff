// The whole replica flow in real Chromium with the built extension: every step highlighted, the three
// values captured (the secret inside the cross-origin blade iframe), resume after reload, the fallback
// text for a missing target, and both portal hosts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { state as publicState, storedCredentials } from './extension-api';
import { type Harness, launch } from './harness';
import { bladeFrame, highlightedStep, tooltip } from './portal-steps';
import { variantUrl, WORDS } from './portal-variants';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';

async function expectStep(page: import('playwright-core').Page, step: string, frame: 'top' | 'blade' = 'top') {
  await expect.poll(() => highlightedStep(page), { timeout: 15_000 }).toEqual({ step, frame });
}

describe('the tooltip quotes the screen', () => {
  it('browser in English, portal in German: the English sentence names the button as the page does', async () => {
    const page = await h.context.newPage();
    await page.goto(variantUrl({ host: 'portal.azure.com', kit: 'fluent', language: 'de' }, LIST));
    await expectStep(page, 'portal.new-registration');
    await expect
      .poll(() => tooltip(page).textContent())
      .toContain(`Press “${WORDS.de.newRegistration}” to create the app for idemeum.`);
    await page.close();
  });
});

describe.each(['portal.azure.com', 'entra.microsoft.com'])('guide on %s', (host) => {
  it('walks the whole registration, capturing all three values and reaching 12 of 12 granted', async () => {
    const { state } = h.sandbox;
    const page = await h.context.newPage();
    await page.goto(`https://${host}/${LIST}`);

    await expectStep(page, 'portal.new-registration');
    await expect.poll(() => tooltip(page).textContent()).toContain('Press “New registration”');
    await page.getByRole('button', { name: 'New registration' }).click();

    await expectStep(page, 'portal.name');
    const appName = `idemeum-${host.split('.')[0]}`;
    await page.getByRole('textbox', { name: /^Name/ }).fill(appName);
    await expectStep(page, 'portal.register');
    await page.getByRole('button', { name: 'Register', exact: true }).click();

    // Overview: both IDs captured by their labels; the Object ID is not taken as client ID.
    const app = await expect
      .poll(() => state.applications.find((a) => a.displayName === appName), { timeout: 15_000 })
      .toBeDefined()
      .then(() => state.applications.find((a) => a.displayName === appName)!);
    await expect
      .poll(() => storedCredentials(h), { timeout: 15_000 })
      .toMatchObject({
        tenantId: state.portalTenantId,
        clientId: app.appId,
        objectId: app.id,
      });
    await expectStep(page, 'portal.open-certificates');

    // Reload mid-flow: the guide resumes at the same step.
    await page.reload();
    await expectStep(page, 'portal.open-certificates');

    // entra.microsoft.com shows the new wording, "Certificates and secrets" (FACTS.md §3a).
    await page.getByRole('link', { name: /^Certificates (&|and) secrets$/ }).click();
    await expectStep(page, 'portal.new-client-secret', 'blade');
    const blade = bladeFrame(page);
    await blade.getByRole('button', { name: 'New client secret' }).click();
    await expectStep(page, 'portal.secret-expiry', 'blade');
    await blade.getByLabel('Description').fill('idemeum');
    await blade.getByLabel('Expires').selectOption({ label: '730 days (24 months)' });
    await expectStep(page, 'portal.secret-add', 'blade');
    await blade.getByRole('button', { name: 'Add', exact: true }).click();

    // The secret's Value, captured inside the iframe, is the one the sandbox issued; only its hint is in local storage.
    await expect.poll(() => app.passwordCredentials.length, { timeout: 10_000 }).toBe(1);
    const issued = app.passwordCredentials[0]!;
    await expect.poll(() => storedCredentials(h), { timeout: 15_000 }).toMatchObject({ secretHint: issued.hint });
    expect(Date.parse((await storedCredentials(h)).secretExpiresAt ?? '')).toBe(
      Date.parse(issued.endDateTime.slice(0, 10)),
    );
    await expect
      .poll(
        () =>
          tooltip(blade)
            .isVisible()
            .catch(() => false),
        { timeout: 10_000 },
      )
      .toBe(false);
    // The capture is said on the page (a toast that stays a few seconds).
    await blade
      .getByRole('status')
      .filter({ hasText: 'Client secret Value captured' })
      .first()
      .waitFor({ state: 'attached', timeout: 10_000 });

    await expectStep(page, 'portal.open-api-permissions');
    await page.getByRole('link', { name: 'API permissions' }).click();
    await expectStep(page, 'portal.add-permission');
    await page.getByRole('button', { name: 'Add a permission' }).click();
    await expectStep(page, 'portal.pick-graph');
    await page.getByRole('button', { name: /^Microsoft Graph/ }).click();
    await expectStep(page, 'portal.pick-application');
    await page.getByRole('button', { name: /^Application permissions/ }).click();
    await expectStep(page, 'portal.tick-permissions');
    await tooltip(page).getByRole('button', { name: 'Select all 12' }).click();
    await expectStep(page, 'portal.add-permissions');
    await page.getByRole('button', { name: 'Add permissions', exact: true }).click();
    await expectStep(page, 'portal.grant-consent');
    await page.getByRole('button', { name: /^Grant admin consent for / }).click();
    await expectStep(page, 'portal.confirm-consent');
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expectStep(page, 'portal.consent-granted');

    // Consent seen on the page: the background checks by itself and finds all 12 granted.
    await expect.poll(async () => (await publicState(h)).check.result?.verdict, { timeout: 30_000 }).toBe('passed');
    const s = await publicState(h);
    expect(s.credentials).toMatchObject({ tenantId: state.portalTenantId, clientId: app.appId });
    expect(s.credentials.secret?.masked).toBe(`${issued.hint}••••••••`);
    expect(s.check.result?.permissions.every((p) => p.status === 'granted')).toBe(true);
    await page.close();
  });
});

describe('guide when the page changed', () => {
  it('says in words what to look for, with a deep link, when the target is missing', async () => {
    const page = await h.context.newPage();
    await page.goto(`https://portal.azure.com/${LIST}`);
    await expectStep(page, 'portal.new-registration');
    // The portal renamed its button: the guide cannot find it any more.
    await page.evaluate(() => {
      for (const b of document.querySelectorAll('button')) if (b.textContent?.includes('New registration')) b.remove();
    });
    await expect
      .poll(() => tooltip(page).textContent(), { timeout: 15_000 })
      .toContain('Not found on this page yet. Look for the “New registration” button');
    expect(await tooltip(page).getByRole('link', { name: 'Take me there' }).getAttribute('href')).toContain(
      'CreateApplicationBlade',
    );
    expect(await highlightedStep(page)).toBeUndefined();
    await page.close();
  });
});

describe('mistakes the guide catches', () => {
  it('pressing Copy to clipboard next to the Secret ID is answered in words', async () => {
    const { state } = h.sandbox;
    const app = state.registerApplication(state.portalTenantId, 'copy-secret-id');
    const page = await h.context.newPage();
    await page.goto(
      `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${app.appId}/objectId/${app.id}/isMSAApp~/false`,
    );
    await expectStep(page, 'portal.new-client-secret', 'blade');
    const blade = bladeFrame(page);
    await blade.getByRole('button', { name: 'New client secret' }).click();
    await blade.getByRole('button', { name: 'Add', exact: true }).click();
    const idCell = blade
      .getByRole('gridcell')
      .filter({ hasText: /^[0-9a-f-]{36}/ })
      .first();
    await idCell.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect
      .poll(() => blade.locator('idemeum-entra-assist [role="alert"]').textContent(), { timeout: 10_000 })
      .toBe('That copies the Secret ID. idemeum needs the Value, the column to its left.');
    await page.close();
  });

  it('permissions added as Delegated instead of Application are named on the page and in the popup', async () => {
    const { state } = h.sandbox;
    const app = state.registerApplication(state.portalTenantId, 'delegated');
    state.addGraphPermissions(app, [{ id: 'a154be20-db9c-4678-8ab7-66f6cc099a59', type: 'Scope' }]);
    const page = await h.context.newPage();
    await page.goto(
      `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${app.appId}/objectId/${app.id}/isMSAApp~/false`,
    );
    await expectStep(page, 'portal.add-permission');
    await expect
      .poll(() => tooltip(page).textContent())
      .toContain('User.Read.All is added as Delegated: idemeum needs them as Application permissions.');
    const popup = await h.openExtensionPage('popup.html');
    await popup.waitForSelector('html[data-ready="true"]');
    expect(await popup.getByText(/^Added as Delegated instead of Application: User\.Read\.All/).count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
