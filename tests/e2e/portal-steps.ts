// Helpers for driving the replica portal with the extension loaded, as a person would.
import type { Frame, Locator, Page } from 'playwright-core';

/** The element that carries data-assist-step, in the page or any of its frames. */
export async function highlightedStep(page: Page): Promise<{ step: string; frame: 'top' | 'blade' } | undefined> {
  for (const frame of page.frames()) {
    // count() does not wait; the attribute read then waits as long as it needs (a loaded machine is slow).
    const marked = frame.locator('[data-assist-step]').first();
    const step = (await marked.count().catch(() => 0))
      ? await marked.getAttribute('data-assist-step', { timeout: 5_000 }).catch(() => null)
      : null;
    if (step) return { step, frame: frame === page.mainFrame() ? 'top' : 'blade' };
  }
  return undefined;
}

/** The guide's tooltip text (shadow DOM is pierced by Playwright's CSS locators). */
export function tooltip(frame: Page | Frame): Locator {
  return frame.locator('idemeum-entra-assist section[aria-label="idemeum setup guide"]');
}

/** An app's page in the portal: its menu item (Overview, Credentials, CallAnAPI…) with appId and objectId. */
export const appRoute = (item: string, app: { appId: string; id: string }) =>
  `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${item}/appId/${app.appId}/objectId/${app.id}/isMSAApp~/false`;

export function bladeFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('.reactblade.portal.azure.net'));
  if (!frame) throw new Error('no reactblade frame');
  return frame;
}

/** Every element marked with data-assist-step, in the page and all its frames. */
export async function markedCount(page: Page): Promise<number> {
  let count = 0;
  for (const frame of page.frames())
    count += await frame
      .locator('[data-assist-step]')
      .count()
      .catch(() => 0);
  return count;
}

/** How many of the elements `target` matches carry data-assist-step (0 while it is missing). */
export async function markedAmong(target: Locator): Promise<number> {
  return target.evaluateAll((els) => els.filter((el) => el.hasAttribute('data-assist-step')).length).catch(() => 0);
}
