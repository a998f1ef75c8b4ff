// Emulator of the Microsoft Graph v1.0 reads the extension makes with an app-only token. Permission
// checks use the roles inside the presented token, as Graph does: a token issued before consent stays
// without them until a new one is requested. Delegated (user) tokens go to graph-directory.ts.
import { GRAPH_APP_ID, graphAppRoles } from '../graph-catalog';
import { answerPreflight, type RequestContext, sendJson } from '../http-kit';
import { handleDelegatedGraph } from './graph-directory';
import { appRoleAssignmentView, graphError, selectFields, sendOrganization } from './graph-kit';
import { type AppToken, type IssuedToken, lookUpToken } from './tokens';

const READ_DIRECTORY = ['Directory.Read.All', 'Directory.ReadWrite.All'];
const READ_APPLICATIONS = ['Application.Read.All', 'Application.ReadWrite.All', ...READ_DIRECTORY];
const READ_ORGANIZATION = ['Organization.Read.All', ...READ_DIRECTORY];
const READ_GROUPS = ['Group.Read.All', ...READ_DIRECTORY];

function authorize(ctx: RequestContext): IssuedToken | undefined {
  const header = ctx.req.headers.authorization ?? '';
  const bearer = /^Bearer (.+)$/.exec(header)?.[1];
  if (!bearer) {
    graphError(ctx, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    return undefined;
  }
  const token = lookUpToken(ctx.state, bearer);
  if (!token) {
    graphError(ctx, 401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    return undefined;
  }
  if (token.expiresAt <= ctx.state.now()) {
    graphError(ctx, 401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
    return undefined;
  }
  return token;
}

function requireRole(ctx: RequestContext, token: AppToken, anyOf: string[]): boolean {
  if (token.roles.some((r) => anyOf.includes(r))) return true;
  graphError(ctx, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  return false;
}

export async function handleGraph(ctx: RequestContext): Promise<void> {
  const { url, state, req } = ctx;
  if (req.method === 'OPTIONS') return answerPreflight(ctx, ['GET', 'POST', 'PATCH', 'DELETE']);
  if (typeof req.headers.origin === 'string') {
    ctx.res.setHeader('access-control-allow-origin', req.headers.origin);
    ctx.res.setHeader('access-control-expose-headers', 'Retry-After, request-id, client-request-id, Location');
  }
  if (state.knobs.throttleNextGraphRequests > 0) {
    state.knobs.throttleNextGraphRequests -= 1;
    graphError(ctx, 429, 'TooManyRequests', 'Too many requests.', {
      headers: { 'retry-after': String(state.knobs.retryAfterSeconds) },
    });
    return;
  }
  const token = authorize(ctx);
  if (!token) return;
  if (token.kind === 'user') return handleDelegatedGraph(ctx, token);
  if (req.method !== 'GET') {
    graphError(ctx, 405, 'Request_BadRequest', `The ${req.method} method is not supported by this sandbox here.`);
    return;
  }
  const path = decodeURIComponent(url.pathname);
  const select = url.searchParams.get('$select');

  const spByAppId = /^\/v1\.0\/servicePrincipals\(appId='([^']+)'\)(\/appRoleAssignments)?$/.exec(path);
  if (spByAppId) {
    if (!requireRole(ctx, token, READ_APPLICATIONS)) return;
    const appId = spByAppId[1] ?? '';
    const sp = state.servicePrincipalOf(token.tenantId, appId.toLowerCase());
    if (!sp) {
      graphError(
        ctx,
        404,
        'Request_ResourceNotFound',
        `Resource '${appId}' does not exist or one of its queried reference-property objects are not present.`,
      );
      return;
    }
    if (spByAppId[2]) {
      sendJson(ctx.res, 200, {
        '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('${sp.id}')/appRoleAssignments`,
        value: appRoleAssignmentView(state, sp.id),
      });
      return;
    }
    const body = {
      id: sp.id,
      appId: sp.appId,
      displayName: sp.displayName,
      appRoles:
        sp.appId === GRAPH_APP_ID
          ? graphAppRoles.map((r) => ({
              id: r.id,
              value: r.value,
              allowedMemberTypes: ['Application'],
              isEnabled: true,
            }))
          : [],
    };
    sendJson(ctx.res, 200, selectFields(body, select));
    return;
  }

  if (path === '/v1.0/organization') {
    if (!requireRole(ctx, token, READ_ORGANIZATION)) return;
    sendOrganization(ctx, token.tenantId);
    return;
  }

  if (path === '/v1.0/groups') {
    if (!requireRole(ctx, token, READ_GROUPS)) return;
    const tenant = state.tenants.get(token.tenantId);
    sendJson(ctx.res, 200, {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#groups',
      value: (tenant?.groups ?? []).map((g) => selectFields(g, select)),
    });
    return;
  }

  graphError(ctx, 400, 'BadRequest', `Resource not found for the segment '${path.split('/').pop() ?? ''}'.`);
}
