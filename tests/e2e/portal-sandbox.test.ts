// The replica portal's variants are what the acceptance tests claim they are (README, sandbox): checked in plain
// Chromium without the extension, so that nothing the guide does is mistaken for the page.

import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithPermissions } from '../sandbox/scenarios';
import { type Sandbox, startSandbox } from '../sandbox/server';
import { chromiumPath } from './harness';
import { appRoute } from './portal-steps';
import { variantUrl } from './portal-variants';

const PUA = /[\uE000-\uF8FF]/;

let sandbox: Sandbox;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  sandbox = await startSandbox();
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless=new', '--no-sandbox', `--host-resolver-rules=${sandbox.hostResolverRules}, EXCLUDE localhost`],
  });
  context = await browser.newContext({ ignoreHTTPSErrors: true });
});
afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('sandbox portal variants', () => {
  it('Fluent kit: the new Value cell holds its Copy button glyph, the accessible names do not', async () => {
    const { app } = appWithPermissions(sandbox.state, { name: 'glyphs', roles: 0 });
    const page = await context.newPage();
    await page.goto(
      variantUrl({ host: 'portal.azure.com', kit: 'fluent', language: 'en-old' }, appRoute('Credentials', app)),
    );
    const view = page.frameLocator('iframe[src*=".reactblade.portal.azure.net/"]');
    await view.getByRole('tab', { name: /^Client secrets/ }).click();
    await view.getByRole('menuitem', { name: 'New client secret' }).click();
    await view
      .getByRole('dialog', { name: 'Add a client secret' })
      .getByRole('button', { name: 'Add', exact: true })
      .click();
    const issued = await expect
      .poll(() => app.passwordCredentials.find((c) => c.displayName === ''), { timeout: 15_000 })
      .toBeDefined()
      .then(() => app.passwordCredentials.find((c) => c.displayName === '')!);
    const valueCell = view.getByRole('gridcell').filter({ hasText: issued.secretText });
    const text = (await valueCell.textContent()) ?? '';
    expect(text).toContain(issued.secretText);
    expect(text).toMatch(PUA);
    expect(await valueCell.getByRole('button', { name: 'Copy to clipboard' }).count()).toBe(1);
    expect(await view.getByRole('columnheader', { name: 'Value' }).textContent()).toMatch(PUA);
    await page.close();
  });

  it('Entra admin center shell: the top document holds only the menu; the blade is a cross-origin frame', async () => {
    const page = await context.newPage();
    const v = { host: 'entra.microsoft.com', kit: 'fluent', language: 'en-new' } as const;
    await page.goto(variantUrl(v, '#home'));
    await page.getByRole('link', { name: 'App registrations', exact: true }).click();
    const blade = page.frameLocator('iframe[src*=".reactblade.portal.azure.net/"]');
    await blade.getByRole('menuitem', { name: 'New registration' }).click();
    // The frame asked the top document to navigate.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('CreateApplicationBlade');
    await blade.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('heading').count()).toBe(0);
    expect(await blade.getByRole('radio', { name: 'Single tenant only - Contoso' }).isChecked()).toBe(true);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(new URL(frame?.url() ?? 'about:blank').host).toMatch(/\.reactblade\.portal\.azure\.net(:\d+)?$/);
    await page.close();
  });

  it('German and the pseudo-locale keep routes and values, change every word', async () => {
    const { app } = appWithPermissions(sandbox.state, { name: 'words', roles: 2 });
    const page = await context.newPage();
    await page.goto(
      variantUrl({ host: 'portal.azure.com', kit: 'classic', language: 'de' }, appRoute('Overview', app)),
    );
    await page.getByText('Verzeichnis-ID (Mandant)').waitFor();
    await page.getByText(app.appId, { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Zertifikate & Geheimnisse' }).count()).toBe(1);
    await page.goto(
      variantUrl({ host: 'portal.azure.com', kit: 'classic', language: 'qps-ploc' }, appRoute('CallAnAPI', app)),
    );
    await page.getByRole('button', { name: '[Ĝŕåñţ åðɱîñ çöñšéñţ ƒöŕ Contoso]' }).waitFor();
    expect(await page.getByRole('columnheader', { name: '[Šţåţûš]' }).count()).toBe(1);
    expect(await page.getByRole('rowheader', { name: 'Organization.Read.All' }).count()).toBe(1);
    await page.close();
  });

  it('knob portalStatusIconOnly: the Status column has no text, only an icon whose tooltip says it', async () => {
    const { app } = appWithPermissions(sandbox.state, { name: 'icon-status', roles: 2, consent: true });
    sandbox.state.knobs.portalStatusIconOnly = true;
    try {
      const page = await context.newPage();
      await page.goto(`https://portal.azure.com/${appRoute('CallAnAPI', app)}`);
      const row = page.getByRole('row', { name: /^Organization\.Read\.All/ });
      await row.waitFor();
      const status = row.getByRole('gridcell').nth(3);
      // Nothing for a reader: no text, no name (the icon is aria-hidden, the tooltip hidden until hovered).
      expect(await status.ariaSnapshot()).toBe('- gridcell');
      await status.locator('span').first().hover();
      await expect.poll(() => page.getByRole('tooltip', { name: 'Granted for Contoso' }).count()).toBe(1);
      await page.close();
    } finally {
      sandbox.state.knobs.portalStatusIconOnly = false;
    }
  });
});
