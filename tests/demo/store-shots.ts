// The stores' screenshots (1280×800): for a few demo stages, the page and the popup side by side with a
// one-line caption, composed in a browser page from the demo's own two screenshots of that stage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** Demo stage → caption. */
const STORE_SHOTS: Record<string, string> = {
  'portal-select-permissions': 'Each step in the Azure portal, highlighted and explained',
  'portal-secret-captured': 'The IDs and the secret’s Value captured as the portal shows them',
  'portal-consent-granted': 'Credentials, all 12 permissions and admin consent checked with Microsoft',
  'idemeum-user-source-filled': 'idemeum’s forms filled on your click: no copy-paste',
  'express-done': 'Or set the whole registration up through Graph in one action',
};

export async function storeShot(
  context: BrowserContext,
  outDir: string,
  stage: string,
  pagePng: string,
  popupPng: string,
): Promise<void> {
  const caption = STORE_SHOTS[stage];
  if (!caption) return;
  const dataUrl = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent(`<!doctype html>
    <body style="margin:0;width:1280px;height:800px;background:#f3f5f8;font:600 26px system-ui,sans-serif;color:#1b2a3a">
      <p style="margin:0;padding:26px 40px 18px">${caption}</p>
      <div style="display:flex;gap:24px;align-items:flex-start;padding:0 40px">
        <img src="${dataUrl(pagePng)}" style="width:830px;border-radius:8px;box-shadow:0 2px 12px #0003">
        <img src="${dataUrl(popupPng)}" style="width:306px;max-height:700px;object-fit:cover;object-position:top;border-radius:8px;box-shadow:0 2px 12px #0003">
      </div>
    </body>`);
  await page.screenshot({ path: join(outDir, `${stage}.png`) });
  await page.close();
}
