// Emulator of login.microsoftonline.com's v2.0 token endpoint for the client-credentials grant, with the
// error bodies Entra documents (FACTS.md §5). Sign-in (discovery, authorize) and the grants of a signed-in
// user are in sign-in.ts and code-redemption.ts.
import { answerPreflight, type RequestContext, sendJson } from '../http-kit';
import type { SandboxState } from '../tenant-state';
import { failure, isGuid, type TokenResult, tenantOfSegment } from './aadsts';
import { redeemUserGrant, type UserGrantForm } from './code-redemption';
import { handleSignIn } from './sign-in';
import { issueAppToken } from './tokens';

export interface TokenForm {
  client_id?: string;
  client_secret?: string;
  scope?: string;
  grant_type?: string;
}

/** What the token endpoint answers; also called in-process by the idemeum replica's backend. */
export function redeemClientCredentials(
  state: SandboxState,
  tenantSegment: string,
  form: TokenForm,
  options: { origin?: string } = {},
): TokenResult {
  const segment = tenantSegment.toLowerCase();
  if (['common', 'consumers', 'organizations'].includes(segment)) {
    return failure(
      400,
      'invalid_request',
      9001023,
      "The grant type 'client_credentials' is not supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.",
    );
  }
  const found = tenantOfSegment(state, tenantSegment);
  if ('error' in found) return found.error;
  const { tenant } = found;
  if (options.origin) {
    return failure(
      400,
      'invalid_request',
      9002326,
      `Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: '${options.origin}'.`,
    );
  }
  if (form.grant_type !== 'client_credentials') {
    return failure(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${form.grant_type ?? ''}'.`,
    );
  }
  if (!form.client_id) {
    return failure(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'client_id'.",
    );
  }
  if (!isGuid(form.client_id)) {
    return failure(400, 'unauthorized_client', 700038, `${form.client_id} is not a valid application identifier.`);
  }
  const app = state.applicationByAppId(tenant.id, form.client_id.toLowerCase());
  if (!app) {
    return failure(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${form.client_id}' was not found in the directory '${tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }
  if (app.disabled) {
    return failure(400, 'unauthorized_client', 7000112, `Application '${app.appId}'(${app.displayName}) is disabled.`);
  }
  if (!form.client_secret) {
    return failure(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }
  const credential = app.passwordCredentials.find((c) => c.secretText === form.client_secret);
  if (!credential) {
    return failure(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.appId}'.`,
    );
  }
  if (Date.parse(credential.endDateTime) <= state.now()) {
    return failure(
      401,
      'invalid_client',
      7000222,
      `The provided client secret keys for app '${app.appId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
    );
  }
  const sp = state.servicePrincipalOf(tenant.id, app.appId);
  if (!sp) {
    return failure(
      400,
      'invalid_client',
      7000229,
      `The client application ${app.appId} is missing service principal in the tenant ${tenant.id}. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119`,
    );
  }
  if (form.scope !== 'https://graph.microsoft.com/.default') {
    return failure(
      400,
      'invalid_scope',
      70011,
      `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${form.scope ?? ''} is not valid.`,
    );
  }
  if (state.knobs.conditionalAccessBlocked.has(app.appId)) {
    return failure(
      400,
      'invalid_grant',
      53003,
      'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
    );
  }
  const accessToken = issueAppToken(state, {
    tenantId: tenant.id,
    appId: app.appId,
    oid: sp.id,
    roles: state.effectiveRoleNames(sp),
  });
  return {
    status: 200,
    body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken },
  };
}

const USER_GRANTS = ['authorization_code', 'refresh_token'];

export async function handleLogin(ctx: RequestContext): Promise<void> {
  const { req, res, url, state } = ctx;
  if (await handleSignIn(ctx)) return;
  const match = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
  if (!match) {
    sendJson(res, 404, failure(404, 'invalid_request', 90056, 'The endpoint is not supported by this sandbox.').body);
    return;
  }
  if (req.method === 'OPTIONS') return answerPreflight(ctx, ['POST', 'OPTIONS']);
  const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
  // Sent on errors too, so that a browser app can read why.
  const cors: Record<string, string> = origin ? { 'access-control-allow-origin': origin } : {};
  if (req.method !== 'POST') {
    const result = failure(
      400,
      'invalid_request',
      900561,
      'The endpoint only accepts POST requests. Received a GET request.',
    );
    sendJson(res, result.status, result.body, cors);
    return;
  }
  const contentType = req.headers['content-type'] ?? '';
  const raw = await ctx.body();
  if (!contentType.startsWith('application/x-www-form-urlencoded')) {
    const result = failure(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'grant_type'.",
    );
    sendJson(res, result.status, result.body, cors);
    return;
  }
  const form = Object.fromEntries(new URLSearchParams(raw)) as TokenForm & UserGrantForm;
  const tenantSegment = decodeURIComponent(match[1] ?? '');
  const result = USER_GRANTS.includes(form.grant_type ?? '')
    ? redeemUserGrant(state, tenantSegment, form, origin)
    : redeemClientCredentials(state, tenantSegment, form, { origin });
  sendJson(res, result.status, result.body, cors);
}
