// Starts the sandbox and a headless Chromium with the built extension loaded and every sandbox host
// mapped to it (../shared/E2E.md).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type Sandbox, startSandbox } from '../sandbox/server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  return path;
}

export interface Harness {
  sandbox: Sandbox;
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker (looked up again after it was stopped). */
  worker: () => Promise<Worker>;
  /** Every console line of every page and of the service worker, for leak checks. */
  consoleLines: string[];
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  sandbox?: Sandbox;
  /**
   * The browser's UI language (`de`, `ja`, `pt-BR`…): `--lang` sets the application locale, which picks the
   * extension's _locales catalog; Playwright's `locale` makes navigator.language and Accept-Language agree.
   */
  language?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const sandbox = options.sandbox ?? (await startSandbox());
  const userDataDir = mkdtempSync(join(tmpdir(), 'entra-assist-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1280, height: 860 },
    ...(options.language ? { locale: options.language } : {}),
    args: [
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${sandbox.hostResolverRules}, EXCLUDE localhost`,
    ],
  });
  const consoleLines: string[] = [];
  const watchPage = (page: Page) => page.on('console', (m) => consoleLines.push(m.text()));
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  const worker = async () => {
    const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    const found = sw ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    found.on('console', (m) => consoleLines.push(m.text()));
    return found;
  };
  const extensionId = new URL((await worker()).url()).host;
  return {
    sandbox,
    context,
    extensionId,
    userDataDir,
    worker,
    consoleLines,
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async () => {
      await context.close();
      if (!options.sandbox) await sandbox.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

type ChromeGlobal = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } };

/** Sends a protocol message from an extension page, as the popup does. */
export async function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(m), message);
}
