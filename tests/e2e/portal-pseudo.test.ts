// Issue 14: a portal language no wording table knows (the pseudo-locale qps-ploc: every string accented and
// bracketed). The guide may highlight only where the target is certain by structure: at every guided action, any
// element marked with data-assist-step must be the one a person would press now. The IDs and the secret are still
// captured (route, GUID shapes, the secret's shape), and the guide speaks in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsExactly, message, pollFor, sessionStorageOf, storedCredentials } from './extension-api';
import { type Harness, launch } from './harness';
import { markedAmong, markedCount, tooltip } from './portal-steps';
import { type Variant, variantName } from './portal-variants';
import { walkPortal } from './portal-walk';

const CAPTURE_WAIT_MS = 15_000;
/** Long enough for the guide's words for a missing target (4 s) to appear. */
const WORDS_WAIT_MS = 15_000;

const VARIANTS: Variant[] = [
  { host: 'portal.azure.com', kit: 'classic', language: 'qps-ploc' },
  { host: 'entra.microsoft.com', kit: 'fluent', language: 'qps-ploc' },
];

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe.each(VARIANTS)('portal in a language no table knows', (variant) => {
  it(`${variantName(variant)}: nothing wrong highlighted, IDs and secret captured, words shown`, async () => {
    const { state } = h.sandbox;
    await message(h, { type: 'credentials.forget' });
    const page = await h.context.newPage();
    const wrong: string[] = [];
    let wordsSeen = false;
    await walkPortal(page, state, variant, `pseudo-${VARIANTS.indexOf(variant)}`, {
      onStep: async (label, target) => {
        // Give the guide the time it takes to show a step (or its words), then look at what is marked.
        await pollFor(
          async () => (await markedCount(page)) > 0 || (await anyTooltipText(page)) !== '',
          (seen) => seen,
          WORDS_WAIT_MS,
        );
        if ((await anyTooltipText(page)) !== '') wordsSeen = true;
        const all = await markedCount(page);
        const right = await markedAmong(target);
        if (all > right) wrong.push(`${label}: ${all - right} element(s) marked that a person would not press now`);
      },
      onRegistered: async (app) => {
        const { ok } = await pollFor(
          () => storedCredentials(h),
          (c) => c.tenantId === app.tenantId && c.clientId === app.appId,
          CAPTURE_WAIT_MS,
        );
        if (!ok) wrong.push('IDs not captured');
      },
      onSecretAdded: async (app) => {
        const issued = app.passwordCredentials[0];
        if (!issued) throw new Error('the sandbox issued no secret');
        const { ok } = await pollFor(
          () => sessionStorageOf(h),
          (s) => holdsExactly(s.secret, issued.secretText),
          CAPTURE_WAIT_MS,
        );
        if (!ok) wrong.push('secret not captured exactly');
      },
    });
    await page.close();
    expect(wrong).toEqual([]);
    expect(wordsSeen).toBe(true);
  }, 360_000);
});

/** The guide's words in any frame of the page ('' when none shows). */
async function anyTooltipText(page: import('playwright-core').Page): Promise<string> {
  for (const frame of page.frames()) {
    const box = tooltip(frame);
    if ((await box.count().catch(() => 0)) === 0) continue;
    const text =
      (
        await box
          .first()
          .textContent({ timeout: 2_000 })
          .catch(() => null)
      )?.trim() ?? '';
    if (text) return text;
  }
  return '';
}
