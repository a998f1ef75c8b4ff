import { describe, expect, it } from 'vitest';
import { orderDomains, runCheck } from '../../lib/entra/check';
import { tokenRoles } from '../../lib/entra/jwt';
import { REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import { fakeAccessToken, fakeFetch, jsonResponse, type Route } from '../support/fake-fetch';
import { currentSecret, guid } from '../support/generated';

const tenantId = guid();
const clientId = guid();
const secret = currentSecret();
const ALL = REQUIRED_GRAPH_ROLES.map((r) => r.name);
const isToken = (u: string) => u.startsWith('https://login.microsoftonline.com/');
const isGraph = (path: string) => (u: string) => u.startsWith(`https://graph.microsoft.com${path}`);

function tokenRoute(roles: string[]): Route {
  return {
    match: isToken,
    respond: () => jsonResponse(200, { access_token: fakeAccessToken(roles), expires_in: 3599 }),
  };
}
function assignmentsRoute(roleIds: string[]): Route {
  return {
    match: isGraph('/v1.0/servicePrincipals'),
    respond: () =>
      jsonResponse(200, { value: roleIds.map((appRoleId) => ({ appRoleId, resourceDisplayName: 'Microsoft Graph' })) }),
  };
}
const orgRoute: Route = {
  match: isGraph('/v1.0/organization'),
  respond: () =>
    jsonResponse(200, {
      value: [
        {
          verifiedDomains: [
            { name: 'b.example', isDefault: false, isInitial: false, type: 'Managed' },
            { name: 'x.onmicrosoft.com', isDefault: false, isInitial: true, type: 'Managed' },
            { name: 'a.example', isDefault: true, isInitial: false, type: 'Managed' },
          ],
        },
      ],
    }),
};
const groupsRoute: Route = {
  match: isGraph('/v1.0/groups'),
  respond: () => jsonResponse(200, { value: [{ id: guid(), displayName: 'Helpdesk' }] }),
};
const deps = (f: typeof fetch, now = () => 1_000_000) => ({ fetch: f, sleep: async () => {}, now });

describe('runCheck', () => {
  it('passes with all 12 granted: 1 token request and 3 Graph reads, domains ordered, no secret in the result', async () => {
    const { fetch, calls } = fakeFetch([
      tokenRoute(ALL),
      assignmentsRoute(REQUIRED_GRAPH_ROLES.map((r) => r.id)),
      orgRoute,
      groupsRoute,
    ]);
    const result = await runCheck({ tenantId, clientId, secret }, deps(fetch));
    expect(result.verdict).toBe('passed');
    expect(result.permissions.every((p) => p.status === 'granted')).toBe(true);
    expect(result.requestCount).toBe(4);
    expect(calls.filter((c) => isToken(c.url))).toHaveLength(1);
    expect(calls[0]?.url).toBe(`https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`);
    expect(String(calls[0]?.init?.body)).toContain('grant_type=client_credentials');
    expect(result.domains.map((d) => d.name)).toEqual(['a.example', 'x.onmicrosoft.com', 'b.example']);
    expect(result.groups.map((g) => g.displayName)).toEqual(['Helpdesk']);
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(result.checkedFor.secretHint).toBe(secret.slice(0, 3));
  });

  it('reports partial consent per permission, with extras by name', async () => {
    const granted = REQUIRED_GRAPH_ROLES.slice(0, 11);
    const { fetch } = fakeFetch([
      tokenRoute([...granted.map((r) => r.name), 'Mail.Read']),
      assignmentsRoute(granted.map((r) => r.id)),
      orgRoute,
      groupsRoute,
    ]);
    const result = await runCheck({ tenantId, clientId, secret }, deps(fetch));
    expect(result.verdict).toBe('incomplete');
    expect(result.permissions.filter((p) => p.status === 'not-granted').map((p) => p.name)).toEqual([
      'User-PasswordProfile.ReadWrite.All',
    ]);
    expect(result.extras).toEqual(['Mail.Read']);
    expect(result.diagnosis?.title).toMatch(/1 of the 12 permissions has no admin consent/);
  });

  it('without consent: the token has no roles, Graph answers 403, and the diagnosis says to grant consent', async () => {
    const { fetch, calls } = fakeFetch([
      tokenRoute([]),
      {
        match: isGraph('/'),
        respond: () =>
          jsonResponse(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' } }),
      },
    ]);
    const result = await runCheck({ tenantId, clientId, secret, configuredRoles: ALL.slice(0, 6) }, deps(fetch));
    expect(result.verdict).toBe('incomplete');
    expect(result.permissions.filter((p) => p.status === 'missing')).toHaveLength(6);
    expect(result.diagnosis?.title).toMatch(/not added to the app/);
    expect(calls).toHaveLength(2);
  });

  it('shows "waiting for Microsoft" when Graph has the grants but the token does not yet', async () => {
    const { fetch } = fakeFetch([
      tokenRoute(['Directory.ReadWrite.All']),
      assignmentsRoute(REQUIRED_GRAPH_ROLES.map((r) => r.id)),
      orgRoute,
      groupsRoute,
    ]);
    const result = await runCheck({ tenantId, clientId, secret }, deps(fetch));
    expect(result.verdict).toBe('propagating');
    expect(result.diagnosis?.title).toMatch(/Waiting for Microsoft/);
  });

  it('recognises the Object ID pasted as the client ID', async () => {
    const { fetch } = fakeFetch([
      {
        match: isToken,
        respond: () =>
          jsonResponse(400, {
            error: 'unauthorized_client',
            error_description: `AADSTS700016: Application with identifier '${clientId}' was not found. Trace ID: x`,
            error_codes: [700016],
          }),
      },
    ]);
    const result = await runCheck({ tenantId, clientId, secret, context: { knownObjectId: clientId } }, deps(fetch));
    expect(result.verdict).toBe('failed');
    expect(result.diagnosis).toMatchObject({
      title: expect.stringMatching(/Object ID/),
      field: 'clientId',
      code: 'AADSTS700016',
    });
    expect(result.diagnosis?.microsoftText).not.toContain('Trace ID');
  });

  it('honours Retry-After on 429 and then succeeds', async () => {
    let throttled = 0;
    const waits: number[] = [];
    const { fetch } = fakeFetch([
      tokenRoute(ALL),
      {
        match: (u) => isGraph('/v1.0/servicePrincipals')(u) && throttled++ === 0,
        respond: () =>
          jsonResponse(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'retry-after': '7' }),
      },
      assignmentsRoute(REQUIRED_GRAPH_ROLES.map((r) => r.id)),
      orgRoute,
      groupsRoute,
    ]);
    const result = await runCheck(
      { tenantId, clientId, secret },
      { fetch, now: () => 0, sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([7000]);
    expect(result.verdict).toBe('passed');
  });

  it('says "could not reach Microsoft" when offline', async () => {
    const { fetch } = fakeFetch([]);
    const result = await runCheck({ tenantId, clientId, secret }, deps(fetch));
    expect(result.verdict).toBe('failed');
    expect(result.diagnosis?.title).toBe('Could not reach Microsoft.');
  });

  it('shows an unknown AADSTS code with Microsoft’s text', async () => {
    const { fetch } = fakeFetch([
      {
        match: isToken,
        respond: () =>
          jsonResponse(400, {
            error: 'invalid_request',
            error_description: 'AADSTS123456: Something new. Trace ID: y',
            error_codes: [123456],
          }),
      },
    ]);
    const result = await runCheck({ tenantId, clientId, secret }, deps(fetch));
    expect(result.diagnosis).toMatchObject({ code: 'AADSTS123456', microsoftText: 'AADSTS123456: Something new.' });
  });

  it('a secret express setup made a moment ago and Entra refuses yet: waiting, not "the Secret ID"', async () => {
    const refused = () =>
      fakeFetch([
        {
          match: isToken,
          respond: () =>
            jsonResponse(401, {
              error: 'invalid_client',
              error_description: 'AADSTS7000215: Invalid client secret provided. Trace ID: x',
              error_codes: [7000215],
            }),
        },
      ]).fetch;
    const d = deps(refused());
    const fresh = await runCheck(
      { tenantId, clientId, secret, context: { credentialsCreatedAt: d.now() - 20_000 } },
      d,
    );
    expect(fresh.verdict).toBe('propagating');
    expect(fresh.diagnosis?.title).toBe('Microsoft is still applying the new app and secret.');
    const later = await runCheck(
      { tenantId, clientId, secret, context: { credentialsCreatedAt: d.now() - 5 * 60_000 } },
      deps(refused()),
    );
    expect(later.verdict).toBe('failed');
    expect(later.diagnosis?.code).toBe('AADSTS7000215');
  });
});

describe('token roles', () => {
  it('reads roles, and none from a token without the claim or from junk', () => {
    expect(tokenRoles(fakeAccessToken(['User.Read.All']))).toEqual(['User.Read.All']);
    expect(tokenRoles(fakeAccessToken([]))).toEqual([]);
    expect(tokenRoles('junk')).toEqual([]);
  });
});

describe('orderDomains', () => {
  it('puts the default first and the initial second', () => {
    const d = (name: string, isDefault = false, isInitial = false) => ({ name, isDefault, isInitial, type: 'Managed' });
    expect(orderDomains([d('z'), d('i', false, true), d('a'), d('def', true)]).map((x) => x.name)).toEqual([
      'def',
      'i',
      'a',
      'z',
    ]);
  });
});
