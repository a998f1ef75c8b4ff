// The sandbox's Entra sign-in (authorization code + PKCE for a Single-page application) and its Graph for
// delegated tokens, driven over HTTPS as the browser would: the sandbox is the oracle of the browser tests, so
// its documented behaviours are pinned here.
import { createHash, randomBytes } from 'node:crypto';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../sandbox/server';
import type { SandboxState, SandboxUser } from '../sandbox/tenant-state';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const REDIRECT_URI = `https://${EXTENSION_ID}.chromiumapp.org/`;
const GRAPH = 'https://graph.microsoft.com/';
const SCOPES = [
  `${GRAPH}Application.ReadWrite.All`,
  `${GRAPH}AppRoleAssignment.ReadWrite.All`,
  `${GRAPH}Organization.Read.All`,
  `${GRAPH}User.Read`,
  'openid',
  'profile',
  'offline_access',
].join(' ');
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const ORGANIZATION_READ_ALL_ROLE = '498476ce-e0fe-48b0-b801-37ba7e2685c6';
const GROUP_READ_ALL_ROLE = '5b567255-7703-4780-807c-7be8301ae99b';
const DAY_MS = 86_400_000;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test reads of JSON answers
  json: any;
}

let sandbox: Sandbox;
let state: SandboxState;
let clientId: string;
let tenantId: string;
let admin: SandboxUser;
let developer: SandboxUser;

/** One HTTPS request to the sandbox, addressed to `host` as Chromium's host-resolver rules would. */
function request(
  host: 'login.microsoftonline.com' | 'graph.microsoft.com',
  method: string,
  path: string,
  options: { headers?: Record<string, string>; form?: Record<string, string>; json?: unknown } = {},
): Promise<Answer> {
  const body =
    options.form !== undefined
      ? new URLSearchParams(options.form).toString()
      : options.json !== undefined
        ? JSON.stringify(options.json)
        : undefined;
  const headers: Record<string, string> = { host, ...options.headers };
  if (options.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded;charset=utf-8';
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    // agent: false, so that no kept-alive socket holds sandbox.close() back.
    const req = https.request(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        servername: host,
        rejectUnauthorized: false,
        agent: false,
        method,
        path,
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizePath(params: Record<string, string>): string {
  const query = new URLSearchParams({
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    response_mode: 'fragment',
    scope: SCOPES,
    state: 'opaque-state',
    code_challenge_method: 'S256',
    ...params,
  });
  return `/organizations/oauth2/v2.0/authorize?${query}`;
}

/** The answer the redirect URI receives, from the fragment (or the query). */
function reply(answer: Answer): URLSearchParams {
  expect(answer.status).toBe(302);
  const location = new URL(String(answer.headers.location));
  expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
  return new URLSearchParams(location.hash ? location.hash.slice(1) : location.search);
}

/** Opens the account picker and clicks "Sign in as <user>": the code, as sent to the redirect URI. */
async function signIn(user: SandboxUser, challenge: string, nonce = 'nonce-1'): Promise<string> {
  const page = await request('login.microsoftonline.com', 'GET', authorizePath({ code_challenge: challenge, nonce }));
  expect(page.status).toBe(200);
  const pending = /name="pending" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  const answer = await request('login.microsoftonline.com', 'POST', '/organizations/oauth2/v2.0/authorize', {
    form: { pending, user: user.id },
  });
  const params = reply(answer);
  expect(params.get('state')).toBe('opaque-state');
  return params.get('code') ?? '';
}

function redeem(code: string, verifier: string, headers: Record<string, string> = { origin: ORIGIN }) {
  return request('login.microsoftonline.com', 'POST', '/organizations/oauth2/v2.0/token?client-request-id=1', {
    headers,
    form: {
      client_id: clientId,
      redirect_uri: REDIRECT_URI,
      scope: SCOPES,
      code,
      code_verifier: verifier,
      grant_type: 'authorization_code',
      client_info: '1',
    },
  });
}

async function accessTokenFor(user: SandboxUser): Promise<string> {
  const { verifier, challenge } = pkce();
  const answer = await redeem(await signIn(user, challenge), verifier);
  expect(answer.status).toBe(200);
  return answer.json.access_token;
}

function graph(token: string, method: string, path: string, json?: unknown) {
  return request('graph.microsoft.com', method, path, {
    headers: { authorization: `Bearer ${token}`, origin: ORIGIN },
    json,
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  sandbox = await startSandbox();
  state = sandbox.state;
  clientId = state.registerPublicClient(REDIRECT_URI);
  tenantId = state.portalTenantId;
  const users = state.tenants.get(tenantId)?.users ?? [];
  admin = users.find((u) => u.displayName === 'Adele Vance')!;
  developer = users.find((u) => u.displayName === 'Dev Patel')!;
});

afterAll(async () => {
  await sandbox.close();
});

describe('sandbox sign-in (authorization code + PKCE)', () => {
  it('serves the discovery documents msal-browser may ask for', async () => {
    const common = await request(
      'login.microsoftonline.com',
      'GET',
      '/organizations/v2.0/.well-known/openid-configuration',
    );
    expect(common.headers['access-control-allow-origin']).toBe('*');
    expect(common.json.issuer).toBe('https://login.microsoftonline.com/{tenantid}/v2.0');
    expect(common.json.token_endpoint).toBe('https://login.microsoftonline.com/organizations/oauth2/v2.0/token');
    const byDomain = await request(
      'login.microsoftonline.com',
      'GET',
      '/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
    );
    expect(byDomain.json.issuer).toBe(`https://login.microsoftonline.com/${tenantId}/v2.0`);
    expect(byDomain.json.authorization_endpoint).toBe(
      `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/authorize`,
    );
    const instance = await request(
      'login.microsoftonline.com',
      'GET',
      `/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent('https://login.microsoftonline.com/common/oauth2/v2.0/authorize')}`,
    );
    expect(instance.json.tenant_discovery_endpoint).toBe(
      'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    );
    expect(instance.json.metadata[0]).toMatchObject({
      preferred_network: 'login.microsoftonline.com',
      preferred_cache: 'login.windows.net',
    });
  });

  it('shows an error page for an unknown client or an unregistered redirect URI', async () => {
    const { challenge } = pkce();
    const unknown = await request(
      'login.microsoftonline.com',
      'GET',
      authorizePath({ client_id: '11111111-2222-3333-4444-555555555555', code_challenge: challenge }),
    );
    expect(unknown.headers['content-type']).toMatch(/text\/html/);
    expect(unknown.text).toContain('AADSTS700016');
    const elsewhere = await request(
      'login.microsoftonline.com',
      'GET',
      authorizePath({ redirect_uri: 'https://evil.example/', code_challenge: challenge }),
    );
    expect(elsewhere.headers.location).toBeUndefined();
    expect(elsewhere.text).toContain(
      'AADSTS50011: The redirect URI &#39;https://evil.example/&#39; specified in the request does not match the redirect URIs configured for the application',
    );
  });

  it('sends a request without PKCE back with AADSTS9002325', async () => {
    const params = reply(await request('login.microsoftonline.com', 'GET', authorizePath({})));
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('error_description')).toMatch(
      /^AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption\./,
    );
    expect(params.get('state')).toBe('opaque-state');
  });

  it('lists the users as accessible buttons, keeps the challenge out of the page, and Cancel declines', async () => {
    const { challenge } = pkce();
    const page = await request('login.microsoftonline.com', 'GET', authorizePath({ code_challenge: challenge }));
    expect(page.text).toContain('<title>Sign in to your account</title>');
    expect(page.text).toContain('>Sign in as Adele Vance</button>');
    expect(page.text).toContain('>Sign in as Dev Patel</button>');
    expect(page.text).toContain(admin.userPrincipalName);
    expect(page.text).toContain('Global Administrator');
    expect(page.text).toContain('Application Developer');
    expect(page.text).not.toContain(challenge);
    const pending = /name="pending" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const params = reply(
      await request('login.microsoftonline.com', 'POST', '/organizations/oauth2/v2.0/authorize', {
        form: { pending, action: 'cancel' },
      }),
    );
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toMatch(/^AADSTS65004: User declined to consent to access the app\./);
  });

  it('refuses a redemption without Origin, with the wrong verifier, or of a code already used', async () => {
    const { verifier, challenge } = pkce();
    const code = await signIn(admin, challenge);

    const noOrigin = await redeem(code, verifier, {});
    expect(noOrigin.status).toBe(400);
    expect(noOrigin.json.error_codes).toEqual([9002327]);
    expect(noOrigin.json.error_description).toContain(
      "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
    );

    const wrongVerifier = await redeem(code, pkce().verifier);
    expect(wrongVerifier.status).toBe(400);
    expect(wrongVerifier.json.error).toBe('invalid_grant');
    expect(wrongVerifier.json.error_codes).toEqual([501481]);

    expect((await redeem(code, verifier)).status).toBe(200);
    const again = await redeem(code, verifier);
    expect(again.status).toBe(400);
    expect(again.json.error).toBe('invalid_grant');
    expect(again.json.error_description).toMatch(/^AADSTS54005: OAuth2 Authorization code was already redeemed/);
  });

  it('issues a delegated Graph token and an ID token bound to the nonce; the refresh token works', async () => {
    const { verifier, challenge } = pkce();
    const answer = await redeem(await signIn(admin, challenge, 'nonce-42'), verifier);
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(answer.json).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 });
    expect(answer.json.scope.split(' ')).toEqual(
      expect.arrayContaining([`${GRAPH}Application.ReadWrite.All`, 'openid']),
    );
    const clientInfo = JSON.parse(Buffer.from(answer.json.client_info, 'base64url').toString('utf8'));
    expect(clientInfo).toEqual({ uid: admin.id, utid: tenantId });

    const id = claimsOf(answer.json.id_token);
    expect(id).toMatchObject({
      aud: clientId,
      iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      tid: tenantId,
      oid: admin.id,
      nonce: 'nonce-42',
      preferred_username: admin.userPrincipalName,
      ver: '2.0',
    });
    expect(id.wids).toContain('62e90394-69f5-4237-9190-012177145e10');

    const access = claimsOf(answer.json.access_token);
    expect(access).toMatchObject({ aud: 'https://graph.microsoft.com', appid: clientId, idtyp: 'user', oid: admin.id });
    expect(access.scp.split(' ')).toEqual(
      expect.arrayContaining(['Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'User.Read']),
    );

    const refreshed = await request('login.microsoftonline.com', 'POST', '/organizations/oauth2/v2.0/token', {
      headers: { origin: ORIGIN },
      form: {
        client_id: clientId,
        grant_type: 'refresh_token',
        refresh_token: answer.json.refresh_token,
        scope: SCOPES,
      },
    });
    expect(refreshed.status).toBe(200);
    expect((await graph(refreshed.json.access_token, 'GET', '/v1.0/me')).json.userPrincipalName).toBe(
      admin.userPrincipalName,
    );
  });
});

describe('sandbox Graph with a delegated token', () => {
  it('creates an app, its service principal (after replication), a capped secret and admin consent', async () => {
    const adminToken = await accessTokenFor(admin);
    const developerToken = await accessTokenFor(developer);
    state.knobs.replicationDelayMs = 300;
    state.knobs.maxSecretLifetimeDays = 180;

    const created = await graph(adminToken, 'POST', '/v1.0/applications', {
      displayName: 'idemeum',
      signInAudience: 'AzureADMyOrg',
    });
    expect(created.status).toBe(201);
    expect(created.headers['access-control-allow-origin']).toBe(ORIGIN);
    const app = created.json;
    expect(state.applicationByAppId(tenantId, app.appId)?.id).toBe(app.id);
    const spTooSoon = await graph(adminToken, 'POST', '/v1.0/servicePrincipals', { appId: app.appId });
    expect(spTooSoon.status).toBe(400);
    expect(spTooSoon.json.error.code).toBe('Request_BadRequest');
    expect(spTooSoon.json.error.message).toBe(
      `The appId '${app.appId}' of the service principal does not reference a valid application object.`,
    );

    const found = await graph(
      adminToken,
      'GET',
      `/v1.0/applications?$filter=${encodeURIComponent("displayName eq 'idemeum'")}&$select=id,appId`,
    );
    expect(found.json.value).toEqual([{ id: app.id, appId: app.appId }]);
    expect(
      (await graph(adminToken, 'GET', "/v1.0/applications(appId='00000000-0000-0000-0000-000000000000')")).status,
    ).toBe(404);
    const patched = await graph(adminToken, 'PATCH', `/v1.0/applications/${app.id}`, {
      requiredResourceAccess: [
        {
          resourceAppId: GRAPH_APP_ID,
          resourceAccess: [
            { id: ORGANIZATION_READ_ALL_ROLE, type: 'Role' },
            { id: GROUP_READ_ALL_ROLE, type: 'Role' },
          ],
        },
      ],
    });
    expect(patched.status).toBe(204);

    const tooLong = await graph(adminToken, 'POST', `/v1.0/applications/${app.id}/addPassword`, {
      passwordCredential: { displayName: 'idemeum', endDateTime: new Date(Date.now() + 730 * DAY_MS).toISOString() },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.message).toMatch(
      /^Credential lifetime exceeds the max value allowed as per assigned policy/,
    );
    const secret = await graph(adminToken, 'POST', `/v1.0/applications(appId='${app.appId}')/addPassword`, {
      passwordCredential: { displayName: 'idemeum', endDateTime: new Date(Date.now() + 180 * DAY_MS).toISOString() },
    });
    expect(secret.status).toBe(200);
    expect(secret.json.secretText).toMatch(/^[A-Za-z0-9_.~-]{3}\dQ~[A-Za-z0-9_.~-]{34}$/);
    expect(secret.json.hint).toBe(secret.json.secretText.slice(0, 3));
    const listed = await graph(adminToken, 'GET', `/v1.0/applications/${app.id}`);
    expect(listed.json.passwordCredentials).toEqual([
      expect.objectContaining({ keyId: secret.json.keyId, secretText: null, customKeyIdentifier: null }),
    ]);

    await wait(350);
    const sp = await graph(adminToken, 'POST', '/v1.0/servicePrincipals', { appId: app.appId });
    expect(sp.status).toBe(201);
    const duplicateSp = await graph(adminToken, 'POST', '/v1.0/servicePrincipals', { appId: app.appId });
    expect(duplicateSp.status).toBe(409);
    expect(duplicateSp.json.error.code).toBe('Request_MultipleObjectsWithSameKeyValue');

    const graphSp = await graph(
      adminToken,
      'GET',
      `/v1.0/servicePrincipals(appId='${GRAPH_APP_ID}')?$select=id,appRoles,oauth2PermissionScopes`,
    );
    expect(graphSp.json.oauth2PermissionScopes).toContainEqual(
      expect.objectContaining({ id: '84bccea3-f856-4a8a-967b-dbe0a3d53a64', value: 'AppRoleAssignment.ReadWrite.All' }),
    );
    const assign = (token: string, appRoleId: string) =>
      graph(token, 'POST', `/v1.0/servicePrincipals/${graphSp.json.id}/appRoleAssignedTo`, {
        principalId: sp.json.id,
        resourceId: graphSp.json.id,
        appRoleId,
      });

    const notReplicated = await assign(adminToken, ORGANIZATION_READ_ALL_ROLE);
    expect(notReplicated.status).toBe(400);
    expect(notReplicated.json.error.message).toBe('Not a valid reference update.');
    await wait(350);

    const byDeveloper = await assign(developerToken, ORGANIZATION_READ_ALL_ROLE);
    expect(byDeveloper.status).toBe(403);
    expect(byDeveloper.json.error).toMatchObject({
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    const granted = await assign(adminToken, ORGANIZATION_READ_ALL_ROLE);
    expect(granted.status).toBe(201);
    expect(granted.json).toMatchObject({ principalId: sp.json.id, appRoleId: ORGANIZATION_READ_ALL_ROLE });
    expect((await assign(adminToken, GROUP_READ_ALL_ROLE)).status).toBe(201);
    const duplicate = await assign(adminToken, ORGANIZATION_READ_ALL_ROLE);
    expect(duplicate.status).toBe(400);
    expect(duplicate.json.error.message).toBe('Permission being assigned already exists on the object.');
    const delegatedId = await assign(adminToken, 'bdfbf15f-ee85-4955-8675-146e8e5296b5');
    expect(delegatedId.status).toBe(400);
    expect(delegatedId.json.error.message).toMatch(/^Permission being assigned was not found on application/);
    const assignments = await graph(adminToken, 'GET', `/v1.0/servicePrincipals/${sp.json.id}/appRoleAssignments`);
    expect(assignments.json.value).toHaveLength(2);

    const clientCredentials = await request('login.microsoftonline.com', 'POST', `/${tenantId}/oauth2/v2.0/token`, {
      form: {
        client_id: app.appId,
        client_secret: secret.json.secretText,
        scope: 'https://graph.microsoft.com/.default',
        grant_type: 'client_credentials',
      },
    });
    expect(clientCredentials.status).toBe(200);
    expect(claimsOf(clientCredentials.json.access_token).roles.sort()).toEqual([
      'Group.Read.All',
      'Organization.Read.All',
    ]);
    expect(state.calls('graph.microsoft.com')).toContain(
      `POST /v1.0/servicePrincipals/${graphSp.json.id}/appRoleAssignedTo`,
    );
  });

  it('answers CORS preflights, refuses a missing scope, and keeps app-only tokens read-only', async () => {
    const preflight = await request('graph.microsoft.com', 'OPTIONS', '/v1.0/applications', {
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(preflight.headers['access-control-allow-methods']).toContain('PATCH');
    expect(preflight.headers['access-control-allow-headers']).toBe('authorization,content-type');
    const tokenPreflight = await request('login.microsoftonline.com', 'OPTIONS', '/organizations/oauth2/v2.0/token', {
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(tokenPreflight.headers['access-control-allow-origin']).toBe(ORIGIN);

    const { verifier, challenge } = pkce();
    const page = await request(
      'login.microsoftonline.com',
      'GET',
      authorizePath({ code_challenge: challenge, scope: `${GRAPH}User.Read openid` }),
    );
    const pending = /name="pending" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const code = reply(
      await request('login.microsoftonline.com', 'POST', '/organizations/oauth2/v2.0/authorize', {
        form: { pending, user: admin.id },
      }),
    ).get('code');
    const userReadOnly = (await redeem(code ?? '', verifier)).json.access_token;
    const refused = await graph(userReadOnly, 'POST', '/v1.0/applications', { displayName: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('Authorization_RequestDenied');

    const appOnly = state.registerApplication(tenantId, 'app-only');
    const appSecret = state.addPassword(appOnly, {
      displayName: 's',
      endDateTime: new Date(Date.now() + DAY_MS).toISOString(),
    });
    const appToken = await request('login.microsoftonline.com', 'POST', `/${tenantId}/oauth2/v2.0/token`, {
      form: {
        client_id: appOnly.appId,
        client_secret: appSecret.secretText,
        scope: 'https://graph.microsoft.com/.default',
        grant_type: 'client_credentials',
      },
    });
    expect((await graph(appToken.json.access_token, 'POST', '/v1.0/applications', { displayName: 'x' })).status).toBe(
      405,
    );
  });
});
