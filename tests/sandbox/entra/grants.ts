// What the sign-in flow remembers between requests: authorize requests waiting on the sign-in page, one-time
// authorization codes and refresh tokens. Per sandbox world, like the issued access tokens.
import { randomBytes, randomUUID } from 'node:crypto';
import type { SandboxState } from '../tenant-state';
import type { RequestedScopes } from './scopes';

export interface AuthorizeRequest {
  tenantId: string;
  clientId: string;
  redirectUri: string;
  state: string | null;
  nonce: string | null;
  codeChallenge: string;
  codeChallengeMethod: 'S256' | 'plain';
  responseMode: 'query' | 'fragment';
  scopes: RequestedScopes;
}

export interface AuthorizationCode extends AuthorizeRequest {
  userId: string;
  expiresAt: number;
  redeemed: boolean;
}

export interface RefreshToken {
  tenantId: string;
  clientId: string;
  userId: string;
  /** Fixed from the first sign-in: a Single-page application's refresh tokens last 24 hours and are not extended. */
  expiresAt: number;
}

const CODE_LIFETIME_MS = 10 * 60_000;
export const SPA_REFRESH_TOKEN_LIFETIME_MS = 24 * 3_600_000;

interface Grants {
  pending: Map<string, { request: AuthorizeRequest; expiresAt: number }>;
  codes: Map<string, AuthorizationCode>;
  refreshTokens: Map<string, RefreshToken>;
}

const byState = new WeakMap<SandboxState, Grants>();

function grants(state: SandboxState): Grants {
  let g = byState.get(state);
  if (!g) {
    g = { pending: new Map(), codes: new Map(), refreshTokens: new Map() };
    byState.set(state, g);
  }
  return g;
}

/** Entra's codes and refresh tokens are long opaque strings; only their being unguessable matters here. */
const opaque = () => `1.A${randomBytes(96).toString('base64url')}`;

/** Parks a validated authorize request while the user picks an account; the page carries only this id. */
export function parkAuthorizeRequest(state: SandboxState, request: AuthorizeRequest): string {
  const id = randomUUID();
  grants(state).pending.set(id, { request, expiresAt: state.now() + CODE_LIFETIME_MS });
  return id;
}

/** The parked request, once: a second submit of the same page finds nothing. */
export function takeAuthorizeRequest(state: SandboxState, id: string): AuthorizeRequest | undefined {
  const parked = grants(state).pending.get(id);
  grants(state).pending.delete(id);
  return parked && parked.expiresAt > state.now() ? parked.request : undefined;
}

export function issueCode(state: SandboxState, request: AuthorizeRequest, userId: string): string {
  const code = opaque();
  grants(state).codes.set(code, { ...request, userId, expiresAt: state.now() + CODE_LIFETIME_MS, redeemed: false });
  return code;
}

/** Redeemed codes stay known, so that a second redemption gets its own error (AADSTS54005). */
export function findCode(state: SandboxState, code: string): AuthorizationCode | undefined {
  return grants(state).codes.get(code);
}

export function issueRefreshToken(state: SandboxState, grant: RefreshToken): string {
  const token = opaque();
  grants(state).refreshTokens.set(token, grant);
  return token;
}

export function findRefreshToken(state: SandboxState, token: string): RefreshToken | undefined {
  return grants(state).refreshTokens.get(token);
}

/** Every refresh token issued so far, for tests that prove none was written anywhere. */
export function issuedRefreshTokens(state: SandboxState): string[] {
  return [...grants(state).refreshTokens.keys()];
}
