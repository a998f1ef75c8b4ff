// Nothing the guide draws swallows a click or hides a control: on every replica page, while a step shows,
// each visible control of the page gets a real mouse click at its centre; the tooltip is on screen and
// covers no control, and stays clear of an open dropdown's list next to its target.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithPermissions } from '../sandbox/scenarios';
import { controlsNotReached } from './click-through';
import { type Harness, launch } from './harness';
import { bladeFrame, highlightedStep, tooltip } from './portal-steps';

let h: Harness;
let app: ReturnType<typeof appWithPermissions>['app'];
beforeAll(async () => {
  h = await launch();
  // No secret known yet: the portal's secret steps are still to do.
  app = appWithPermissions(h.sandbox.state, { name: 'click-through', consent: false }).app;
});
afterAll(async () => {
  await h?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectStep(page: Page, step: string, frame: 'top' | 'blade' = 'top') {
  await expect.poll(() => highlightedStep(page), { timeout: 15_000 }).toEqual({ step, frame });
}

/** The tooltip is shown (not stepped aside) and every control of the frame gets its clicks. */
async function expectNothingBlocked(page: Page, frame: Frame = page.mainFrame()) {
  await expect.poll(() => tooltip(frame).getAttribute('data-mode'), { timeout: 10_000 }).toMatch(/^(full|chip)$/);
  const { clicked, blocked } = await controlsNotReached(page, frame);
  expect(blocked).toEqual([]);
  expect(clicked).toBeGreaterThan(0);
}

const appBlade = (item: string) =>
  `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${item}/appId/${app.appId}/objectId/${app.id}/isMSAApp~/false`;

describe('the guide never stands in the way', () => {
  it('on every portal page and pane, each control gets its click while a step shows', async () => {
    const page = await h.context.newPage();
    await page.goto('https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade');
    await expectStep(page, 'portal.new-registration');
    await expectNothingBlocked(page);

    await page.getByRole('button', { name: 'New registration' }).click();
    await expectStep(page, 'portal.name');
    await expectNothingBlocked(page);

    await page.goto(appBlade('Overview'));
    await expectStep(page, 'portal.open-certificates');
    await expectNothingBlocked(page);

    await page.getByRole('link', { name: 'Certificates & secrets' }).click();
    await expectStep(page, 'portal.new-client-secret', 'blade');
    await expectNothingBlocked(page, bladeFrame(page));
    await bladeFrame(page).getByRole('button', { name: 'New client secret' }).click();
    await expectStep(page, 'portal.secret-expiry', 'blade');
    await expectNothingBlocked(page, bladeFrame(page));

    await page.goto(appBlade('CallAnAPI'));
    await expectStep(page, 'portal.grant-consent');
    await expectNothingBlocked(page);
    // The pane over it (all 12 are there already: the consent step stays, over the pane).
    await page.getByRole('button', { name: 'Add a permission' }).click();
    await page.getByRole('dialog', { name: /^Request API permissions/ }).waitFor();
    await expectStep(page, 'portal.grant-consent');
    await expectNothingBlocked(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Grant admin consent for / }).click();
    await expectStep(page, 'portal.confirm-consent');
    await expectNothingBlocked(page);
    await page.close();
  });

  it('with a dropdown’s list open under the Expires box, the tooltip covers neither the list nor its options', async () => {
    const page = await h.context.newPage();
    await page.goto(appBlade('Credentials'));
    const blade = await expect
      .poll(() => page.frames().some((f) => f.url().includes('.reactblade.portal.azure.net')), { timeout: 15_000 })
      .toBe(true)
      .then(() => bladeFrame(page));
    await blade.getByRole('button', { name: 'New client secret' }).click();
    await expectStep(page, 'portal.secret-expiry', 'blade');
    // The Expires box as Fluent UI draws it on entra.microsoft.com: its option list opens in a layer at the
    // end of the page, right under the box (the replica's own box is a native select, whose list the browser
    // draws above any page content).
    await blade.evaluate(() => {
      const box = document.querySelector('[data-assist-step="portal.secret-expiry"]')!.getBoundingClientRect();
      const list = document.createElement('div');
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-label', 'Expires');
      Object.assign(list.style, {
        position: 'fixed',
        left: `${box.left}px`,
        top: `${box.bottom + 2}px`,
        width: `${box.width}px`,
        background: '#fff',
        border: '1px solid #888',
        zIndex: '1000000',
      });
      for (const text of [
        '90 days (3 months)',
        '180 days (6 months)',
        '365 days (12 months)',
        '545 days (18 months)',
        '730 days (24 months)',
        'Custom',
      ]) {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.textContent = text;
        Object.assign(option.style, { padding: '8px', cursor: 'pointer' });
        list.append(option);
      }
      document.body.append(list);
    });
    const list = blade.getByRole('listbox', { name: 'Expires' });
    await expect
      .poll(
        async () => {
          const [tip, open] = [await tooltip(blade).boundingBox(), await list.boundingBox()];
          const mode = await tooltip(blade).getAttribute('data-mode');
          return !!tip && !!open && mode !== 'aside' && !overlap(tip, open);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const { blocked } = await controlsNotReached(page, blade);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('in a smaller window, where the whole tooltip fits nowhere free, it shrinks to a one-line chip', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto('https://acme.idemeum.com/adminportal/users/user-source');
    await expectStep(page, 'idemeum.choose-entra');
    await expect.poll(() => tooltip(page).getAttribute('data-mode'), { timeout: 10_000 }).toBe('chip');
    const chip = await tooltip(page).boundingBox();
    expect(chip?.height).toBeLessThan(48);
    await expectNothingBlocked(page);
    await page.close();
  });

  it('on every console page, both kinds of console, and next to the open list of sources', async () => {
    const page = await h.context.newPage();
    for (const host of ['acme.idemeum.com', 'tabbed.idemeum.com']) {
      for (const path of ['', '/users', '/users/user-source', '/applications', '/applications/new']) {
        await page.goto(`https://${host}/adminportal${path}`);
        await expect.poll(() => highlightedStep(page), { timeout: 15_000 }).toBeDefined();
        await expectNothingBlocked(page);
      }
      await page.getByRole('button', { name: /^Managed password app/ }).click();
      await expectStep(page, 'idemeum.app-name');
      await expectNothingBlocked(page);
    }
    // The tabbed console's dropdown of sources, open: its option to choose is the step.
    await page.goto('https://tabbed.idemeum.com/adminportal/users/user-source');
    await expectStep(page, 'idemeum.choose-entra');
    await page.getByRole('combobox', { name: 'User source' }).click();
    await expect
      .poll(() => page.locator('[data-assist-step="idemeum.choose-entra"]').getAttribute('role'), { timeout: 10_000 })
      .toBe('option');
    const list = page.getByRole('listbox', { name: 'User source' });
    await expect
      .poll(
        async () => {
          const [tip, open] = [await tooltip(page).boundingBox(), await list.boundingBox()];
          return !!tip && !!open && !overlap(tip, open);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await expectNothingBlocked(page);
    await page.close();
  });

  it('on a crowded page, a tooltip with no free room lets clicks through its body; only its own buttons take them', async () => {
    const page = await h.context.newPage();
    await page.goto('https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade');
    await expectStep(page, 'portal.new-registration');
    // Controls everywhere but on the target and the row below it: every place for the tooltip covers some.
    await page.evaluate(() => {
      const t = document.querySelector('[data-assist-step]')!.getBoundingClientRect();
      const keep = { x: t.left - 16, y: t.top - 16, right: t.right + 16, bottom: t.bottom + 90 };
      const crowd = document.createElement('div');
      crowd.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:1000';
      let n = 0;
      for (let y = 4; y + 28 < innerHeight; y += 34) {
        for (let x = 4; x + 80 < innerWidth; x += 86) {
          if (x < keep.right && x + 80 > keep.x && y < keep.bottom && y + 28 > keep.y) continue;
          const button = document.createElement('button');
          button.setAttribute('aria-label', `crowd ${n++}`);
          button.style.cssText = `position:absolute;left:${x}px;top:${y}px;width:80px;height:28px;pointer-events:auto`;
          crowd.append(button);
        }
      }
      document.body.append(crowd);
    });
    await expect.poll(() => tooltip(page).getAttribute('data-covers'), { timeout: 10_000 }).not.toBeNull();
    await expect.poll(() => tooltip(page).getAttribute('data-mode')).toMatch(/^(full|chip)$/);
    // The crowd's buttons under the tooltip, and those of them under one of its own buttons.
    const under = await page.evaluate(() => {
      const host = document.querySelector('idemeum-entra-assist')!.shadowRoot!;
      const inside = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
      const tip = host.querySelector('section')!.getBoundingClientRect();
      const own = Array.from(host.querySelectorAll('section button, section a.button'), (b) =>
        b.getBoundingClientRect(),
      );
      const result = { tooltip: [] as string[], ownButtons: [] as string[] };
      for (const b of Array.from(document.querySelectorAll('button[aria-label^="crowd "]'))) {
        const r = b.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        const name = b.getAttribute('aria-label')!;
        if (inside(tip, x, y)) result.tooltip.push(name);
        if (own.some((o) => inside(o, x, y))) result.ownButtons.push(name);
      }
      return result;
    });
    expect(under.tooltip.length).toBeGreaterThan(under.ownButtons.length);
    const { clicked, blocked } = await controlsNotReached(page);
    expect(clicked).toBeGreaterThan(under.tooltip.length);
    const blockedNames = blocked.map((b) => /“(.*)”/.exec(b.control)?.[1]);
    expect(blockedNames.filter((name) => !under.ownButtons.includes(name ?? ''))).toEqual([]);
    await page.close();
  });
});
