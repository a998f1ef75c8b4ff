// The protocol under attack: malformed, mutated and out-of-place messages from the content-script worlds
// of a portal page and of an idemeum console page, and from a web page itself. Nothing crashes, nothing
// changes, and no reply carries the secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithPermissions, type Scenario } from '../sandbox/scenarios';
import { localStorageOf, message, runCheck, setCredentials, state } from './extension-api';
import { type Harness, launch } from './harness';
import { contentScriptWorld } from './isolated-world';

let h: Harness;
let s: Scenario;
const EXTENSION_NAME = 'idemeum setup assistant for Entra ID';

beforeAll(async () => {
  h = await launch();
  s = appWithPermissions(h.sandbox.state, { name: 'fuzz', consent: true });
  await setCredentials(h, { tenantId: s.tenantId, clientId: s.app.appId, secret: s.secret.secretText });
  await runCheck(h);
});
afterAll(async () => {
  await h?.close();
});

/** A small deterministic generator, so that a failure can be replayed. */
function rng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

const PAGE_ONLY = [
  'credentials.set',
  'credentials.forget',
  'secret.forget',
  'check.run',
  'fill.request',
  'settings.set',
];
const ALL_TYPES = [
  ...PAGE_ONLY,
  'portal.seen',
  'capture',
  'portal.permissions',
  'guide.load',
  'guide.shown',
  'guide.status',
  'state.get',
  'fill.pull',
  'fill.report',
  'idemeum.saved',
];
const junkValues = (r: () => number, secretLike: string): unknown[] => [
  null,
  undefined,
  0,
  -1,
  Number.POSITIVE_INFINITY,
  true,
  '',
  'x'.repeat(5000),
  {},
  [],
  [1, 2],
  { $gt: '' },
  '__proto__',
  secretLike,
  `${secretLike}x`,
  String.fromCharCode(0),
  '<img src=x onerror=alert(1)>',
  Math.floor(r() * 1e6),
];

/** Messages that must all be refused from a content script: wrong sender kind, or a broken shape. */
function fuzzMessages(count: number, seed: number, allowedTypes: string[]): unknown[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: unknown[] = [];
  while (out.length < count) {
    const kind = r();
    if (kind < 0.3) {
      // A type this sender may not send, with a plausible payload.
      out.push({
        type: pick(PAGE_ONLY),
        field: pick(['tenantId', 'clientId', 'secret']),
        value: pick(junkValues(r, 'abc1Q~')),
        form: 'userSource',
        tabId: 1,
        url: 'https://acme.idemeum.com/adminportal',
        anyway: true,
        forgetSecretAfterFill: true,
      });
    } else if (kind < 0.6) {
      // An allowed type with an extra, unknown key (schemas are strict).
      out.push({
        type: pick(allowedTypes),
        frame: 'top',
        route: '#x',
        field: 'clientId',
        value: '',
        form: 'jit',
        rows: [],
        stepId: null,
        filled: [],
        problems: [],
        [`k${Math.floor(r() * 1000)}`]: pick(junkValues(r, 'x')),
      });
    } else if (kind < 0.85) {
      // An allowed type whose fields have the wrong types or sizes.
      out.push({
        type: pick(allowedTypes),
        frame: pick(junkValues(r, 'x')),
        route: pick(junkValues(r, 'x')),
        field: pick(junkValues(r, 'x')),
        value: pick(junkValues(r, 'x')),
        rows: pick(junkValues(r, 'x')),
        form: pick(junkValues(r, 'x')),
      });
    } else {
      // Not a message at all.
      out.push(pick([null, 'state.get', 42, [], { type: pick(junkValues(r, 'x')) }, { type: `${pick(ALL_TYPES)} ` }]));
    }
  }
  return out;
}

async function snapshot() {
  const st = await state(h);
  const local = await localStorageOf(h);
  // Routes and the guide's bookkeeping are not part of what a refused message may change; all else is.
  const { portal: _portal, ...rest } = local as Record<string, unknown>;
  return { credentials: st.credentials, check: st.check.result?.checkedAt, rest };
}

describe('message fuzzing', () => {
  it.each([
    [
      'a portal page',
      'https://portal.azure.com/#home',
      ['portal.seen', 'capture', 'portal.permissions', 'guide.load', 'guide.shown', 'guide.status', 'state.get'],
    ],
    [
      'an idemeum console page',
      'https://acme.idemeum.com/adminportal/settings',
      ['fill.pull', 'fill.report', 'idemeum.saved', 'idemeum.progress'],
    ],
  ])('refuses 600 bad messages from the content script of %s', async (_name, url, allowed) => {
    const page = await h.context.newPage();
    await page.goto(url);
    const world = await contentScriptWorld(page, EXTENSION_NAME);
    const before = await snapshot();
    const messages = fuzzMessages(600, url.length, allowed);
    const replies = await world.evaluate<unknown[]>(`(async () => {
      const out = [];
      for (const m of ${JSON.stringify(messages)}) {
        try { out.push(await chrome.runtime.sendMessage(m)); } catch (e) { out.push({ thrown: String(e) }); }
      }
      return out;
    })()`);
    expect(replies).toHaveLength(600);
    for (const reply of replies) {
      expect(reply).toMatchObject({ ok: false, error: expect.any(String) });
      expect(JSON.stringify(reply)).not.toContain(s.secret.secretText);
    }
    expect(await snapshot()).toEqual(before);
    expect((await message(h, { type: 'state.get' })).ok).toBe(true);
    await world.detach();
    await page.close();
  });

  it('a web page itself cannot reach the extension at all', async () => {
    const page = await h.context.newPage();
    await page.goto('https://portal.azure.com/#home');
    const reachable = await page.evaluate(
      () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
    );
    expect(reachable).toBe('undefined');
    await page.close();
  });

  it('a portal content script cannot pull the secret meant for idemeum', async () => {
    const page = await h.context.newPage();
    await page.goto('https://portal.azure.com/#home');
    const world = await contentScriptWorld(page, EXTENSION_NAME);
    const reply = await world.evaluate<{ ok: boolean; error?: string }>(
      `chrome.runtime.sendMessage({ type: 'fill.pull', form: 'userSource' })`,
    );
    expect(reply).toEqual({ ok: false, error: 'A fill.pull message is not accepted from this sender.' });
    // The channel itself works: the same world gets the public state, with the secret masked.
    const stateReply = await world.evaluate<{ ok: boolean; data: { credentials: { secret?: { masked: string } } } }>(
      `chrome.runtime.sendMessage({ type: 'state.get' })`,
    );
    expect(stateReply.ok).toBe(true);
    expect(stateReply.data.credentials.secret?.masked).toBe(`${s.secret.hint}••••••••`);
    expect(JSON.stringify(stateReply)).not.toContain(s.secret.secretText);
    await world.detach();
    await page.close();
  });

  it('an idemeum console content script learns which forms were saved there, and nothing else', async () => {
    const page = await h.context.newPage();
    await page.goto('https://acme.idemeum.com/adminportal/settings');
    const world = await contentScriptWorld(page, EXTENSION_NAME);
    const stateReply = await world.evaluate<{ ok: boolean; error?: string }>(
      `chrome.runtime.sendMessage({ type: 'state.get' })`,
    );
    expect(stateReply).toEqual({ ok: false, error: 'A state.get message is not accepted from this sender.' });
    await world.evaluate(`chrome.runtime.sendMessage({ type: 'idemeum.saved', form: 'userSource' })`);
    const progress = await world.evaluate<{ ok: boolean; data: Record<string, unknown> }>(
      `chrome.runtime.sendMessage({ type: 'idemeum.progress' })`,
    );
    // Only the save times: no host, no filled field names, no values.
    expect(progress).toStrictEqual({ ok: true, data: { userSourceSavedAt: expect.any(Number) } });
    await world.evaluate(`chrome.runtime.sendMessage({ type: 'idemeum.saved', form: 'jit' })`);
    // Another console host is told nothing about this one, and its own saves start afresh.
    const other = await h.context.newPage();
    await other.goto('https://classic-msp.idemeum.com/adminportal/settings');
    const otherWorld = await contentScriptWorld(other, EXTENSION_NAME);
    const progressOf = (w: typeof world) => w.evaluate(`chrome.runtime.sendMessage({ type: 'idemeum.progress' })`);
    expect(await progressOf(otherWorld)).toEqual({ ok: true, data: {} });
    await otherWorld.evaluate(`chrome.runtime.sendMessage({ type: 'idemeum.saved', form: 'userSource' })`);
    expect(await progressOf(otherWorld)).toStrictEqual({ ok: true, data: { userSourceSavedAt: expect.any(Number) } });
    // And the first console keeps its own saves (an admin works on several consoles in any order).
    expect(await progressOf(world)).toStrictEqual({
      ok: true,
      data: { userSourceSavedAt: expect.any(Number), jitSavedAt: expect.any(Number) },
    });
    await otherWorld.detach();
    await world.detach();
    await other.close();
    await page.close();
  });
});
