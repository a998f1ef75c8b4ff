// Emulator of login.microsoftonline.com's v2.0 token endpoint for the client-credentials grant, with the
// error bodies Entra documents (FACTS.md §5).
import { randomUUID } from 'node:crypto';
import { type RequestContext, sendJson } from '../http-kit';
import type { SandboxState } from '../tenant-state';
import { issueAppToken } from './tokens';

export interface TokenForm {
  client_id?: string;
  client_secret?: string;
  scope?: string;
  grant_type?: string;
}

export interface TokenResult {
  status: number;
  body: Record<string, unknown>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function failure(status: number, error: string, code: number, text: string): TokenResult {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
  };
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
  if (!GUID.test(segment) && !DOMAIN.test(segment)) {
    return failure(
      400,
      'invalid_request',
      900023,
      `Specified tenant identifier '${tenantSegment}' is neither a valid DNS name, nor a valid external domain.`,
    );
  }
  const tenant = state.tenantByIdOrDomain(segment);
  if (!tenant) {
    return failure(
      400,
      'invalid_tenant',
      90002,
      `Tenant '${tenantSegment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    );
  }
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
  if (!GUID.test(form.client_id)) {
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

export async function handleLogin(ctx: RequestContext): Promise<void> {
  const { req, res, url, state } = ctx;
  const match = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
  if (!match) {
    sendJson(res, 404, failure(404, 'invalid_request', 90056, 'The endpoint is not supported by this sandbox.').body);
    return;
  }
  if (req.method !== 'POST') {
    const result = failure(
      400,
      'invalid_request',
      900561,
      'The endpoint only accepts POST requests. Received a GET request.',
    );
    sendJson(res, result.status, result.body);
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
    sendJson(res, result.status, result.body);
    return;
  }
  const form = Object.fromEntries(new URLSearchParams(raw)) as TokenForm;
  const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
  const result = redeemClientCredentials(state, decodeURIComponent(match[1] ?? ''), form, { origin });
  sendJson(res, result.status, result.body);
}
