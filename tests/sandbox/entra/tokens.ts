// Access tokens the emulated token endpoint issues and the emulated Graph accepts. Shaped like Entra's
// v1 app-only tokens (a JWT whose payload carries tid, appid, oid, roles); the signature is random
// because nothing outside the sandbox verifies it.
import { randomBytes, randomUUID } from 'node:crypto';
import type { SandboxState } from '../tenant-state';

export interface IssuedToken {
  tenantId: string;
  appId: string;
  /** Object ID of the app's service principal. */
  oid: string;
  roles: string[];
  expiresAt: number;
}

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

export function issueAppToken(state: SandboxState, claims: Omit<IssuedToken, 'expiresAt'>): string {
  const now = Math.floor(state.now() / 1000);
  const payload: Record<string, unknown> = {
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${claims.tenantId}/`,
    iat: now,
    nbf: now,
    exp: now + 3599,
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
  const token = `${b64url({ typ: 'JWT', alg: 'RS256', kid: 'sandbox' })}.${b64url(payload)}.${b64url(randomBytes(32))}`;
  registry(state).set(token, { ...claims, expiresAt: (now + 3599) * 1000 });
  return token;
}

export function lookUpToken(state: SandboxState, token: string): IssuedToken | undefined {
  return registry(state).get(token);
}
