// Two portal tabs on two apps (review defect: one route shared by all tabs). A blade frame acts on its own
// tab's app after another tab reported last, and the tab brought back to the front is the popup's again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicState } from '../../lib/background/public-state';
import { appWithPermissions } from '../sandbox/scenarios';
import { message } from './extension-api';
import { type Harness, launch } from './harness';
import { appRoute, bladeFrame, highlightedStep } from './portal-steps';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** The route an extension page (the popup) is given. */
const routeSeen = async () => (await message<PublicState>(h, { type: 'state.get' })).data?.portal.route ?? '';

describe('portal tabs', () => {
  it('tab A’s blade frame keeps guiding app X after tab B opened app Y; back in tab A, the popup follows it', async () => {
    const { state } = h.sandbox;
    const x = appWithPermissions(state, { name: 'tab-x', roles: 0 }).app;
    const y = appWithPermissions(state, { name: 'tab-y', roles: 0 }).app;

    const tabA = await h.context.newPage();
    await tabA.goto(`https://portal.azure.com/${appRoute('Credentials', x)}`);
    await expect
      .poll(() => highlightedStep(tabA), { timeout: 15_000 })
      .toEqual({ step: 'portal.new-client-secret', frame: 'blade' });

    const tabB = await h.context.newPage();
    await tabB.goto(`https://portal.azure.com/${appRoute('Overview', y)}`);
    await expect.poll(routeSeen, { timeout: 15_000 }).toContain(y.appId);

    // Tab B reported last; tab A's blade frame still reads tab A's route (Certificates & secrets of app X).
    await bladeFrame(tabA).getByRole('button', { name: 'New client secret' }).click();
    await expect
      .poll(() => highlightedStep(tabA), { timeout: 15_000 })
      .toEqual({ step: 'portal.secret-expiry', frame: 'blade' });

    await tabA.bringToFront();
    // Headless Chromium shows every page at once and sends no focus on bringToFront: say it as a window would.
    await tabA.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(routeSeen, { timeout: 15_000 }).toContain(x.appId);
    await tabA.close();
    await tabB.close();
  });
});
