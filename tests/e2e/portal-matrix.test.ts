// Issue 14's acceptance walk: the whole App registrations flow on both hosts, both markup kits and three wordings
// (old English, new English, German). Every guided action must be highlighted (data-assist-step on the element a
// person presses, found here by role and name) and the tenant ID, client ID and secret captured. Each step that
// is not is collected, so one run names all of them.
// The full matrix (2 hosts × 2 kits × 3 wordings = 12 walks) is too slow for this machine; these 6 cover every
// host × kit pair, every kit × wording pair and every host × wording pair once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsExactly, message, pollFor, sessionStorageOf, storedCredentials } from './extension-api';
import { type Harness, launch } from './harness';
import { highlightedStep, markedAmong } from './portal-steps';
import { type Variant, variantName } from './portal-variants';
import { walkPortal } from './portal-walk';

/** How long a guided action may take to be highlighted after its target is on screen. */
const STEP_WAIT_MS = 10_000;
const CAPTURE_WAIT_MS = 15_000;

const VARIANTS: Variant[] = [
  { host: 'portal.azure.com', kit: 'classic', language: 'en-old' },
  { host: 'portal.azure.com', kit: 'fluent', language: 'en-new' },
  { host: 'portal.azure.com', kit: 'fluent', language: 'de' },
  { host: 'entra.microsoft.com', kit: 'classic', language: 'de' },
  { host: 'entra.microsoft.com', kit: 'classic', language: 'en-new' },
  { host: 'entra.microsoft.com', kit: 'fluent', language: 'en-old' },
];

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe.each(VARIANTS)('portal flow', (variant) => {
  it(`${variantName(variant)}: every guided action highlighted, both IDs and the secret captured`, async () => {
    const { state } = h.sandbox;
    await message(h, { type: 'credentials.forget' });
    const page = await h.context.newPage();
    const missed: string[] = [];
    await walkPortal(page, state, variant, `idemeum-${VARIANTS.indexOf(variant)}`, {
      onStep: async (label, target) => {
        const { ok } = await pollFor(
          () => markedAmong(target),
          (n) => n > 0,
          STEP_WAIT_MS,
        );
        if (!ok)
          missed.push(`${label} not highlighted (marked instead: ${JSON.stringify(await highlightedStep(page))})`);
      },
      onRegistered: async (app) => {
        const ids = { tenantId: app.tenantId, clientId: app.appId };
        const { ok, value } = await pollFor(
          () => storedCredentials(h),
          (c) => c.tenantId === ids.tenantId && c.clientId === ids.clientId,
          CAPTURE_WAIT_MS,
        );
        if (!ok)
          missed.push(
            `IDs not captured (stored: ${JSON.stringify({ tenantId: value.tenantId, clientId: value.clientId })})`,
          );
      },
      onSecretAdded: async (app) => {
        const issued = app.passwordCredentials[0];
        if (!issued) throw new Error('the sandbox issued no secret');
        const { ok } = await pollFor(
          () => sessionStorageOf(h),
          (session) => holdsExactly(session.secret, issued.secretText),
          CAPTURE_WAIT_MS,
        );
        if (!ok) missed.push('secret not captured exactly');
      },
    });
    await page.close();
    expect(missed).toEqual([]);
  }, 360_000);
});
