// The consent wait: after any sign of consent (all 12 shown granted, the consent command or its
// confirmation pressed, a permissions table whose status cannot be read), "no roles + Graph 403" reads as
// Microsoft still applying it, re-checked with backoff for up to 3 minutes; only then "consent is missing".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkNow, scheduleRecheck } from '../../lib/background/check-runner';
import { recordConsentPressed, recordPermissions } from '../../lib/background/permissions-seen';
import { runCheck } from '../../lib/entra/check';
import type { CheckResult } from '../../lib/entra/check-result';
import {
  CONSENT_WAIT_MS,
  consentWaitSince,
  needsOneMoreLook,
  nextPropagationDelay,
  STALE_RESULT_MS,
} from '../../lib/entra/consent-wait';
import { REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import { read, write } from '../../lib/store';
import { stubBadge, stubOriginRule } from '../support/browser-stubs';
import { fakeAccessToken, fakeFetch, jsonResponse, type Route } from '../support/fake-fetch';
import { currentSecret, guid } from '../support/generated';

const ALL = REQUIRED_GRAPH_ROLES.map((r) => r.name);
const NOW = 10_000_000;
const MINUTE = 60_000;

/** Entra issues a token without roles; Graph answers 403: not granted, or not applied yet. */
const tokenWithoutRoles: Route = {
  match: (u) => u.startsWith('https://login.microsoftonline.com/'),
  respond: () => jsonResponse(200, { access_token: fakeAccessToken([]), expires_in: 3599 }),
};
const graphDenied: Route = {
  match: (u) => u.startsWith('https://graph.microsoft.com/'),
  respond: () =>
    jsonResponse(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' } }),
};
const notYetRoutes: Route[] = [tokenWithoutRoles, graphDenied];

const check = (context: Parameters<typeof runCheck>[0]['context'], now = NOW) =>
  runCheck(
    { tenantId: guid(), clientId: guid(), secret: currentSecret(), configuredRoles: ALL, context },
    { fetch: fakeFetch(notYetRoutes).fetch, sleep: async () => {}, now: () => now },
  );

describe('when the check may wait for consent', () => {
  it('waits after any sign of consent, from the latest one, for 3 minutes', () => {
    expect(consentWaitSince({}, NOW)).toBeUndefined();
    expect(consentWaitSince({ consentPressedAt: NOW - MINUTE }, NOW)).toBe(NOW - MINUTE);
    expect(consentWaitSince({ statusUnreadSince: NOW - 2 * MINUTE }, NOW)).toBe(NOW - 2 * MINUTE);
    expect(
      consentWaitSince(
        { consentObservedAt: NOW - 2 * MINUTE, consentPressedAt: NOW - 30_000, statusUnreadSince: NOW - MINUTE },
        NOW,
      ),
    ).toBe(NOW - 30_000);
    expect(consentWaitSince({ consentPressedAt: NOW - CONSENT_WAIT_MS }, NOW)).toBeUndefined();
    expect(consentWaitSince({ consentPressedAt: NOW - 4 * MINUTE, statusUnreadSince: NOW - MINUTE }, NOW)).toBe(
      NOW - MINUTE,
    );
  });

  it('re-checks with growing delays, and not once 3 minutes have passed', () => {
    const delays = [0, 1, 2, 3, 4, 5, 9].map((attempt) => nextPropagationDelay(attempt, 10_000));
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]);
    expect(nextPropagationDelay(2, CONSENT_WAIT_MS - 1)).toBe(20_000);
    expect(nextPropagationDelay(2, CONSENT_WAIT_MS)).toBeUndefined();
  });

  it('reads "no roles + 403" after a press or an unreadable table as waiting, in words, and later as missing consent', async () => {
    for (const signal of ['consentPressedAt', 'statusUnreadSince'] as const) {
      const waiting = await check({ [signal]: NOW - 20_000 });
      expect(waiting.verdict, signal).toBe('propagating');
      expect(waiting.permissions.every((p) => p.status === 'propagating')).toBe(true);
      expect(waiting.diagnosis?.title).toBe(
        'Waiting for Microsoft to apply the admin consent, usually under a minute.',
      );
      const later = await check({ [signal]: NOW - 20_000 }, NOW - 20_000 + CONSENT_WAIT_MS);
      expect(later.verdict, signal).toBe('incomplete');
      expect(later.diagnosis?.title).toBe('Admin consent has not been granted.');
    }
    // No sign at all: consent is missing right away.
    expect((await check({})).diagnosis?.title).toBe('Admin consent has not been granted.');
  });

  it('an old "not granted" or a wait with nothing planned is looked at again; a fresh, running or planned one is not', () => {
    const result = (verdict: CheckResult['verdict'], status: string, checkedAt: number) =>
      ({ verdict, permissions: ALL.map((name) => ({ name, status })), checkedAt }) as unknown as CheckResult;
    const old = NOW - STALE_RESULT_MS;
    expect(needsOneMoreLook({ running: false, result: result('incomplete', 'not-granted', old) }, NOW)).toBe(true);
    expect(needsOneMoreLook({ running: false, result: result('incomplete', 'not-granted', NOW - 1_000) }, NOW)).toBe(
      false,
    );
    expect(needsOneMoreLook({ running: true, result: result('incomplete', 'not-granted', old) }, NOW)).toBe(false);
    expect(
      needsOneMoreLook({ running: false, result: result('incomplete', 'not-granted', old), nextRecheckAt: NOW }, NOW),
    ).toBe(false);
    expect(needsOneMoreLook({ running: false, result: result('incomplete', 'missing', old) }, NOW)).toBe(false);
    expect(needsOneMoreLook({ running: false, result: result('passed', 'granted', old) }, NOW)).toBe(false);
    // Waiting for Microsoft with nothing planned can only end with one more look, however recent.
    expect(needsOneMoreLook({ running: false, result: result('propagating', 'propagating', NOW) }, NOW)).toBe(true);
    expect(
      needsOneMoreLook(
        { running: false, result: result('propagating', 'propagating', NOW), nextRecheckAt: NOW + 1 },
        NOW,
      ),
    ).toBe(false);
  });

  it('roles granted in Graph but not yet in the token are waited for 3 minutes, then read as not granted', async () => {
    const grantedInGraph: Route[] = [
      tokenWithoutRoles,
      {
        match: (u) => u.includes('/appRoleAssignments'),
        respond: () =>
          jsonResponse(200, {
            value: REQUIRED_GRAPH_ROLES.map((r) => ({ appRoleId: r.id, resourceDisplayName: 'Microsoft Graph' })),
          }),
      },
      { match: (u) => u.startsWith('https://graph.microsoft.com/'), respond: () => jsonResponse(200, { value: [] }) },
    ];
    const checkSince = (propagatingSince?: number) =>
      runCheck(
        {
          tenantId: guid(),
          clientId: guid(),
          secret: currentSecret(),
          configuredRoles: ALL,
          context: { propagatingSince },
        },
        { fetch: fakeFetch(grantedInGraph).fetch, sleep: async () => {}, now: () => NOW },
      );
    expect((await checkSince(undefined)).verdict).toBe('propagating');
    expect((await checkSince(NOW - CONSENT_WAIT_MS + 1)).verdict).toBe('propagating');
    const over = await checkSince(NOW - CONSENT_WAIT_MS);
    expect(over.verdict).toBe('incomplete');
    expect(over.diagnosis?.title).toBe('Admin consent has not been granted.');
  });
});

describe('signs of consent the background keeps', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    stubOriginRule();
    stubBadge();
  });

  const rows = (granted: boolean | null) => ALL.map((name) => ({ name, type: 'Application' as const, granted }));

  it('a table whose status cannot be read starts the wait once; a readable one ends it', async () => {
    expect(await recordPermissions(rows(false), NOW)).toBe(false);
    expect((await read('portal'))?.statusUnreadSince).toBeUndefined();
    expect(await recordPermissions(rows(null), NOW + 1)).toBe(true);
    expect(await recordPermissions(rows(null), NOW + 2)).toBe(false);
    expect((await read('portal'))?.statusUnreadSince).toBe(NOW + 1);
    // Only some listed: nothing to wait for yet.
    await recordPermissions(rows(false), NOW + 3);
    expect(await recordPermissions(rows(null).slice(0, 6), NOW + 4)).toBe(false);
    expect((await read('portal'))?.statusUnreadSince).toBeUndefined();
    expect(await recordPermissions(rows(true), NOW + 5)).toBe(true);
    expect((await read('portal'))?.consentObservedAt).toBe(NOW + 5);
  });

  it('an unreadable status that changes (a grant in a language or markup the reader does not know) restarts the wait', async () => {
    const shown = (status: string) =>
      ALL.map((name) => ({ name, type: 'Application' as const, granted: null, status }));
    expect(await recordPermissions(shown('Ausstehend'), NOW)).toBe(true);
    expect(await recordPermissions(shown('Ausstehend'), NOW + MINUTE)).toBe(false);
    expect((await read('portal'))?.statusUnreadSince).toBe(NOW);
    expect(await recordPermissions(shown('Erteilt'), NOW + 5 * MINUTE)).toBe(true);
    expect((await read('portal'))?.statusUnreadSince).toBe(NOW + 5 * MINUTE);
  });

  it('consent pressed: the stored check waits for Microsoft and plans its next look', async () => {
    vi.stubGlobal('fetch', fakeFetch(notYetRoutes).fetch);
    await write('credentials', { tenantId: guid(), clientId: guid() });
    await write('secret', { value: currentSecret(), capturedAt: Date.now() });
    await write('portal', { permissions: rows(false) });
    expect((await checkNow())?.result?.verdict).toBe('incomplete');
    await recordConsentPressed(Date.now());
    const record = await checkNow();
    expect(record?.result?.verdict).toBe('propagating');
    expect(record?.nextRecheckAt).toBeGreaterThan(Date.now());
    scheduleRecheck(undefined);
    vi.unstubAllGlobals();
  });

  it('a check that starts inside the wait and ends after it plans one more look, whose answer is final', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(NOW);
      // Graph answers 2 s after the token: the check starts 1 s before the wait ends and ends 1 s after it.
      const slowGraph: Route[] = [
        tokenWithoutRoles,
        {
          match: graphDenied.match,
          respond: (u, init) => {
            vi.setSystemTime(Date.now() + 2_000);
            return graphDenied.respond(u, init);
          },
        },
      ];
      vi.stubGlobal('fetch', fakeFetch(slowGraph).fetch);
      await write('credentials', { tenantId: guid(), clientId: guid() });
      await write('secret', { value: currentSecret(), capturedAt: NOW });
      await write('portal', { permissions: rows(false), consentPressedAt: NOW - CONSENT_WAIT_MS + 1_000 });
      const waiting = await checkNow();
      expect(waiting?.result?.verdict).toBe('propagating');
      expect(waiting?.nextRecheckAt).toBeDefined();
      const last = await checkNow();
      expect(last?.result?.verdict).toBe('incomplete');
      expect(last?.result?.diagnosis?.title).toBe('Admin consent has not been granted.');
      expect(last?.nextRecheckAt).toBeUndefined();
    } finally {
      scheduleRecheck(undefined);
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});
