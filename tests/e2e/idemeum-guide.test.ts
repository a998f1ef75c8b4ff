// The guide in the idemeum console replica, in real Chromium: each step of both forms highlighted in
// order, the in-page Fill button, words when the console changed its menu, and silence once both are saved.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK_AFTER_MS } from '../../lib/guide/engine';
import { appWithPermissions } from '../sandbox/scenarios';
import { consoleScriptReady, runCheck, setCredentials, state } from './extension-api';
import { type Harness, launch } from './harness';
import { highlightedStep, tooltip } from './portal-steps';

const CONSOLE = 'https://acme.idemeum.com/adminportal';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  const s = appWithPermissions(h.sandbox.state, { name: 'idemeum-guide', consent: true });
  await setCredentials(h, { tenantId: s.tenantId, clientId: s.app.appId, secret: s.secret.secretText });
  expect((await runCheck(h)).verdict).toBe('passed');
});
afterAll(async () => {
  await h?.close();
});

async function expectStep(page: Page, step: string) {
  await expect.poll(() => highlightedStep(page), { timeout: 15_000 }).toEqual({ step, frame: 'top' });
}
const fillButton = (page: Page) =>
  page.locator('idemeum-entra-assist').getByRole('button', { name: 'Fill from Entra setup' });

/** The console renamed a menu entry: what a person sees changes, so the guide cannot find it. */
async function renameMenuEntry(page: Page, from: string, to: string) {
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.evaluate(
    ({ before, after }) => {
      for (const span of document.querySelectorAll('nav span')) {
        if (span.textContent === before) span.textContent = after;
      }
    },
    { before: from, after: to },
  );
}

describe('the guide in the idemeum console', () => {
  it('says in words what to look for when the console renamed its menu, and never highlights a wrong target', async () => {
    const page = await h.context.newPage();
    await page.goto(CONSOLE);
    await expectStep(page, 'idemeum.open-user-source');
    await renameMenuEntry(page, 'User source', 'Identity provider');
    await renameMenuEntry(page, 'Users', 'People');
    await expect
      .poll(() => tooltip(page).textContent(), { timeout: 15_000 })
      .toContain('Not found on this page yet. Look for “User source” under Users in the menu.');
    expect(await tooltip(page).textContent()).toContain('First connect the user source');
    expect(await highlightedStep(page)).toBeUndefined();
    await page.close();
  });

  it('walks both forms step by step, filling from the tooltip, then stays quiet on every console page', async () => {
    const page = await h.context.newPage();
    await page.goto(CONSOLE);
    await expectStep(page, 'idemeum.open-user-source');
    await page.getByRole('link', { name: 'User source' }).click();
    await expectStep(page, 'idemeum.choose-entra');
    await page.getByRole('combobox', { name: 'User source' }).selectOption({ label: 'entraid' });
    await expectStep(page, 'idemeum.user-source-credentials');
    await fillButton(page).click();
    await expectStep(page, 'idemeum.save-user-source');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'User source saved' }).first().waitFor();
    await expect.poll(async () => (await state(h)).idemeum?.userSourceSavedAt, { timeout: 10_000 }).toBeDefined();

    // Saved: the guide points on to Applications, from the form itself.
    await expectStep(page, 'idemeum.open-applications');
    // Back on the saved form to correct it: its own step again, not the way to Applications.
    await page.reload();
    await expectStep(page, 'idemeum.user-source-credentials');
    await expect.poll(() => tooltip(page).textContent()).toContain('The user source is saved.');
    await page.getByRole('link', { name: 'Applications' }).click();
    await expectStep(page, 'idemeum.add-application');
    await page.getByRole('button', { name: 'Add application' }).click();
    await expectStep(page, 'idemeum.managed-password-app');
    await page.getByRole('button', { name: /^Managed password app/ }).click();
    await expectStep(page, 'idemeum.app-name');
    await page.getByRole('textbox', { name: /^(Name|Application name)$/ }).fill('Entra ID JIT');
    await expectStep(page, 'idemeum.app-credentials');
    await fillButton(page).click();
    await expectStep(page, 'idemeum.validate');
    await page.getByRole('button', { name: 'Validate' }).click();
    await page.getByRole('status').filter({ hasText: 'Credentials validated' }).first().waitFor();
    await expectStep(page, 'idemeum.save-app');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectStep(page, 'idemeum.done');
    await expect.poll(async () => (await state(h)).idemeum?.jitSavedAt, { timeout: 10_000 }).toBeDefined();

    // Both saved: the user source form offers a new fill (a rotation), in those words.
    await page.goto(`${CONSOLE}/users/user-source`);
    await expectStep(page, 'idemeum.user-source-credentials');
    await expect.poll(() => tooltip(page).textContent()).toContain('The user source is saved.');
    // Elsewhere, no step at all, highlighted or in words, even after the words' delay; nor on another
    // app's form (a password app).
    const quiet = async () => {
      await consoleScriptReady(page);
      await page.waitForTimeout(FALLBACK_AFTER_MS + 2_000);
      expect(await highlightedStep(page)).toBeUndefined();
      expect(await tooltip(page).count()).toBe(0);
    };
    for (const path of ['', '/users', '/applications']) {
      await page.goto(`${CONSOLE}${path}`);
      await quiet();
    }
    await page.getByRole('button', { name: 'Add application' }).click();
    await page.getByRole('button', { name: /^Managed password app/ }).click();
    await page.getByRole('textbox', { name: /^(Name|Application name)$/ }).fill('Shared admin password');
    await page.getByRole('combobox', { name: 'Application type' }).selectOption({ label: 'Desktop application' });
    await quiet();
    await page.close();
  });

  it('saves of another kind (the idemeum directory, a password app) are not taken for the Entra forms', async () => {
    const host = 'other-kind.idemeum.com';
    const page = await h.context.newPage();
    await page.goto(`https://${host}/adminportal/users/user-source`);
    await consoleScriptReady(page);
    await page.getByRole('combobox', { name: 'User source' }).selectOption({ label: 'idemeum directory' });
    // The guide asks for entraid, over the form: a person who means otherwise closes it.
    await expectStep(page, 'idemeum.choose-entra');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'User source saved' }).first().waitFor();

    await page.getByRole('link', { name: 'Applications' }).click();
    await page.getByRole('button', { name: 'Add application' }).click();
    await page.getByRole('button', { name: /^Managed password app/ }).click();
    await page.getByRole('textbox', { name: /^(Name|Application name)$/ }).fill('Shared admin password');
    await page.getByRole('combobox', { name: 'Application type' }).selectOption({ label: 'Desktop application' });
    await page.getByRole('combobox', { name: 'Credentials' }).selectOption({ label: 'Username and password' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Application saved' }).first().waitFor();
    // An Entra save is reported within a guide evaluation (150 ms); give it far more, then look.
    await page.waitForTimeout(2_000);
    const progress = (await state(h)).idemeum;
    expect(progress?.host === host && (progress.userSourceSavedAt || progress.jitSavedAt)).toBeFalsy();
    expect(await highlightedStep(page)).not.toEqual({ step: 'idemeum.done', frame: 'top' });
    await page.close();
  });
});
