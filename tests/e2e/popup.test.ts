// The popup and side panel of the loaded extension during the sandbox flow: the right values and
// statuses at each stage, and no serious accessibility violation there or in the in-page overlay.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkPortal } from '../demo/walk';
import { seriousViolations } from './axe';
import { type Harness, launch } from './harness';

let h: Harness;
let popup: Page;
beforeAll(async () => {
  h = await launch();
  popup = await h.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 360, height: 800 });
});
afterAll(async () => {
  await h?.close();
});

const shownValue = (label: string) => popup.getByLabel(`${label} in use`).textContent();

describe('popup during the portal flow', () => {
  it('shows what was captured, the permissions and consent, at each stage', async () => {
    const { state } = h.sandbox;
    const seen: string[] = [];
    await walkPortal(h, async (stage, page) => {
      seen.push(stage);
      await popup.reload();
      await popup.waitForSelector('html[data-ready="true"]');
      if (stage === 'portal-app-registrations') {
        expect(
          await popup.getByRole('listitem').filter({ hasText: 'Register the app' }).getAttribute('aria-current'),
        ).toBe('step');
        expect(await seriousViolations(popup)).toEqual([]);
      }
      if (stage === 'portal-overview-ids-captured') {
        const app = state.applications.at(-1)!;
        await expect.poll(() => shownValue('Application (client) ID')).toBe(app.appId);
        expect(await shownValue('Directory (tenant) ID')).toBe(state.portalTenantId);
        expect(await popup.getByLabel('Client secret value in use').count()).toBe(0);
      }
      if (stage === 'portal-secret-captured') {
        const secret = state.applications.at(-1)!.passwordCredentials[0]!;
        expect(await shownValue('Client secret value')).toBe(`${secret.hint}••••••••`);
        expect(await popup.content()).not.toContain(secret.secretText);
        expect(await popup.getByText(/^The secret expires on /).textContent()).toMatch(/in 7(29|30) days/);
      }
      if (stage === 'portal-grant-consent') {
        // The overlay and its tooltip, scanned in the page that shows them.
        expect(await seriousViolations(page, 'idemeum-entra-assist')).toEqual([]);
      }
      if (stage === 'portal-consent-granted') {
        await expect
          .poll(
            async () => {
              await popup.reload();
              return popup.getByText(/^\d+ of 12 granted$/).textContent();
            },
            { timeout: 30_000 },
          )
          .toBe('12 of 12 granted');
        const list = popup.getByRole('list', { name: 'Microsoft Graph application permissions' });
        expect(await list.getByText('Granted', { exact: true }).count()).toBe(12);
        expect(await popup.getByRole('button', { name: 'Fill the user source' }).isEnabled()).toBe(true);
        expect(await seriousViolations(popup)).toEqual([]);
      }
    });
    expect(seen).toContain('portal-consent-granted');
  });

  it('the side panel shows the same view, without the "side panel" button, accessibly', async () => {
    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.waitForSelector('html[data-ready="true"]');
    expect(await panel.getByText('12 of 12 granted').count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Keep open in side panel' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Keep open in side panel' }).count()).toBe(1);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('works at 360 px wide without horizontal scrolling', async () => {
    const sticking = await popup.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName}.${el.className}: ${Math.round(el.getBoundingClientRect().right)} > ${width}`);
    });
    expect(sticking).toEqual([]);
  });
});
