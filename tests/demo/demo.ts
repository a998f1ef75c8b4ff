// `npm run demo`: the sandbox plus Chromium with the extension loaded on the replica portal. With a
// display it opens headed for a person to click through; without one it walks the flow by script (and the
// portal once more in German) and writes a screenshot per step (page and popup) into demo-output/<time>/,
// and the stores' 1280×800 screenshots into demo-output/<time>/store/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../e2e/harness';
import { storeShot } from './store-shots';
import { walkIdemeum, walkPortal, walkPortalInGerman } from './walk';
import { registerSignInClient, walkExpress } from './walk-express';
import { walkOpenList } from './walk-open-list';

const headed = !!process.env.DISPLAY && process.env.DEMO_HEADLESS !== '1';
// DEMO_LOCALE=de (ja, pt-BR…): Chromium runs in that UI language, and so does the extension.
const language = process.env.DEMO_LOCALE;
const h = await launch({ headless: !headed, language });
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
  mkdirSync(join(out, 'store'), { recursive: true });
  let n = 0;
  const popup = await h.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 900 });
  const snap = async (name: string, page: Page) => {
    n += 1;
    const prefix = String(n).padStart(2, '0');
    const [pagePng, popupPng] = [join(out, `${prefix}-${name}.png`), join(out, `${prefix}-${name}-popup.png`)];
    await page.screenshot({ path: pagePng });
    await popup.reload();
    await popup.waitForSelector('html[data-ready="true"]');
    await popup.screenshot({ path: popupPng, fullPage: true });
    await storeShot(h.context, join(out, 'store'), name, pagePng, popupPng);
    console.log(`  ${prefix} ${name}`);
  };
  console.log(`Walking the setup; screenshots go to ${out}`);
  try {
    await walkPortal(h, snap);
    await walkIdemeum(h, snap);
    await walkExpress(h, snap, language);
    await walkOpenList(h, snap);
    await walkPortalInGerman(h, snap);
    console.log(`Done: ${n} steps, ${n * 2} screenshots in ${out}`);
  } finally {
    await h.close();
  }
}
