// The express logic's sentences in the pseudo-locale (tests/support/pseudo-locale.ts): each finding, failure
// and refusal is one whole message, with names, IDs and dates inside it, and no English of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../lib/entra/problems';
import { type AppFacts, diagnoseApp } from '../../lib/express/diagnose-app';
import { findApp } from '../../lib/express/find-app';
import { graphFailure } from '../../lib/express/graph-failure';
import { SignInAuthority, SignInClientId } from '../../lib/express/sign-in-settings';
import { t } from '../../lib/i18n/t';
import { GRAPH_APP_ID, REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import en from '../../public/_locales/en/messages.json';
import { guid } from '../support/generated';
import { useCatalog } from '../support/i18n-setup';
import { outsideMessages, pseudoCatalog, topLevelMessages } from '../support/pseudo-locale';

beforeAll(() => useCatalog(pseudoCatalog()));
afterAll(() => useCatalog(en));

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const DATA = [...REQUIRED_GRAPH_ROLES.map((r) => r.name)].sort((a, b) => b.length - a.length);

function expectOneMessage(text: string) {
  expect(topLevelMessages(text), text).toBe(1);
  expect(outsideMessages(text.replace(GUID, ''), [...DATA, 'Application.ReadWrite.All']), text).not.toMatch(/\p{L}/u);
}

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('pseudo-locale: express logic', () => {
  it('every finding of the app diagnosis is one message', () => {
    const graphId = guid();
    const [first, second, third] = REQUIRED_GRAPH_ROLES;
    const facts: AppFacts = {
      app: {
        id: guid(),
        appId: guid(),
        displayName: 'idemeum',
        tags: [],
        requiredResourceAccess: [
          { resourceAppId: GRAPH_APP_ID, resourceAccess: [{ id: first?.id ?? '', type: 'Role' }] },
          { resourceAppId: guid(), resourceAccess: [] },
        ],
        passwordCredentials: [
          { keyId: guid(), displayName: null, hint: 'abc', endDateTime: new Date(NOW - 2 * DAY).toISOString() },
          { keyId: guid(), displayName: 's', endDateTime: new Date(NOW + 10 * DAY).toISOString() },
        ],
      },
      givenAs: 'objectId',
      hasServicePrincipal: false,
      grants: [],
      graph: {
        id: graphId,
        appId: GRAPH_APP_ID,
        appRoles: REQUIRED_GRAPH_ROLES.map((r) => ({ id: r.id, value: r.name })),
        oauth2PermissionScopes: [{ id: second?.id ?? '', value: second?.name ?? '' }],
      },
      now: NOW,
    };
    facts.app.requiredResourceAccess[0]?.resourceAccess.push({ id: second?.id ?? '', type: 'Scope' });
    facts.grants.push({ appRoleId: third?.id ?? '', resourceId: graphId });
    const d = diagnoseApp(facts);
    expect(d.problems.length).toBeGreaterThanOrEqual(7);
    for (const problem of d.problems) expectOneMessage(problem);
    for (const secret of d.secrets) expect(topLevelMessages(secret.label)).toBeLessThanOrEqual(1);
    const expired = diagnoseApp({ ...facts, givenAs: 'servicePrincipalObjectId' });
    expectOneMessage(expired.problems[0] ?? '');
  });

  it('every Graph failure is one title and one fix', () => {
    const problems: Problem[] = [
      { kind: 'offline' },
      { kind: 'timeout' },
      { kind: 'throttled', retryAfterSeconds: 1 },
      { kind: 'throttled', retryAfterSeconds: 12 },
      { kind: 'graph', status: 401, code: 'X', message: 'X' },
      { kind: 'graph', status: 403, code: 'X', message: 'X' },
      { kind: 'graph', status: 500, code: 'X', message: 'X' },
    ];
    for (const problem of problems) {
      const words = graphFailure(t('doing_reading_app'), problem, t('express_again'));
      if (problem.kind === 'graph') expectOneMessage(words.title);
      expectOneMessage(words.fix);
    }
  });

  it('an ID that is none, or that no app has, is said in one message', async () => {
    // No app has it: the list by client ID is empty, the reads by Object ID answer 404.
    const graph = {
      call: async (_method: string, path: string) =>
        path.includes('$filter')
          ? { ok: true as const, data: { value: [] } }
          : { ok: false as const, problem: { kind: 'graph' as const, status: 404, code: 'X', message: 'X' } },
    };
    const notId = await findApp(graph, 'contoso');
    const none = await findApp(graph, guid());
    for (const found of [notId, none])
      expectOneMessage(!found.found && 'message' in found ? (found.message ?? '') : '');
  });

  it('the sign-in settings refuse in one message', () => {
    const errors = [
      SignInClientId.safeParse('nope'),
      SignInAuthority.safeParse('https://example.com'),
      SignInAuthority.safeParse('https://login.microsoftonline.com/common'),
    ].map((r) => r.error?.issues[0]?.message ?? '');
    for (const message of errors) expectOneMessage(message);
  });
});
