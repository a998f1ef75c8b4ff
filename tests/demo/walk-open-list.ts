// One demo stage: the guide next to an open dropdown. On a console whose user source is chosen from a list
// that opens under its box, the option to choose is highlighted and the tooltip sits beside the list,
// covering none of it.
import type { Harness } from '../e2e/harness';
import type { Snap } from './walk';

export async function walkOpenList(h: Harness, snap: Snap): Promise<void> {
  const page = await h.context.newPage();
  await page.goto('https://tabbed.idemeum.com/adminportal/users/user-source');
  await page.waitForSelector('[data-assist-step="idemeum.choose-entra"]', { timeout: 15_000 });
  await page.getByRole('combobox', { name: 'User source' }).click();
  await page.waitForSelector('[role="option"][data-assist-step="idemeum.choose-entra"]', { timeout: 15_000 });
  // Placed (not stepped aside) beside the open list.
  await page
    .locator('idemeum-entra-assist section[data-mode="full"], idemeum-entra-assist section[data-mode="chip"]')
    .waitFor({ timeout: 15_000 });
  await snap('idemeum-open-list-beside-tooltip', page);
  await page.close();
}
