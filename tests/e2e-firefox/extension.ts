// Talking to the installed extension from Firefox tests the way its own pages do, and finding what a
// person sees (accessible roles and names, which puppeteer's aria selectors query; they pierce shadow roots).

import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { type Reply, runCheckWith, type Send, setCredentialsWith, stateWith } from '../support/extension-protocol';
import { currentSecret } from '../support/generated';
import { type FirefoxHarness, until } from './harness';

type Ext = { browser: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } };
type Tabs = { browser: { tabs: { query: (q: object) => Promise<{ id: number; url?: string }[]> } } };

export function sender(h: FirefoxHarness): Send {
  return async <T>(m: unknown) => {
    const page = await h.extensionPage();
    return page.evaluate((msg) => (globalThis as unknown as Ext).browser.runtime.sendMessage(msg), m) as Promise<
      Reply<T>
    >;
  };
}

export const state = (h: FirefoxHarness) => stateWith(sender(h));
export const runCheck = (h: FirefoxHarness) => runCheckWith(sender(h));
export const setCredentials = (h: FirefoxHarness, v: { tenantId: string; clientId: string; secret: string }) =>
  setCredentialsWith(sender(h), v);

type Local = { browser: { storage: { local: { set: (items: object) => Promise<void> } } } };

/**
 * A control for the search of the profile directory: a secret-shaped value written to storage.local
 * the way the extension would, to be found on disk after the browser closed. Firefox keeps it in the
 * extension's IndexedDB (storage/default/moz-extension+++<uuid>^…/idb/*.sqlite), snappy-compressed; a value
 * that occurs once stays a literal run there, so it is found as written.
 */
export async function writeLocalCanary(h: FirefoxHarness): Promise<{ value: string; dir: string }> {
  const value = currentSecret();
  const page = await h.extensionPage();
  await page.evaluate(
    (v) => (globalThis as unknown as Local).browser.storage.local.set({ diskSearchCanary: v }),
    value,
  );
  return { value, dir: join(h.profileDir, 'storage', 'default', `moz-extension+++${h.uuid}`) };
}

/** The id of the tab showing `url` (Firefox hides no URL the extension has host permission for). */
export async function tabIdOf(h: FirefoxHarness, url: string): Promise<number> {
  const page = await h.extensionPage();
  return page.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as Tabs).browser.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? Math.max(...tabs.map((t) => t.id));
  }, url);
}

/** An element by its role and accessible name. */
export function byRole(where: Page | Frame, role: string, name: string): Promise<ElementHandle<Element>> {
  return waitFor(where, `::-p-aria([name="${name}"][role="${role}"])`);
}

/** A button of the page by the start of its visible text. */
export function buttonStartingWith(where: Page | Frame, text: string): Promise<ElementHandle<Element>> {
  return waitFor(where, `>>> button::-p-text(${text})`);
}

/**
 * Presses a button of the guide (in its shadow root, which the content script made: puppeteer's queries, run in
 * a sandbox of their own, do not see into it in Firefox) with a real pointer click, as a person would: its box
 * is read in the page's own world, then the mouse clicks its middle.
 */
export async function pressGuideButton(page: Page, name: string): Promise<void> {
  const box = await page.waitForFunction(
    (label) => {
      const root = document.querySelector('idemeum-entra-assist')?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent) === label,
      );
      const r = button?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : undefined;
    },
    { timeout: 20_000 },
    name,
  );
  const { x, y } = (await box.jsonValue()) as { x: number; y: number };
  await page.mouse.click(x, y);
}

async function waitFor(where: Page | Frame, selector: string): Promise<ElementHandle<Element>> {
  const found = await where.waitForSelector(selector, { timeout: 20_000 });
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}

/** The step the guide highlights (data-assist-step), in the page or one of its frames. */
export async function highlightedStep(page: Page): Promise<{ step: string; frame: 'top' | 'blade' } | undefined> {
  for (const frame of page.frames()) {
    const step = await frame
      .evaluate(() => document.querySelector('[data-assist-step]')?.getAttribute('data-assist-step'))
      .catch(() => undefined);
    if (step) return { step, frame: frame === page.mainFrame() ? 'top' : 'blade' };
  }
  return undefined;
}

export async function expectStep(page: Page, step: string, frame: 'top' | 'blade' = 'top'): Promise<void> {
  await until(
    async () => {
      const seen = await highlightedStep(page);
      return seen?.step === step && seen.frame === frame;
    },
    20_000,
    `step ${step} highlighted in the ${frame} frame`,
  );
}

export function bladeFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('.reactblade.portal.azure.net'));
  if (!frame) throw new Error('no reactblade frame');
  return frame;
}
