// Starts the sandbox, a forward proxy to it and a headless Firefox (puppeteer-core over WebDriver BiDi)
// with the built Firefox extension installed as a temporary add-on (../shared/E2E.md, Firefox section).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type Sandbox, startSandbox } from '../sandbox/server';
import { type ForwardProxy, startProxy } from './proxy';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const GECKO_ID = 'entra-assist@idemeum.com';

/** Firefox's path, or undefined when SKIP_FIREFOX=1 says on purpose that this machine runs without it. */
export function firefoxPath(): string | undefined {
  if (process.env.SKIP_FIREFOX === '1') return undefined;
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}: apt-get install -y firefox-esr, set FIREFOX_PATH, or set SKIP_FIREFOX=1 to skip the Firefox tests on purpose.`,
    );
  }
  return path;
}

export interface FirefoxHarness {
  sandbox: Sandbox;
  browser: Browser;
  /** The moz-extension:// host of the extension's pages, fixed before launch. */
  uuid: string;
  profileDir: string;
  /** An extension page (popup.html) kept open to talk to the extension the way its own pages do. */
  extensionPage: () => Promise<Page>;
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

export async function launchFirefox(
  executablePath: string,
  options: { prefs?: Record<string, unknown> } = {},
): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('Build the Firefox extension first: npm run build:firefox');
  }
  // What has started, undone in reverse when a later step fails or at close (every step, even if one throws).
  const started: (() => Promise<void> | void)[] = [];
  const undoStarted = () => undoAll(started.splice(0).reverse());
  const profileDir = mkdtempSync(join(tmpdir(), 'entra-assist-firefox-'));
  started.push(() => rmSync(profileDir, { recursive: true, force: true }));
  const uuid = randomUUID();
  const { sandbox, browser } = await startParts(executablePath, { profileDir, uuid, ...options }, started).catch(
    async (error: unknown) => {
      await undoStarted();
      throw error;
    },
  );
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    // goto()'s promise on a moz-extension:// page is not to be relied on (it may never settle): start it,
    // then wait for the document itself.
    void page.goto(`moz-extension://${uuid}/${path}`).catch(() => undefined);
    await until(() =>
      page
        .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
        .catch(() => false),
    );
    return page;
  };
  let extensionPage: Page | undefined;
  return {
    sandbox,
    browser,
    uuid,
    profileDir,
    extensionPage: async () => {
      if (!extensionPage || extensionPage.isClosed()) extensionPage = await openExtensionPage('popup.html');
      return extensionPage;
    },
    openExtensionPage,
    close: undoStarted,
  };
}

/** The sandbox, the proxy and Firefox with the extension; each pushes onto `started` how to undo it. */
async function startParts(
  executablePath: string,
  options: { profileDir: string; uuid: string; prefs?: Record<string, unknown> },
  started: (() => Promise<void> | void)[],
): Promise<{ sandbox: Sandbox; browser: Browser }> {
  const sandbox = await startSandbox();
  started.push(() => sandbox.close());
  const proxy: ForwardProxy = await startProxy(sandbox.port);
  started.push(() => proxy.close());
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: options.profileDir,
    // Firefox 141+ refuses WebDriver navigation to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: options.uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      ...options.prefs,
    },
  });
  started.push(async () => {
    if (browser.connected) await browser.close();
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { sandbox, browser };
}

/** Runs every step in order, also after one throws; then throws the first error, if any. */
async function undoAll(steps: (() => Promise<void> | void)[]): Promise<void> {
  const errors: unknown[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length) throw errors[0];
}

/** Polls until `check` is truthy (waitForFunction is blocked by the extension pages' CSP). */
export async function until<T>(
  check: () => Promise<T> | T,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
