// The console guide on several consoles in any order (A → B → A), on two kinds of console: one with links
// in its menu and native selects, one with a tree menu, tabs on its Users page and a dropdown that opens a
// list. Every step is done by clicking the highlighted element itself, so nothing the guide draws may
// stand in the way (Playwright refuses a click another element would receive).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idemeumConsoleRecords } from '../sandbox/idemeum/console';
import { appWithPermissions } from '../sandbox/scenarios';
import { runCheck, setCredentials } from './extension-api';
import { type Harness, launch } from './harness';
import { highlightedStep, tooltip } from './portal-steps';

let h: Harness;
let values: { tenantId: string; clientId: string; secret: string };
let domain: string;
beforeAll(async () => {
  h = await launch();
  const s = appWithPermissions(h.sandbox.state, { name: 'idemeum-consoles', consent: true });
  values = { tenantId: s.tenantId, clientId: s.app.appId, secret: s.secret.secretText };
  await setCredentials(h, values);
  const result = await runCheck(h);
  expect(result.verdict).toBe('passed');
  domain = result.domains[0]?.name ?? '';
});
afterAll(async () => {
  await h?.close();
});

const A = 'tabbed.idemeum.com';
const B = 'bravo.idemeum.com';

async function expectStep(page: Page, step: string) {
  await expect.poll(() => highlightedStep(page), { timeout: 15_000 }).toEqual({ step, frame: 'top' });
}

/** The step is highlighted on this kind of element (its role, else its tag): a step may move on, e.g. from a menu entry to a tab. */
async function expectStepOn(page: Page, step: string, kind: string) {
  await expectStep(page, step);
  const kindOf = () =>
    page
      .locator(`[data-assist-step="${step}"]`)
      .evaluate((el) => el.getAttribute('role') ?? el.localName, undefined, { timeout: 5_000 })
      .catch(() => null);
  await expect.poll(kindOf, { timeout: 15_000 }).toBe(kind);
}

/** Clicks the element the guide highlights for `step`, as the admin would. */
async function clickHighlighted(page: Page, step: string) {
  await expectStep(page, step);
  await page.locator(`[data-assist-step="${step}"]`).click();
}

/** What the console's backend saved (the replica's records). */
const savedOn = (host: string) => idemeumConsoleRecords(h.sandbox.state).get(host);

async function userSourceByHand(page: Page) {
  await page.getByRole('textbox', { name: /^(Directory \(tenant\) ID|Tenant ID)$/ }).fill(values.tenantId);
  await page.getByRole('textbox', { name: /^(Application \(client\) ID|Client ID)$/ }).fill(values.clientId);
  await page.getByLabel(/^Client secret/).fill(values.secret);
  await page.getByRole('textbox', { name: /^(Domain for user onboarding|User onboarding domain)$/ }).fill(domain);
}

/** The JIT app, from Applications to Save: `byHand` types and chooses everything on the page's own controls. */
async function jitApp(page: Page, byHand: boolean) {
  await clickHighlighted(page, 'idemeum.open-applications');
  await clickHighlighted(page, 'idemeum.add-application');
  await clickHighlighted(page, 'idemeum.managed-password-app');
  await expectStep(page, 'idemeum.app-name');
  await page.locator('[data-assist-step="idemeum.app-name"]').fill('Entra ID JIT');
  await expectStep(page, 'idemeum.app-credentials');
  if (byHand) {
    await page.locator('[data-assist-step="idemeum.app-credentials"]').selectOption({ label: 'Web application' });
    await page.getByRole('combobox', { name: 'Credentials' }).selectOption({ label: 'Entra ID OIDC credentials' });
    await page.getByRole('textbox', { name: 'Directory (tenant) ID' }).fill(values.tenantId);
    await page.getByRole('textbox', { name: 'Application (client) ID' }).fill(values.clientId);
    await page.getByLabel(/^Client secret/).fill(values.secret);
  } else {
    await page.locator('idemeum-entra-assist').getByRole('button', { name: 'Fill from Entra setup' }).click();
  }
  await clickHighlighted(page, 'idemeum.validate');
  if (byHand) {
    await expectStep(page, 'idemeum.provisioning-domain');
    await page.locator('[data-assist-step="idemeum.provisioning-domain"]').selectOption({ label: domain });
  }
  await clickHighlighted(page, 'idemeum.save-app');
  await expectStep(page, 'idemeum.done');
}

describe('the console guide on several consoles', () => {
  it('A → B → A: each console goes on where it was; a tree menu, tabs and an open list are guided', async () => {
    const a = await h.context.newPage();
    await a.goto(`https://${A}/adminportal`);
    // A tree menu: Users is a tree item; on the Users page, the User source tab.
    await expectStepOn(a, 'idemeum.open-user-source', 'treeitem');
    await clickHighlighted(a, 'idemeum.open-user-source');
    await expectStepOn(a, 'idemeum.open-user-source', 'tab');
    await clickHighlighted(a, 'idemeum.open-user-source');
    // The dropdown, then its open list: the option to choose is highlighted.
    await expectStepOn(a, 'idemeum.choose-entra', 'combobox');
    await clickHighlighted(a, 'idemeum.choose-entra');
    await expectStepOn(a, 'idemeum.choose-entra', 'option');
    expect(await a.locator('[data-assist-step]').textContent()).toBe('entraid');
    await clickHighlighted(a, 'idemeum.choose-entra');
    await expectStep(a, 'idemeum.user-source-credentials');
    await userSourceByHand(a);
    await clickHighlighted(a, 'idemeum.save-user-source');
    await a.getByRole('status').filter({ hasText: 'User source saved' }).first().waitFor();
    // Saved: Applications (a tree item) is next.
    await expectStepOn(a, 'idemeum.open-applications', 'treeitem');
    await expect.poll(async () => savedOn(A)?.userSource?.entra?.applicationClientId).toBe(values.clientId);

    // B, a console with links: both forms.
    const b = await h.context.newPage();
    await b.goto(`https://${B}/adminportal`);
    await expectStepOn(b, 'idemeum.open-user-source', 'button');
    await clickHighlighted(b, 'idemeum.open-user-source');
    await expectStepOn(b, 'idemeum.open-user-source', 'a');
    await clickHighlighted(b, 'idemeum.open-user-source');
    await expectStep(b, 'idemeum.choose-entra');
    await b.getByRole('combobox', { name: 'User source' }).selectOption({ label: 'entraid' });
    await expectStep(b, 'idemeum.user-source-credentials');
    await b.locator('idemeum-entra-assist').getByRole('button', { name: 'Fill from Entra setup' }).click();
    await clickHighlighted(b, 'idemeum.save-user-source');
    await jitApp(b, false);
    await expect.poll(async () => savedOn(B)?.passwordApps.length ?? 0).toBe(1);

    // Back on A: it goes on at Applications, not at step 1, and finishes its JIT app by hand (the walk
    // needs no click on the guide).
    await a.goto(`https://${A}/adminportal`);
    await jitApp(a, true);
    await expect.poll(async () => savedOn(A)?.passwordApps.length ?? 0).toBe(1);
    // And B, opened again, still knows both its forms are saved: its user source form offers a new fill.
    await b.goto(`https://${B}/adminportal/users/user-source`);
    await expectStep(b, 'idemeum.user-source-credentials');
    await expect.poll(() => tooltip(b).textContent()).toContain('The user source is saved.');
    await b.close();
    await a.close();
  });
});
