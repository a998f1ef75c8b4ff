// The token endpoint's grants for a signed-in user of a Single-page application: the authorization code
// (checked against its authorize request: client, redirect URI, tenant, PKCE) and the refresh token.
// Both must come cross-origin, as from a browser: Entra refuses a SPA's redemption without an Origin.
import { createHash } from 'node:crypto';
import type { PublicClient, SandboxState, SandboxUser, Tenant } from '../tenant-state';
import { failure, type TokenResult, tenantOfSegment } from './aadsts';
import {
  type AuthorizationCode,
  findCode,
  findRefreshToken,
  issueRefreshToken,
  SPA_REFRESH_TOKEN_LIFETIME_MS,
} from './grants';
import { grantedScopeString, parseScopes, type RequestedScopes } from './scopes';
import { issueIdToken, issueUserToken } from './tokens';

export type UserGrantForm = Partial<
  Record<'grant_type' | 'client_id' | 'code' | 'redirect_uri' | 'code_verifier' | 'refresh_token' | 'scope', string>
>;

const missing = (name: string) =>
  failure(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);

const malformedGrant = () => failure(400, 'invalid_grant', 70000, 'Provided grant is invalid or malformed.');

function pkceHolds(grant: AuthorizationCode, verifier: string | undefined): boolean {
  if (!verifier) return false;
  const expected =
    grant.codeChallengeMethod === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  return expected === grant.codeChallenge;
}

function tokenResponse(
  state: SandboxState,
  grant: { user: SandboxUser; client: PublicClient; scopes: RequestedScopes; nonce?: string; refreshExpiresAt: number },
): TokenResult {
  const { user, client, scopes } = grant;
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: grantedScopeString(scopes),
    expires_in: 3599,
    ext_expires_in: 3599,
    access_token: issueUserToken(state, {
      user,
      clientId: client.clientId,
      clientName: client.displayName,
      scopes: scopes.graph,
    }),
  };
  if (scopes.oidc.includes('offline_access')) {
    body.refresh_token = issueRefreshToken(state, {
      tenantId: user.tenantId,
      clientId: client.clientId,
      userId: user.id,
      expiresAt: grant.refreshExpiresAt,
    });
    body.refresh_token_expires_in = Math.floor((grant.refreshExpiresAt - state.now()) / 1000);
  }
  if (scopes.oidc.includes('openid')) {
    body.id_token = issueIdToken(state, { user, clientId: client.clientId, nonce: grant.nonce });
  }
  body.client_info = Buffer.from(JSON.stringify({ uid: user.id, utid: user.tenantId })).toString('base64url');
  return { status: 200, body };
}

function redeemCode(state: SandboxState, tenant: Tenant, client: PublicClient, form: UserGrantForm): TokenResult {
  if (!form.code) return missing('code');
  const grant = findCode(state, form.code);
  if (!grant || grant.expiresAt <= state.now()) {
    return failure(
      400,
      'invalid_grant',
      70008,
      'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
    );
  }
  if (grant.redeemed) {
    return failure(
      400,
      'invalid_grant',
      54005,
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
    );
  }
  if (grant.clientId !== client.clientId) return malformedGrant();
  if (grant.tenantId !== tenant.id) {
    return failure(
      400,
      'invalid_grant',
      700005,
      'Provided Authorization Code is intended to use against other tenant, thus rejected.',
    );
  }
  if (form.redirect_uri !== grant.redirectUri) {
    return failure(
      400,
      'invalid_grant',
      500112,
      `The reply address '${form.redirect_uri ?? ''}' does not match the reply address '${grant.redirectUri}' provided when requesting Authorization code.`,
    );
  }
  if (!pkceHolds(grant, form.code_verifier)) {
    return failure(
      400,
      'invalid_grant',
      501481,
      'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
    );
  }
  const user = tenant.users.find((u) => u.id === grant.userId);
  if (!user) return malformedGrant();
  grant.redeemed = true;
  return tokenResponse(state, {
    user,
    client,
    scopes: grant.scopes,
    nonce: grant.nonce ?? undefined,
    refreshExpiresAt: state.now() + SPA_REFRESH_TOKEN_LIFETIME_MS,
  });
}

function redeemRefreshToken(
  state: SandboxState,
  tenant: Tenant,
  client: PublicClient,
  form: UserGrantForm,
): TokenResult {
  if (!form.refresh_token) return missing('refresh_token');
  const grant = findRefreshToken(state, form.refresh_token);
  if (!grant) return failure(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
  if (grant.clientId !== client.clientId || grant.tenantId !== tenant.id) return malformedGrant();
  if (grant.expiresAt <= state.now()) {
    const issuedOn = new Date(grant.expiresAt - SPA_REFRESH_TOKEN_LIFETIME_MS).toISOString();
    return failure(
      400,
      'invalid_grant',
      700084,
      `The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page. The token was issued on ${issuedOn}.`,
    );
  }
  const scopes = parseScopes(form.scope);
  if ('error' in scopes) return scopes.error;
  const user = tenant.users.find((u) => u.id === grant.userId);
  if (!user) return malformedGrant();
  return tokenResponse(state, { user, client, scopes, refreshExpiresAt: grant.expiresAt });
}

/** `grant_type=authorization_code` or `refresh_token` at `/{tenant}/oauth2/v2.0/token`. */
export function redeemUserGrant(
  state: SandboxState,
  tenantSegment: string,
  form: UserGrantForm,
  origin: string | undefined,
): TokenResult {
  const found = tenantOfSegment(state, tenantSegment);
  if ('error' in found) return found.error;
  const { tenant } = found;
  if (!form.client_id) return missing('client_id');
  const client = state.publicClient(form.client_id);
  if (!client) {
    return failure(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${form.client_id}' was not found in the directory '${tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }
  if (!origin) {
    return failure(
      400,
      'invalid_request',
      9002327,
      "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
    );
  }
  return form.grant_type === 'authorization_code'
    ? redeemCode(state, tenant, client, form)
    : redeemRefreshToken(state, tenant, client, form);
}
