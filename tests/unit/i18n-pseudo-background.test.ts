// The background's replies, the value checks and the badge titles in the pseudo-locale
// (tests/support/pseudo-locale.ts): each refusal, error and title is one whole message with names and IDs
// inside it, and every message these files name is produced here at least once.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { badgeFor, withAttention } from '../../lib/background/badge';
import { acceptValue } from '../../lib/background/credential-updates';
import { acceptExpressResult } from '../../lib/background/express-result';
import { fillFromPopup, fillPayload } from '../../lib/background/fill';
import { refuseOtherTenant } from '../../lib/background/other-tenant';
import { readProfiles } from '../../lib/background/profiles';
import { handleMessage } from '../../lib/background/router';
import { checkField, ObjectId } from '../../lib/credentials';
import type { CheckResult } from '../../lib/entra/check-result';
import { delegatedGraph, parsed } from '../../lib/express/delegated-graph';
import { t } from '../../lib/i18n/t';
import { acceptMessage } from '../../lib/messages';
import { send } from '../../lib/send';
import { write } from '../../lib/store';
import en from '../../public/_locales/en/messages.json';
import { currentSecret, guid } from '../support/generated';
import { outsideMessages, topLevelMessages, usePseudoLocale } from '../support/pseudo-locale';
import { literalsOf } from '../support/source-strings';
import * as states from '../support/states';

const COVERED = [
  'lib/background/badge.ts',
  'lib/background/credential-updates.ts',
  'lib/background/express-result.ts',
  'lib/background/fill.ts',
  'lib/background/other-tenant.ts',
  'lib/background/router.ts',
  'lib/credentials.ts',
  'lib/express/delegated-graph.ts',
  'lib/messages.ts',
  'lib/send.ts',
];
// Words for what cannot happen from outside: zod reports no issue, or a passed payload carries no values.
const UNREACHABLE = new Set(['credentials_invalid', 'fill_nothing_to_send']);

beforeEach(() => {
  fakeBrowser.reset(); // also resets i18n: the pseudo-locale is set up again after it
  vi.restoreAllMocks();
});
const requested = usePseudoLocale('each');

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function expectOneMessage(text: string | undefined, data: string[] = []) {
  expect(text, 'no words at all').toBeTruthy();
  expect(topLevelMessages(text ?? ''), text).toBe(1);
  expect(outsideMessages((text ?? '').replace(GUID, ''), data), text).not.toMatch(/\p{L}/u);
}

const errorOf = (reply: { ok: boolean; error?: string } | { ok: true }) => ('error' in reply ? reply.error : undefined);
const messageOf = (check: ReturnType<typeof checkField>) => (check.ok ? check.warning : check.message);

describe('pseudo-locale: the background and the value checks', () => {
  it('every refusal of a typed or captured value, and the older-secret note, is one message', () => {
    const refusals = [
      checkField('tenantId', ''),
      checkField('tenantId', 'contoso.onmicrosoft.com'),
      checkField('tenantId', 'not a guid'),
      checkField('clientId', ' '),
      checkField('clientId', '1234'),
      checkField('secret', ''),
      checkField('secret', guid()),
      checkField('secret', 'short'),
      checkField('secret', 'x'.repeat(30)),
    ];
    expect(refusals.map((r) => r.ok)).toEqual([false, false, false, false, false, false, false, false, true]);
    for (const refusal of refusals) expectOneMessage(messageOf(refusal));
    for (const objectId of ['', '{nope}']) expectOneMessage(ObjectId.safeParse(objectId).error?.issues[0]?.message);
  });

  it('a refused message and a failure inside the background are one message each', async () => {
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expectOneMessage(errorOf(acceptMessage({ type: 'nonsense' }, page, page.id, new URL(page.url).origin)));
    const fromElsewhere = { id: page.id, url: 'https://example.com/' };
    expectOneMessage(errorOf(acceptMessage({ type: 'state.get' }, fromElsewhere, page.id, 'chrome-extension://x')), [
      'state.get',
    ]);
    // Node's URL gives chrome-extension: URLs an opaque origin ("null"), Chromium gives them their own.
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `https://extension.test${path}`);
    const popup = { id: page.id, url: 'https://extension.test/popup.html' };
    const unknown = errorOf(await handleMessage({ type: 'profiles.switch', id: 'nope' }, popup));
    expect(unknown).toBe(t('profile_not_found'));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('disk full'));
    const failed = errorOf(await handleMessage({ type: 'state.get' }, popup));
    expect(failed).toBe(t('extension_failed'));
    for (const error of [unknown, failed]) expectOneMessage(error);
  });

  it('every refusal to fill idemeum is one message', async () => {
    const consoleUrl = 'https://acme.idemeum.com/adminportal/users';
    expectOneMessage(errorOf(await fillPayload(false)));
    expectOneMessage(errorOf(await fillFromPopup('jit', 1, 'https://example.com/', false)));
    await write('credentials', { tenantId: guid(), clientId: guid() });
    await write('secret', { value: currentSecret(), capturedAt: 1 });
    expectOneMessage(errorOf(await fillPayload(false)));

    const tab = { id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, url: 'https://acme.idemeum.com/adminportal/apps' });
    expectOneMessage(errorOf(await fillFromPopup('jit', 1, consoleUrl, true)));
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, url: consoleUrl });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    expectOneMessage(errorOf(await fillFromPopup('jit', 1, consoleUrl, true)));
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: false });
    expectOneMessage(errorOf(await fillFromPopup('jit', 1, consoleUrl, true)));
  });

  it('express setup: a result that cannot be, and the profile named after a tenant without a name', async () => {
    const tenantId = guid();
    const same = guid();
    const base = { type: 'express.result' as const, tenantId, consentGranted: true };
    expectOneMessage(errorOf(await acceptExpressResult({ ...base, clientId: same, objectId: same }, 1)));
    await acceptExpressResult({ ...base, clientId: guid(), objectId: guid() }, 1);
    const other = guid();
    await acceptExpressResult({ ...base, tenantId: other, clientId: guid(), objectId: guid() }, 2);
    const { list, activeId } = await readProfiles();
    const label = list.find((p) => p.id === activeId)?.label;
    expectOneMessage(label, [other.slice(0, 8)]);
  });

  it('the page and Graph sides: a background that does not answer, a token that cannot be had, an odd answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expectOneMessage(errorOf(await send({ type: 'state.get' })));
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expectOneMessage(errorOf(await send({ type: 'state.get' })));

    const graph = delegatedGraph(() => Promise.reject('offline'), { fetch: vi.fn() } as never);
    const noToken = await graph.call('GET', '/me');
    expectOneMessage(!noToken.ok && noToken.problem.kind === 'graph' ? noToken.problem.message : undefined);
    const odd = parsed({ ok: true, data: 42 }, z.string());
    expectOneMessage(!odd.ok && odd.problem.kind === 'unexpected' ? odd.problem.message : undefined);
  });

  it('an app of another tenant is refused in one message, and what follows it in that tab too', async () => {
    await write('credentials', { tenantId: guid(), clientId: guid() });
    expectOneMessage(await refuseOtherTenant('tenantId', guid(), 1, 7));
    expectOneMessage(await refuseOtherTenant('clientId', guid(), 2, 7));
    // A tab that has not shown the app's tenant yet.
    expectOneMessage(await refuseOtherTenant('clientId', guid(), 3, 8));
  });

  it('an Object ID given as the client ID is refused in one message', async () => {
    const objectId = guid();
    expect(await acceptValue('objectId', objectId, 1, 'page')).toMatchObject({ ok: true });
    const refused = await acceptValue('clientId', objectId, 2, 'typed');
    expectOneMessage(refused.ok ? undefined : refused.error);
  });

  it('every badge title is one message', () => {
    const result = states.partlyGranted.check.result as CheckResult;
    const titles = [
      badgeFor({ runningSince: 1 }),
      badgeFor(undefined),
      badgeFor({ result: { ...result, verdict: 'passed' } }),
      badgeFor({ result: { ...result, verdict: 'propagating' } }),
      badgeFor({ result: { ...result, verdict: 'incomplete' } }),
      badgeFor({ result: { ...result, verdict: 'failed', diagnosis: undefined } }),
      ...[-1, 1, 3].map((daysLeft) => withAttention(badgeFor(undefined), { label: 'Contoso', daysLeft })),
    ].map((b) => b.title);
    for (const title of titles) expectOneMessage(title, ['Contoso', 'idemeum']);
  });

  it('every message these files name was produced', () => {
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const keys = new Set(Object.keys(en).map(base));
    const named = new Set(COVERED.flatMap((f) => literalsOf(f).map((l) => l.value)).filter((v) => keys.has(v)));
    expect(named.size).toBeGreaterThan(30);
    const produced = new Set([...requested].map(base));
    expect([...named].filter((k) => !produced.has(k) && !UNREACHABLE.has(k))).toEqual([]);
  });
});
