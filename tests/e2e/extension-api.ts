// Talking to the loaded extension from tests the way its own pages do: protocol messages from an
// extension page, storage reads from the service worker.
import type { CDPSession, Page } from 'playwright-core';
import { type Reply, runCheckWith, type Send, setCredentialsWith, stateWith } from '../support/extension-protocol';
import type { Harness } from './harness';

type Chrome = {
  chrome: {
    runtime: { sendMessage: (m: unknown) => Promise<unknown> };
    storage: { local: { get: (k: string | null) => Promise<Record<string, unknown>> } };
  };
};

let extensionPage: Page | undefined;

async function page(h: Harness): Promise<Page> {
  if (!extensionPage || extensionPage.isClosed()) extensionPage = await h.openExtensionPage('popup.html');
  return extensionPage;
}

export async function message<T = unknown>(h: Harness, m: unknown): Promise<Reply<T>> {
  const p = await page(h);
  return p.evaluate((msg) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(msg), m) as Promise<Reply<T>>;
}

const sender =
  (h: Harness): Send =>
  (m) =>
    message(h, m);

export const setCredentials = (h: Harness, values: { tenantId: string; clientId: string; secret: string }) =>
  setCredentialsWith(sender(h), values);
export const state = (h: Harness) => stateWith(sender(h));
export const runCheck = (h: Harness) => runCheckWith(sender(h));

export async function localStorageOf(h: Harness): Promise<Record<string, unknown>> {
  const sw = await h.worker();
  return sw.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get(null));
}

/** The credentials the extension keeps in storage.local (the secret is never among them). */
export const storedCredentials = async (h: Harness) =>
  ((await localStorageOf(h)).credentials ?? {}) as Record<string, string | undefined>;

/** The console page's content script runs (its listener is there before the guide's element). */
export async function consoleScriptReady(page: Page): Promise<void> {
  await page.locator('idemeum-entra-assist').waitFor({ state: 'attached', timeout: 15_000 });
}

/** Stops the extension's service worker through CDP, as Chrome does when it is idle. */
export async function stopServiceWorker(h: Harness): Promise<void> {
  const anyPage = h.context.pages()[0] ?? (await h.context.newPage());
  const session: CDPSession = await h.context.newCDPSession(anyPage);
  const targets = (await session.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const { targetInfos } = targets;
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${h.extensionId}/`),
  );
  if (!worker) throw new Error('no service worker target');
  await session.send('Target.closeTarget', { targetId: worker.targetId });
  // Gone before the test goes on (a restarted worker is another target), or at most a few seconds.
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const { targetInfos: now } = (await session.send('Target.getTargets')) as typeof targets;
    if (!now.some((t) => t.targetId === worker.targetId)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await session.detach();
}

/** The id of the tab showing `url`; without host permission (http, lookalikes) the URL is hidden, so the newest tab. */
export async function tabIdOf(h: Harness, url: string): Promise<number> {
  const sw = await h.worker();
  return sw.evaluate(async (u) => {
    const c = (
      globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id: number; url?: string }[]> } } }
    ).chrome;
    const tabs = await c.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? Math.max(...tabs.map((t) => t.id));
  }, url);
}

export async function badgeText(h: Harness): Promise<string> {
  const sw = await h.worker();
  return sw.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );
}

/** The extension's storage.session (the secret lives only there), read from the service worker. */
export async function sessionStorageOf(h: Harness): Promise<Record<string, unknown>> {
  const sw = await h.worker();
  return sw.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { session: { get: (k: null) => Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.session.get(null),
  );
}

/** Whether `value` holds exactly `text` somewhere (a string equal to it, not merely containing it). */
export function holdsExactly(value: unknown, text: string): boolean {
  if (value === text) return true;
  if (Array.isArray(value)) return value.some((v) => holdsExactly(v, text));
  if (value && typeof value === 'object') return Object.values(value).some((v) => holdsExactly(v, text));
  return false;
}

/** Polls `read` until `accept` holds or `ms` pass; the last value read and whether it was accepted. */
export async function pollFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return { value, ok: accept(value) };
}
