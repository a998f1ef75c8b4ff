// Graph's /servicePrincipals for a signed-in user: read one (with Microsoft Graph's own app roles and
// delegated scopes), create one for an application, list its app role assignments, and grant an app role
// (admin consent to an application permission). New objects stay invisible to other requests for
// knobs.replicationDelayMs, as while Entra replicates them.
import { GRAPH_APP_ID, graphAppRoles, graphDelegatedScopes } from '../graph-catalog';
import { type RequestContext, sendJson } from '../http-kit';
import { canGrantAppRoles, type SandboxState, type ServicePrincipal } from '../tenant-state';
import {
  appRoleAssignmentView,
  graphError,
  invalidProperty,
  jsonBody,
  methodNotAllowed,
  odataContext,
  APPLICATION_READ_SCOPES as READ,
  requireScope,
  resourceNotFound,
  selectFields,
  APPLICATION_WRITE_SCOPES as WRITE,
} from './graph-kit';
import type { UserToken } from './tokens';

const ASSIGN_ROLES = ['AppRoleAssignment.ReadWrite.All', 'Directory.AccessAsUser.All'];
/** Microsoft's own tenant, which owns Microsoft Graph's application. */
const MICROSOFT_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

const ITEM =
  /^\/v1\.0\/servicePrincipals(?:\/([^/()]+)|\(appId='([^']*)'\))(?:\/(appRoleAssignments|appRoleAssignedTo))?$/;

function appRolesOf(sp: ServicePrincipal) {
  return sp.appId === GRAPH_APP_ID ? graphAppRoles : [];
}

function servicePrincipalView(state: SandboxState, sp: ServicePrincipal) {
  const isGraph = sp.appId === GRAPH_APP_ID;
  return {
    id: sp.id,
    deletedDateTime: null,
    accountEnabled: true,
    appDisplayName: sp.displayName,
    appId: sp.appId,
    appOwnerOrganizationId: isGraph ? MICROSOFT_TENANT_ID : sp.tenantId,
    displayName: sp.displayName,
    servicePrincipalNames: [sp.appId],
    servicePrincipalType: 'Application',
    signInAudience: isGraph
      ? 'AzureADMultipleOrgs'
      : (state.applicationByAppId(sp.tenantId, sp.appId)?.signInAudience ?? 'AzureADMyOrg'),
    appRoles: appRolesOf(sp).map((r) => ({
      allowedMemberTypes: ['Application'],
      id: r.id,
      isEnabled: true,
      origin: 'Application',
      value: r.value,
    })),
    oauth2PermissionScopes: isGraph
      ? graphDelegatedScopes.map((s) => ({ id: s.id, isEnabled: true, type: s.type, value: s.value }))
      : [],
  };
}

async function create(ctx: RequestContext, token: UserToken): Promise<void> {
  const { state } = ctx;
  if (!requireScope(ctx, token, WRITE)) return;
  const body = await jsonBody(ctx);
  if (!body) return;
  if (typeof body.appId !== 'string' || !body.appId) return invalidProperty(ctx, 'appId', 'ServicePrincipal');
  const appId = body.appId.toLowerCase();
  if (state.servicePrincipalOf(token.tenantId, appId)) {
    return graphError(
      ctx,
      409,
      'Request_MultipleObjectsWithSameKeyValue',
      `The service principal cannot be created, updated, or restored because the service principal name ${body.appId} is already in use.`,
    );
  }
  const app = state.applicationByAppId(token.tenantId, appId);
  if (!app || !state.isReplicated(Date.parse(app.createdDateTime))) {
    const message = `The appId '${body.appId}' of the service principal does not reference a valid application object.`;
    return graphError(ctx, 400, 'Request_BadRequest', message, {
      details: [{ code: 'NoBackingApplicationObject', message, target: 'appId' }],
    });
  }
  const sp = state.createServicePrincipal(app);
  sendJson(ctx.res, 201, {
    '@odata.context': odataContext('servicePrincipals', null, true),
    ...servicePrincipalView(state, sp),
  });
}

async function assignAppRole(ctx: RequestContext, token: UserToken, resource: ServicePrincipal): Promise<void> {
  const { state } = ctx;
  const user = state.tenants.get(token.tenantId)?.users.find((u) => u.id === token.userId);
  if (!user || !canGrantAppRoles(user)) {
    return graphError(ctx, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
  const body = await jsonBody(ctx);
  if (!body) return;
  if (typeof body.principalId !== 'string') return invalidProperty(ctx, 'principalId', 'AppRoleAssignment');
  if (typeof body.appRoleId !== 'string') return invalidProperty(ctx, 'appRoleId', 'AppRoleAssignment');
  const principalId = body.principalId.toLowerCase();
  const appRoleId = body.appRoleId.toLowerCase();
  const principal = visible(state, token, (s) => s.id === principalId);
  // What Graph answers while a new service principal replicates (msgraph-bicep-types#193).
  if (!principal) return graphError(ctx, 400, 'Request_BadRequest', 'Not a valid reference update.');
  if (!appRolesOf(resource).some((r) => r.id === appRoleId)) {
    return graphError(
      ctx,
      400,
      'Request_BadRequest',
      `Permission being assigned was not found on application '${resource.appId}'.`,
    );
  }
  if (
    state.appRoleAssignments.some(
      (a) => a.principalId === principal.id && a.resourceId === resource.id && a.appRoleId === appRoleId,
    )
  ) {
    return graphError(ctx, 400, 'Request_BadRequest', 'Permission being assigned already exists on the object.');
  }
  const { effectiveAt: _internal, ...assignment } = state.assignAppRole(principal, resource, appRoleId);
  sendJson(ctx.res, 201, {
    '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('${resource.id}')/appRoleAssignedTo/$entity`,
    ...assignment,
    principalType: 'ServicePrincipal',
    deletedDateTime: null,
  });
}

/** A service principal of the token's tenant that has replicated. */
function visible(
  state: SandboxState,
  token: UserToken,
  match: (sp: ServicePrincipal) => boolean,
): ServicePrincipal | undefined {
  return state.servicePrincipals.find(
    (s) => s.tenantId === token.tenantId && match(s) && state.isReplicated(s.createdAt),
  );
}

/** Answers /v1.0/servicePrincipals…; false when the path is not one of them. */
export async function handleServicePrincipals(ctx: RequestContext, token: UserToken, path: string): Promise<boolean> {
  const { state, req } = ctx;
  if (path === '/v1.0/servicePrincipals') {
    if (req.method === 'POST') await create(ctx, token);
    else methodNotAllowed(ctx);
    return true;
  }
  const item = ITEM.exec(path);
  if (!item) return false;
  const [, objectId, appId, relation] = item;
  if (req.method !== (relation === 'appRoleAssignedTo' ? 'POST' : 'GET')) {
    methodNotAllowed(ctx);
    return true;
  }
  if (!requireScope(ctx, token, relation === 'appRoleAssignedTo' ? ASSIGN_ROLES : READ)) return true;
  const key = (objectId ?? appId ?? '').toLowerCase();
  const sp = visible(state, token, (s) => (objectId !== undefined ? s.id === key : s.appId === key));
  if (!sp) {
    resourceNotFound(ctx, objectId ?? appId ?? '');
    return true;
  }
  const select = ctx.url.searchParams.get('$select');
  if (relation === 'appRoleAssignedTo') await assignAppRole(ctx, token, sp);
  else if (relation === 'appRoleAssignments') {
    sendJson(ctx.res, 200, {
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('${sp.id}')/appRoleAssignments`,
      value: appRoleAssignmentView(state, sp.id),
    });
  } else {
    sendJson(ctx.res, 200, {
      '@odata.context': odataContext('servicePrincipals', select, true),
      ...selectFields(servicePrincipalView(state, sp), select),
    });
  }
  return true;
}
