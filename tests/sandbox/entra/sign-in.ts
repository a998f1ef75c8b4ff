// Interactive sign-in of a Single-page application (msal-browser: authorization code with PKCE): discovery,
// then `/{tenant}/oauth2/v2.0/authorize`, which validates the request, shows an account picker and sends a
// one-time code back to the redirect URI. The code is redeemed at the token endpoint (code-redemption.ts).
import { randomUUID } from 'node:crypto';
import { type RequestContext, sendHtml } from '../http-kit';
import { failure, type TokenResult, tenantOfSegment } from './aadsts';
import { answerDiscovery } from './discovery';
import { type AuthorizeRequest, issueCode, parkAuthorizeRequest, takeAuthorizeRequest } from './grants';
import { parseScopes } from './scopes';
import { accountPickerPage, signInErrorPage } from './sign-in-page';

const AUTHORIZE_PATH = /^\/([^/]+)\/oauth2\/v2\.0\/authorize$/;

type ReplyTo = Pick<AuthorizeRequest, 'redirectUri' | 'responseMode' | 'state'>;

function errorPage(ctx: RequestContext, result: TokenResult): void {
  sendHtml(ctx.res, signInErrorPage(String(result.body.error_description)), result.status);
}

/** 302 to the redirect URI with the answer in its fragment (response_mode=fragment) or query. */
function replyTo(ctx: RequestContext, to: ReplyTo, params: Record<string, string>): void {
  const url = new URL(to.redirectUri);
  const answer = new URLSearchParams(params);
  if (to.state !== null) answer.set('state', to.state);
  if (to.responseMode === 'fragment') url.hash = answer.toString();
  else for (const [key, value] of answer) url.searchParams.append(key, value);
  ctx.res.writeHead(302, { location: url.toString(), 'cache-control': 'no-store' });
  ctx.res.end();
}

function replyError(ctx: RequestContext, to: ReplyTo, result: TokenResult): void {
  const { error, error_description, error_uri } = result.body;
  replyTo(ctx, to, {
    error: String(error),
    error_description: String(error_description),
    error_uri: String(error_uri),
  });
}

function showAccountPicker(ctx: RequestContext, segment: string) {
  const { state } = ctx;
  const q = ctx.url.searchParams;
  const found = tenantOfSegment(state, segment);
  if ('error' in found) return errorPage(ctx, found.error);
  const { tenant } = found;
  const clientId = q.get('client_id');
  if (!clientId) {
    return errorPage(
      ctx,
      failure(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'."),
    );
  }
  const client = state.publicClient(clientId);
  if (!client) {
    return errorPage(
      ctx,
      failure(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      ),
    );
  }
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri) return errorPage(ctx, failure(400, 'invalid_request', 900971, 'No reply address provided.'));
  if (!client.redirectUris.includes(redirectUri)) {
    return errorPage(
      ctx,
      failure(
        400,
        'invalid_request',
        50011,
        `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${client.clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
      ),
    );
  }
  // From here on, Entra answers problems to the app through its redirect URI.
  const to: ReplyTo = {
    redirectUri,
    responseMode: q.get('response_mode') === 'fragment' ? 'fragment' : 'query',
    state: q.get('state'),
  };
  const responseType = q.get('response_type');
  if (responseType !== 'code') {
    return replyError(
      ctx,
      to,
      responseType
        ? failure(
            400,
            'unsupported_response_type',
            700054,
            `response_type '${responseType}' is not enabled for the application.`,
          )
        : failure(
            400,
            'invalid_request',
            900144,
            "The request body must contain the following parameter: 'response_type'.",
          ),
    );
  }
  const scopes = parseScopes(q.get('scope'));
  if ('error' in scopes) return replyError(ctx, to, scopes.error);
  const codeChallenge = q.get('code_challenge');
  if (!codeChallenge) {
    return replyError(
      ctx,
      to,
      failure(
        400,
        'invalid_request',
        9002325,
        'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
      ),
    );
  }
  const method = q.get('code_challenge_method') ?? 'plain';
  if (method !== 'S256' && method !== 'plain') {
    return replyError(
      ctx,
      to,
      failure(400, 'invalid_request', 90100, "The 'code_challenge_method' parameter is empty or not valid."),
    );
  }
  const pendingId = parkAuthorizeRequest(state, {
    ...to,
    tenantId: tenant.id,
    clientId: client.clientId,
    nonce: q.get('nonce'),
    codeChallenge,
    codeChallengeMethod: method,
    scopes,
  });
  sendHtml(ctx.res, accountPickerPage({ tenant, client, action: ctx.url.pathname, pendingId }));
}

async function completeSignIn(ctx: RequestContext): Promise<void> {
  const { state } = ctx;
  const form = new URLSearchParams(await ctx.body());
  const request = takeAuthorizeRequest(state, form.get('pending') ?? '');
  if (!request) {
    return errorPage(ctx, failure(400, 'invalid_grant', 50089, 'Authentication failed due to flow token expired.'));
  }
  if (form.get('action') === 'cancel') {
    return replyError(
      ctx,
      request,
      failure(400, 'access_denied', 65004, 'User declined to consent to access the app.'),
    );
  }
  const tenant = state.tenants.get(request.tenantId);
  const user = tenant?.users.find((u) => u.id === form.get('user'));
  if (!tenant || !user) {
    return errorPage(
      ctx,
      failure(
        400,
        'invalid_request',
        50034,
        `The user account does not exist in the '${tenant?.displayName ?? request.tenantId}' directory. To sign into this application, the account must be added to the directory.`,
      ),
    );
  }
  replyTo(ctx, request, {
    code: issueCode(state, request, user.id),
    client_info: Buffer.from(JSON.stringify({ uid: user.id, utid: tenant.id })).toString('base64url'),
    session_state: randomUUID(),
  });
}

/** Answers discovery and the authorize endpoint; false for every other request to login.microsoftonline.com. */
export async function handleSignIn(ctx: RequestContext): Promise<boolean> {
  if (answerDiscovery(ctx)) return true;
  const match = AUTHORIZE_PATH.exec(ctx.url.pathname);
  if (!match) return false;
  if (ctx.req.method === 'POST') await completeSignIn(ctx);
  else showAccountPicker(ctx, decodeURIComponent(match[1] ?? ''));
  return true;
}
