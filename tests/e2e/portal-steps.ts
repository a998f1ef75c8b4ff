// Helpers for driving the replica portal with the extension loaded, as a person would.
import type { Frame, Locator, Page } from 'playwright-core';
import type { Harness } from './harness';

/** The element that carries data-assist-step, in the page or any of its frames. */
export async function highlightedStep(page: Page): Promise<{ step: string; frame: 'top' | 'blade' } | undefined> {
  for (const frame of page.frames()) {
    const step = await frame
      .locator('[data-assist-step]')
      .first()
      .getAttribute('data-assist-step', { timeout: 50 })
      .catch(() => null);
    if (step) return { step, frame: frame === page.mainFrame() ? 'top' : 'blade' };
  }
  return undefined;
}

/** The guide's tooltip text (shadow DOM is pierced by Playwright's CSS locators). */
export function tooltip(frame: Page | Frame): Locator {
  return frame.locator('idemeum-entra-assist section[aria-label="idemeum setup guide"]');
}

export function bladeFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('.reactblade.portal.azure.net'));
  if (!frame) throw new Error('no reactblade frame');
  return frame;
}

export async function storedCredentials(h: Harness): Promise<Record<string, string | undefined>> {
  const sw = await h.worker();
  return sw.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return ((await c.storage.local.get('credentials')).credentials ?? {}) as Record<string, string | undefined>;
  });
}

export async function publicState(h: Harness): Promise<{
  credentials: { tenantId?: string; clientId?: string; secret?: { masked: string; expiresAt?: string } };
  check: { running: boolean; result?: { verdict: string; permissions: { name: string; status: string }[] } };
}> {
  const page = await h.openExtensionPage('popup.html');
  try {
    const reply = (await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'state.get' }),
    )) as { data: Awaited<ReturnType<typeof publicState>> };
    return reply.data;
  } finally {
    await page.close();
  }
}
