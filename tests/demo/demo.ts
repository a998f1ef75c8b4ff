// `npm run demo`: the sandbox plus Chromium with the extension loaded on the replica portal. With a
// display it opens headed for a person to click through; without one it walks the flow by script (and the
// portal once more in German) and writes a screenshot per step (page and popup) into demo-output/<time>/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../e2e/harness';
import { walkIdemeum, walkPortal, walkPortalInGerman } from './walk';
import { registerSignInClient, walkExpress } from './walk-express';

const headed = !!process.env.DISPLAY && process.env.DEMO_HEADLESS !== '1';
const h = await launch({ headless: !headed });
await registerSignInClient(h);

if (headed) {
  const page = await h.context.newPage();
  await page.goto('https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade');
  console.log('Chromium is open with the extension on the replica portal. Close the browser to stop.');
  console.log('Express setup: the popup\'s "Express setup through Graph" (sign in as Adele Vance or Dev Patel).');
  await new Promise<void>((resolveClose) => h.context.on('close', () => resolveClose()));
  await h.sandbox.close();
} else {
  const out = resolve('demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(out, { recursive: true });
  let n = 0;
  const popup = await h.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 900 });
  const snap = async (name: string, page: Page) => {
    n += 1;
    const prefix = String(n).padStart(2, '0');
    await page.screenshot({ path: join(out, `${prefix}-${name}.png`) });
    await popup.reload();
    await popup.waitForSelector('html[data-ready="true"]');
    await popup.screenshot({ path: join(out, `${prefix}-${name}-popup.png`), fullPage: true });
    console.log(`  ${prefix} ${name}`);
  };
  console.log(`Walking the setup; screenshots go to ${out}`);
  try {
    await walkPortal(h, snap);
    await walkIdemeum(h, snap);
    await walkExpress(h, snap);
    await walkPortalInGerman(h, snap);
    console.log(`Done: ${n} steps, ${n * 2} screenshots in ${out}`);
  } finally {
    await h.close();
  }
}
