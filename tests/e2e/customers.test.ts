// An MSP's thousands of customers in the real browser: switching loses nothing, export and import
// round-trip 2,000, an import raises one reminder, the picker finds a customer among 2,000, deletion
// can be undone, and the pages stay accessible. All customers are generated at run time.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithPermissions } from '../sandbox/scenarios';
import { exportFile, type GeneratedCustomer, generateCustomers } from '../support/customers';
import { seriousViolations } from './axe';
import { badgeText, message, runCheck, setCredentials, state, stopServiceWorker } from './extension-api';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

interface Stored {
  id: string;
  label: string;
  tenantId?: string;
  clientId?: string;
  domain?: string;
  secretExpiresAt?: string;
}
const profiles = async () => (await message<{ activeId: string; list: Stored[] }>(h, { type: 'profiles.list' })).data!;
const importText = (text: string) =>
  message<{ added: number; updated: number; refused: unknown[] }>(h, { type: 'profiles.import', text });

async function openPopup(): Promise<Page> {
  const popup = await h.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.waitForSelector('html[data-ready="true"]');
  return popup;
}
async function openOptions(): Promise<Page> {
  const options = await h.openExtensionPage('options.html');
  await options.waitForSelector('html[data-ready="true"]');
  return options;
}
const shownValue = (popup: Page, label: string) => popup.getByLabel(`${label} in use`).textContent();
const comboboxOf = (popup: Page) => popup.getByRole('combobox', { name: 'Find a customer' });
const longDate = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(iso));

const roundTrip: GeneratedCustomer[] = generateCustomers(2_000, { prefix: 'rt' });

describe('thousands of customers', () => {
  it('switches A → B → A between a live and an imported customer, every field of both intact', async () => {
    const live = appWithPermissions(h.sandbox.state, { name: 'idemeum', consent: true });
    await setCredentials(h, { tenantId: live.tenantId, clientId: live.app.appId, secret: live.secret.secretText });
    expect((await runCheck(h)).verdict).toBe('passed');
    const [imported] = generateCustomers(1, { prefix: 'imp' });
    expect((await importText(exportFile([imported!]))).data).toMatchObject({ added: 1 });
    await expect.poll(async () => (await profiles()).list[0]?.domain, { timeout: 10_000 }).toBe('contoso.example');
    const before = await profiles();

    const popup = await openPopup();
    await comboboxOf(popup).fill(imported!.domain.slice(0, 6));
    await popup.getByRole('option', { name: new RegExp(`^${imported!.label}`) }).click();
    await expect.poll(() => shownValue(popup, 'Directory (tenant) ID')).toBe(imported!.tenantId);
    expect(await shownValue(popup, 'Application (client) ID')).toBe(imported!.clientId);
    await popup.getByText(`${imported!.domain} · secret expires on ${longDate(imported!.secretExpiresAt)}`).waitFor();

    await comboboxOf(popup).fill('Customer 1');
    await popup.getByRole('option', { name: /^Customer 1/ }).waitFor();
    await comboboxOf(popup).press('ArrowDown');
    await comboboxOf(popup).press('Enter');
    await expect.poll(() => shownValue(popup, 'Directory (tenant) ID')).toBe(live.tenantId);
    const back = await state(h);
    expect(back.credentials).toMatchObject({ tenantId: live.tenantId, clientId: live.app.appId });
    expect(back.credentials.secret?.masked).toBe(`${live.secret.hint}••••••••`);
    expect(back.check.result?.verdict).toBe('passed');
    expect(await profiles()).toEqual(before);
    await popup.close();
  });

  it('imports 2,000 through the options page, exports them, and imports the export again: nothing lost', async () => {
    const options = await openOptions();
    await options.getByLabel('Import profiles…').setInputFiles({
      name: 'customers.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportFile(roundTrip)),
    });
    await options.getByText('Imported: 2,000 added, 0 updated, 0 refused.').waitFor({ timeout: 30_000 });

    await options.getByRole('button', { name: 'Export all profiles' }).click();
    const download = options.waitForEvent('download');
    await options.getByRole('link', { name: 'Save the file (all)' }).click();
    const file = readFileSync((await (await download).path())!, 'utf8');
    const exported = JSON.parse(file) as { profiles: Stored[] };
    const wanted = new Set(roundTrip.map((c) => c.id));
    expect(exported.profiles.filter((p) => wanted.has(p.id))).toEqual(roundTrip);
    expect(exported.profiles).toHaveLength(2_002);

    const again = await importText(file);
    expect(again.data).toMatchObject({ added: 0, updated: 2_002, refused: [] });
    const second = await message<{ profiles: Stored[] }>(h, { type: 'profiles.export' });
    expect(JSON.stringify(second.data!.profiles)).toBe(JSON.stringify(exported.profiles));
    await options.close();
  });

  it('the picker finds one customer among 2,000 by a domain fragment and by a tenant ID prefix', async () => {
    const popup = await openPopup();
    const box = comboboxOf(popup);
    await box.fill('rt12');
    // rt1200 … rt1299: a hundred match, twenty are rendered.
    await popup.getByText('20 of 100 customers shown: type to narrow.').waitFor();
    expect(await popup.getByRole('option').count()).toBe(20);
    expect(await box.getAttribute('aria-expanded')).toBe('true');

    const byDomain = roundTrip[1233]!;
    await box.fill(byDomain.domain.slice(0, 8));
    await expect
      .poll(() => popup.getByRole('option').allTextContents())
      .toEqual([
        `${byDomain.label}${byDomain.domain} · tenant ${byDomain.tenantId.slice(0, 8)}… · ${byDomain.idemeumHost}`,
      ]);

    const byTenant = roundTrip[1500]!;
    await box.fill(byTenant.tenantId.slice(0, 8));
    const option = popup.getByRole('option', { name: new RegExp(`^${byTenant.label}`) });
    await option.waitFor();
    expect(await popup.getByRole('option').count()).toBe(1);
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await expect.poll(() => shownValue(popup, 'Directory (tenant) ID')).toBe(byTenant.tenantId);
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    // Recent customers come first before anything is typed; Escape closes the list.
    await box.press('ArrowDown');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toMatch(new RegExp(`^${byTenant.label}`));
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await popup.close();
  });

  it('deletes a customer after a confirmation, and undo brings it back whole', async () => {
    const victim = roundTrip[6]!;
    const options = await openOptions();
    await options.getByLabel('Filter customers').fill(victim.domain);
    const trigger = options.getByRole('button', { name: `Delete ${victim.label}` });
    const focused = (l: typeof trigger) => l.evaluate((el) => el === document.activeElement);
    await trigger.click();
    const dialog = options.getByRole('alertdialog');
    await dialog.getByText(`Delete ${victim.label}?`, { exact: false }).waitFor();
    // The confirmation takes the focus on its harmless choice, and Escape gives it back to the trigger.
    await expect.poll(() => focused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await options.keyboard.press('Escape');
    await expect.poll(() => focused(trigger)).toBe(true);
    await trigger.click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await options.getByText('Deleted 1 customer.').waitFor();
    await expect.poll(() => focused(options.getByRole('button', { name: 'Undo' }))).toBe(true);
    await expect.poll(() => options.getByRole('textbox', { name: `Name of ${victim.label}` }).count()).toBe(0);
    expect((await profiles()).list.some((p) => p.id === victim.id)).toBe(false);

    await options.getByRole('button', { name: 'Undo' }).click();
    await options.getByText('Restored 1 customer. Its secret was not kept: capture it again in the portal.').waitFor();
    await options.getByRole('textbox', { name: `Name of ${victim.label}` }).waitFor();
    const list = (await profiles()).list;
    expect(list.find((p) => p.id === victim.id)).toEqual({ ...victim, remindersSent: [] });
    expect(list.findIndex((p) => p.id === victim.id)).toBe(2 + 6);
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('an import of 500 with 75 secrets due raises one notification, and the popup one Needs attention entry', async () => {
    const sw = await h.worker();
    type Notifications = {
      chrome: {
        notifications: { getAll: () => Promise<Record<string, boolean>>; clear: (id: string) => Promise<boolean> };
      };
    };
    const shown = () =>
      sw.evaluate(async () =>
        Object.keys(await (globalThis as unknown as Notifications).chrome.notifications.getAll()),
      );
    await sw.evaluate(async () => {
      const n = (globalThis as unknown as Notifications).chrome.notifications;
      for (const id of Object.keys(await n.getAll())) await n.clear(id);
    });
    const due = generateCustomers(500, { due: 75, prefix: 'due' });
    expect((await importText(exportFile(due))).data).toMatchObject({ added: 500, refused: [] });
    expect(await shown()).toEqual(['reminders']);
    expect(await badgeText(h)).toBe('3d');

    const popup = await openPopup();
    const entry = popup.getByText('Needs attention (75)');
    await entry.click();
    const items = popup.getByRole('list').filter({ hasText: 'secret expires in' }).getByRole('listitem');
    expect(await items.count()).toBe(50);
    expect(await items.first().textContent()).toMatch(/^Customer due 0001: secret expires in 3 days/);
    expect(await popup.getByRole('button', { name: /^Rotate / }).count()).toBe(50);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await comboboxOf(popup).fill('due');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('moves profiles stored the old way (one item) to one key each when the worker starts, losing none', async () => {
    const customers = generateCustomers(300, { prefix: 'old' }).map((c) => ({ ...c, remindersSent: [] }));
    const parked = { credentials: { tenantId: customers[5]!.tenantId, clientId: customers[5]!.clientId } };
    const sw = await h.worker();
    type Local = { chrome: { storage: { local: { clear: () => Promise<void>; set: (v: object) => Promise<void> } } } };
    await sw.evaluate(
      async ([list, workspace]) => {
        const local = (globalThis as unknown as Local).chrome.storage.local;
        await local.clear();
        await local.set({
          profiles: { activeId: list[0]?.id, list },
          workspaces: { [String(list[5]?.id)]: workspace },
        });
      },
      [customers, parked] as const,
    );
    await stopServiceWorker(h);
    expect(await profiles()).toEqual({ activeId: customers[0]!.id, list: customers });
    await message(h, { type: 'profiles.switch', id: customers[5]!.id });
    expect((await state(h)).credentials).toMatchObject(parked.credentials);
  });
});
