// The check's words in the pseudo-locale (tests/support/pseudo-locale.ts): every diagnosis (each AADSTS code
// the extension knows, the Graph failures, throttling), the check's own verdicts and a check that threw are
// one title and one fix, each a whole message with codes and numbers inside it, and every message these
// files name is produced here at least once.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { endCheckThatThrew } from '../../lib/background/check-thrown';
import { runCheck } from '../../lib/entra/check';
import { type Diagnosis, diagnose } from '../../lib/entra/diagnosis';
import type { Problem } from '../../lib/entra/problems';
import { REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import { write } from '../../lib/store';
import en from '../../public/_locales/en/messages.json';
import { stubBadge } from '../support/browser-stubs';
import { fakeAccessToken, fakeFetch, jsonResponse, type Route } from '../support/fake-fetch';
import { currentSecret, guid } from '../support/generated';
import { outsideMessages, topLevelMessages, usePseudoLocale } from '../support/pseudo-locale';
import { literalsOf } from '../support/source-strings';

const COVERED = ['lib/entra/diagnosis.ts', 'lib/entra/check.ts', 'lib/background/check-thrown.ts'];
const KNOWN_AADSTS = [7000215, 7000222, 7000218, 700016, 700038, 7000229, 90002, 900023, 9001023, 9002326, 53003];
const MORE_AADSTS = [70011, 7000112, 70001, 123456];

beforeEach(() => fakeBrowser.reset());
const requested = usePseudoLocale('each');

function expectOneTitleAndFix(d: Diagnosis | undefined, data: string[] = []) {
  for (const text of [d?.title, d?.fix]) {
    expect(text, 'no words').toBeTruthy();
    expect(topLevelMessages(text ?? ''), text).toBe(1);
    expect(outsideMessages(text ?? '', data), text).not.toMatch(/\p{L}/u);
  }
}

const aadsts = (code: number): Problem => ({
  kind: 'aadsts',
  code,
  error: 'invalid_client',
  description: `AADSTS${code}: Microsoft's words. Trace ID: x`,
});

const tenantId = guid();
const clientId = guid();
const secret = currentSecret();
const isToken = (u: string) => u.startsWith('https://login.microsoftonline.com/');
const graphEmpty: Route = {
  match: (u) => u.startsWith('https://graph.microsoft.com'),
  respond: () => jsonResponse(200, { value: [] }),
};
function tokenRoute(roles: string[]): Route {
  return {
    match: isToken,
    respond: () => jsonResponse(200, { access_token: fakeAccessToken(roles), expires_in: 3599 }),
  };
}
function assignments(roleIds: string[]): Route {
  return {
    match: (u) => u.startsWith('https://graph.microsoft.com/v1.0/servicePrincipals'),
    respond: () =>
      jsonResponse(200, { value: roleIds.map((appRoleId) => ({ appRoleId, resourceDisplayName: 'Microsoft Graph' })) }),
  };
}
const NOW = 10_000_000;
const deps = (f: typeof fetch) => ({ fetch: f, sleep: async () => {}, now: () => NOW });

describe('pseudo-locale: the check', () => {
  it('every AADSTS diagnosis is one title and one fix, the code outside the words', () => {
    for (const code of [...KNOWN_AADSTS, ...MORE_AADSTS]) {
      const d = diagnose(aadsts(code));
      expectOneTitleAndFix(d, [`AADSTS${code}`]);
      expect(d.code).toBe(`AADSTS${code}`);
    }
    const objectId = guid();
    const pasted = diagnose(aadsts(700016), { knownObjectId: objectId, clientId: objectId });
    expectOneTitleAndFix(pasted);
    expect(pasted.title).not.toBe(diagnose(aadsts(700016)).title);
  });

  it('the network and Graph failures, throttling in its plural forms, are one title and one fix each', () => {
    const problems: Problem[] = [
      { kind: 'offline' },
      { kind: 'timeout' },
      { kind: 'throttled', retryAfterSeconds: 1 },
      { kind: 'throttled', retryAfterSeconds: 11.2 },
      { kind: 'graph', status: 403, code: 'Authorization_RequestDenied', message: 'x' },
      { kind: 'graph', status: 500, code: 'x', message: 'x' },
      { kind: 'unexpected', message: 'x' },
    ];
    for (const problem of problems) expectOneTitleAndFix(diagnose(problem), ['12', '500']);
    expect(diagnose({ kind: 'throttled', retryAfterSeconds: 11.2 }).fix).toContain('12');
  });

  it("the check's verdicts are one title and one fix each", async () => {
    const [first, second] = REQUIRED_GRAPH_ROLES;
    const refused = fakeFetch([
      {
        match: isToken,
        respond: () =>
          jsonResponse(401, { error: 'invalid_client', error_description: 'AADSTS7000215: x', error_codes: [7000215] }),
      },
    ]);
    const stillApplying = await runCheck(
      { tenantId, clientId, secret, context: { credentialsCreatedAt: NOW - 1000 } },
      deps(refused.fetch),
    );
    expect(stillApplying.verdict).toBe('propagating');
    expectOneTitleAndFix(stillApplying.diagnosis);

    const waiting = await runCheck(
      { tenantId, clientId, secret, context: { consentPressedAt: NOW - 1000 } },
      deps(fakeFetch([tokenRoute([]), graphEmpty]).fetch),
    );
    expect(waiting.verdict).toBe('propagating');
    expectOneTitleAndFix(waiting.diagnosis);

    const none = await runCheck({ tenantId, clientId, secret }, deps(fakeFetch([tokenRoute([]), graphEmpty]).fetch));
    expectOneTitleAndFix(none.diagnosis);

    for (const missing of [1, 2]) {
      const configured = REQUIRED_GRAPH_ROLES.slice(missing).map((r) => r.name);
      const notAdded = await runCheck(
        { tenantId, clientId, secret, configuredRoles: configured },
        deps(fakeFetch([tokenRoute([]), graphEmpty]).fetch),
      );
      expectOneTitleAndFix(notAdded.diagnosis, [String(missing)]);
    }
    for (const granted of [[first], [first, second]]) {
      const names = granted.map((r) => r?.name ?? '');
      const some = await runCheck(
        { tenantId, clientId, secret },
        deps(fakeFetch([tokenRoute(names), assignments(granted.map((r) => r?.id ?? '')), graphEmpty]).fetch),
      );
      expect(some.verdict).toBe('incomplete');
      expectOneTitleAndFix(some.diagnosis, [String(12 - granted.length)]);
    }
  });

  it('a check that threw says so in one title and one fix, the browser’s reason inside it', async () => {
    stubBadge();
    await write('credentials', { tenantId, clientId, secretHint: 'abc' });
    const reason = 'Invalid domain entra-assist@idemeum.com';
    const record = await endCheckThatThrew(new Error(reason));
    expectOneTitleAndFix(record.result?.diagnosis, [reason]);
    expect(record.result?.diagnosis?.fix).toContain(reason);
  });

  it('every message these files name was produced', () => {
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const keys = new Set(Object.keys(en).map(base));
    const named = new Set(COVERED.flatMap((f) => literalsOf(f).map((l) => l.value)).filter((v) => keys.has(v)));
    expect(named.size).toBeGreaterThan(40);
    const produced = new Set([...requested].map(base));
    expect([...named].filter((k) => !produced.has(k))).toEqual([]);
  });
});
