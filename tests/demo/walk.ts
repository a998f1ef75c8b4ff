// The scripted walk of the demo: the admin's whole setup in the replicas, with the extension loaded.
// Each stage calls `snap` so that the demo can take a screenshot of the page and of the popup.
import type { Page } from 'playwright-core';
import type { Harness } from '../e2e/harness';
import { bladeFrame } from '../e2e/portal-steps';
import { walkPortal as walkPortalVariant } from '../e2e/portal-walk';

export type Snap = (name: string, page: Page) => Promise<void>;

const settle = (page: Page, ms = 900) => page.waitForTimeout(ms);

export async function walkPortal(h: Harness, snap: Snap, host = 'portal.azure.com'): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`https://${host}/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade`);
  await page.getByRole('button', { name: 'New registration' }).waitFor();
  await settle(page);
  await snap('portal-app-registrations', page);

  await page.getByRole('button', { name: 'New registration' }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill('idemeum');
  await settle(page);
  await snap('portal-register', page);
  await page.getByRole('button', { name: 'Register', exact: true }).click();

  await page.getByRole('link', { name: 'Certificates & secrets' }).waitFor();
  await page.waitForSelector('[data-assist-step="portal.open-certificates"]', { timeout: 15_000 });
  await settle(page, 600);
  await snap('portal-overview-ids-captured', page);

  await page.getByRole('link', { name: 'Certificates & secrets' }).click();
  await page.frameLocator('iframe[src*="reactblade"]').getByRole('button', { name: 'New client secret' }).waitFor();
  await settle(page);
  await snap('portal-certificates-and-secrets', page);
  const blade = bladeFrame(page);
  await blade.getByRole('button', { name: 'New client secret' }).click();
  await blade.getByLabel('Description').fill('idemeum');
  await blade.getByLabel('Expires').selectOption({ label: '730 days (24 months)' });
  await settle(page);
  await snap('portal-add-client-secret', page);
  await blade.getByRole('button', { name: 'Add', exact: true }).click();
  await settle(page, 1500);
  await snap('portal-secret-captured', page);

  await page.getByRole('link', { name: 'API permissions' }).click();
  await page.getByRole('button', { name: 'Add a permission' }).click();
  await page.getByRole('button', { name: /^Microsoft Graph/ }).click();
  await page.getByRole('button', { name: /^Application permissions/ }).click();
  await page.waitForSelector('[data-assist-step="portal.tick-permissions"]', { timeout: 15_000 });
  await settle(page);
  await snap('portal-select-permissions', page);
  await page.locator('idemeum-entra-assist').getByRole('button', { name: 'Select all 12' }).click();
  await page.waitForSelector('[data-assist-step="portal.add-permissions"]', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Add permissions', exact: true }).click();
  await page.waitForSelector('[data-assist-step="portal.grant-consent"]', { timeout: 15_000 });
  await settle(page);
  await snap('portal-grant-consent', page);
  await page.getByRole('button', { name: /^Grant admin consent for / }).click();
  await page.getByRole('button', { name: 'Yes', exact: true }).click();
  await page.waitForSelector('[data-assist-step="portal.consent-granted"]', { timeout: 15_000 });
  await settle(page, 2500);
  await snap('portal-consent-granted', page);
}

/** The portal once more, in German and with the Fluent markup kit: a screenshot at each guided action. */
export async function walkPortalInGerman(h: Harness, snap: Snap): Promise<void> {
  const page = await h.context.newPage();
  const slug = (label: string) =>
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const nothing = async () => {};
  await walkPortalVariant(
    page,
    h.sandbox.state,
    { host: 'portal.azure.com', kit: 'fluent', language: 'de' },
    'idemeum-de',
    {
      onStep: async (label) => {
        await settle(page);
        await snap(`portal-de-${slug(label)}`, page);
      },
      onRegistered: nothing,
      onSecretAdded: nothing,
    },
  );
  await page.close();
}

export async function walkIdemeum(h: Harness, snap: Snap, host = 'acme.idemeum.com'): Promise<void> {
  const page = await h.context.newPage();
  const fillButton = page.locator('idemeum-entra-assist').getByRole('button', { name: 'Fill from Entra setup' });
  await page.goto(`https://${host}/adminportal`);
  await page.waitForSelector('[data-assist-step="idemeum.open-user-source"]', { timeout: 15_000 });
  await settle(page);
  await snap('idemeum-dashboard', page);

  await page.getByRole('link', { name: 'User source' }).click();
  await page.getByRole('combobox', { name: 'User source' }).selectOption({ label: 'entraid' });
  await fillButton.waitFor({ timeout: 15_000 });
  await settle(page);
  await snap('idemeum-user-source', page);
  await fillButton.click();
  await page.waitForSelector('[data-assist-step="idemeum.save-user-source"]', { timeout: 15_000 });
  await settle(page);
  await snap('idemeum-user-source-filled', page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'User source saved' }).first().waitFor();
  await settle(page);
  await snap('idemeum-user-source-saved', page);

  await page.getByRole('link', { name: 'Applications' }).click();
  await page.getByRole('button', { name: 'Add application' }).click();
  await page.getByRole('button', { name: /^Managed password app/ }).click();
  await page.getByRole('textbox', { name: /^(Name|Application name)$/ }).fill('Entra ID JIT');
  await fillButton.waitFor({ timeout: 15_000 });
  await fillButton.click();
  await page.waitForSelector('[data-assist-step="idemeum.validate"]', { timeout: 15_000 });
  await settle(page);
  await snap('idemeum-jit-filled', page);
  await page.getByRole('button', { name: 'Validate' }).click();
  await page.getByRole('status').filter({ hasText: 'Credentials validated' }).first().waitFor();
  await page.waitForSelector('[data-assist-step="idemeum.save-app"]', { timeout: 15_000 });
  await settle(page);
  await snap('idemeum-jit-validated', page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Application saved' }).first().waitFor();
  await settle(page, 1500);
  await snap('idemeum-jit-saved', page);
}
