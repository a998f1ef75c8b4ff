// Tokens the emulated token endpoint issues and the emulated Graph accepts. Shaped like Entra's v1 access
// tokens for Graph (app-only: tid, appid, oid, roles; delegated: also scp, wids, upn) and v2.0 ID tokens; the
// signature is random because nothing outside the sandbox verifies it.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SandboxState, SandboxUser } from '../tenant-state';

interface TokenBase {
  tenantId: string;
  /** The client the token was issued to. */
  appId: string;
  expiresAt: number;
}

export interface AppToken extends TokenBase {
  kind: 'app';
  /** Object ID of the app's service principal. */
  oid: string;
  roles: string[];
}

export interface UserToken extends TokenBase {
  kind: 'user';
  userId: string;
  /** Delegated Graph permissions by name, as in `scp`. */
  scopes: string[];
  wids: string[];
}

export type IssuedToken = AppToken | UserToken;

const LIFETIME_S = 3599;

const issued = new WeakMap<SandboxState, Map<string, IssuedToken>>();

function registry(state: SandboxState): Map<string, IssuedToken> {
  let map = issued.get(state);
  if (!map) {
    map = new Map();
    issued.set(state, map);
  }
  return map;
}

const b64url = (value: object | Buffer) =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

const jwt = (payload: object) =>
  `${b64url({ typ: 'JWT', alg: 'RS256', kid: 'sandbox' })}.${b64url(payload)}.${b64url(randomBytes(32))}`;

function lifetime(state: SandboxState) {
  const iat = Math.floor(state.now() / 1000);
  return { iat, nbf: iat, exp: iat + LIFETIME_S };
}

export function issueAppToken(state: SandboxState, claims: Omit<AppToken, 'kind' | 'expiresAt'>): string {
  const times = lifetime(state);
  const payload: Record<string, unknown> = {
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${claims.tenantId}/`,
    ...times,
    appid: claims.appId,
    appidacr: '1',
    idtyp: 'app',
    oid: claims.oid,
    sub: claims.oid,
    tid: claims.tenantId,
    uti: randomUUID(),
    ver: '1.0',
  };
  // Entra leaves the claim out entirely when nothing is granted.
  if (claims.roles.length > 0) payload.roles = claims.roles;
  const token = jwt(payload);
  registry(state).set(token, { kind: 'app', ...claims, expiresAt: times.exp * 1000 });
  return token;
}

/** A delegated Graph access token for a signed-in user of a public client (appidacr 0: no client secret). */
export function issueUserToken(
  state: SandboxState,
  claims: { user: SandboxUser; clientId: string; clientName: string; scopes: string[] },
): string {
  const { user } = claims;
  const times = lifetime(state);
  const token = jwt({
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${user.tenantId}/`,
    ...times,
    acct: 0,
    acr: '1',
    amr: ['pwd', 'mfa'],
    app_displayname: claims.clientName,
    appid: claims.clientId,
    appidacr: '0',
    idtyp: 'user',
    name: user.displayName,
    oid: user.id,
    scp: claims.scopes.join(' '),
    sub: pairwiseSubject(user.id, 'https://graph.microsoft.com'),
    tid: user.tenantId,
    unique_name: user.userPrincipalName,
    upn: user.userPrincipalName,
    uti: randomUUID(),
    ver: '1.0',
    wids: user.wids,
  });
  registry(state).set(token, {
    kind: 'user',
    tenantId: user.tenantId,
    appId: claims.clientId,
    userId: user.id,
    scopes: claims.scopes,
    wids: user.wids,
    expiresAt: times.exp * 1000,
  });
  return token;
}

/** The v2.0 ID token: who signed in, for the client (aud), bound to the authorize request by its nonce. */
export function issueIdToken(
  state: SandboxState,
  claims: { user: SandboxUser; clientId: string; nonce?: string },
): string {
  const { user } = claims;
  return jwt({
    aud: claims.clientId,
    iss: `https://login.microsoftonline.com/${user.tenantId}/v2.0`,
    ...lifetime(state),
    name: user.displayName,
    ...(claims.nonce === undefined ? {} : { nonce: claims.nonce }),
    oid: user.id,
    preferred_username: user.userPrincipalName,
    sub: pairwiseSubject(user.id, claims.clientId),
    tid: user.tenantId,
    uti: randomUUID(),
    ver: '2.0',
    wids: user.wids,
  });
}

/** `sub` differs per application for the same user, as in Entra. */
function pairwiseSubject(userId: string, audience: string): string {
  return createHash('sha256').update(`${userId}|${audience}`).digest('base64url');
}

export function lookUpToken(state: SandboxState, token: string): IssuedToken | undefined {
  return registry(state).get(token);
}

/** Every delegated access token issued so far, for tests that prove none was written anywhere. */
export function issuedUserTokens(state: SandboxState): string[] {
  return [...registry(state)].filter(([, t]) => t.kind === 'user').map(([token]) => token);
}
