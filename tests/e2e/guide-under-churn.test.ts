// The guide on a page that never stops changing (the replica's ?churn=1 activity feed, ~700 mutations a second,
// the page the benchmark measures): between full searches it keeps its target and looks only at what the
// mutations touched, yet it keeps up with a list that opens next to its target and with the admin's click.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';
import { highlightedStep, tooltip } from './portal-steps';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const CHURNING_LIST = 'https://portal.azure.com/?churn=1#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function tooltipCovers(page: Page, list: Box): Promise<boolean | undefined> {
  const tip = await tooltip(page).boundingBox();
  const mode = await tooltip(page).getAttribute('data-mode');
  if (!tip) return undefined;
  return mode !== 'aside' && overlap(tip, list);
}

describe('the guide under churn', () => {
  it('steps clear of a list shown next to its target by a style change, and moves on at the admin’s click', async () => {
    const page = await h.context.newPage();
    await page.goto(CHURNING_LIST);
    await expect
      .poll(() => highlightedStep(page), { timeout: 15_000 })
      .toEqual({
        step: 'portal.new-registration',
        frame: 'top',
      });
    // A menu layer drawn hidden first, as Fluent keeps callouts, then shown by its style alone: no node is added
    // when it opens. It lies where the tooltip stands now.
    const tip = (await tooltip(page).boundingBox())!;
    await page.evaluate((at) => {
      const layer = document.createElement('div');
      layer.id = 'menu-layer';
      Object.assign(layer.style, {
        display: 'none',
        position: 'fixed',
        left: `${at.x}px`,
        top: `${at.y}px`,
        zIndex: '1000000',
      });
      const list = document.createElement('div');
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-label', 'Filter');
      Object.assign(list.style, {
        width: `${Math.max(at.width, 200)}px`,
        background: '#fff',
        border: '1px solid #888',
      });
      for (const text of ['All applications', 'Owned applications', 'Deleted applications']) {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.textContent = text;
        Object.assign(option.style, { padding: '8px' });
        list.append(option);
      }
      layer.append(list);
      document.body.append(layer);
    }, tip);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      document.getElementById('menu-layer')!.style.display = 'block';
    });
    const list = page.getByRole('listbox', { name: 'Filter' });
    const listBox = (await list.boundingBox())!;
    // Where the tooltip stood, it would cover the list: it has to move (or step aside).
    expect(overlap(tip, listBox)).toBe(true);
    await expect.poll(() => tooltipCovers(page, listBox), { timeout: 5_000 }).toBe(false);

    // The list closes; the admin presses the highlighted button: the next step follows.
    await page.evaluate(() => document.getElementById('menu-layer')!.remove());
    await page.locator('[data-assist-step="portal.new-registration"]').click();
    await expect.poll(async () => (await highlightedStep(page))?.step, { timeout: 15_000 }).toBe('portal.name');
    await page.close();
  });
});
