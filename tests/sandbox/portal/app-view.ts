// The JSON shapes the replica's pages read: what the portal shows of the tenant, an application and the
// Graph permission catalogue. Secret values never leave through these views (only addPassword returns one).
import { GRAPH_APP_ID, graphAppRoles, graphDelegatedScopes } from '../graph-catalog';
import type { Application, SandboxState, Tenant } from '../tenant-state';
import { describePermission } from './permission-texts';

export interface PermissionView {
  id: string;
  type: 'Role' | 'Scope';
  name: string;
  description: string;
  adminConsentRequired: boolean;
  granted: boolean;
}

export interface ApiPermissionGroup {
  resourceAppId: string;
  resourceName: string;
  permissions: PermissionView[];
}

export function portalTenant(state: SandboxState): Tenant {
  const tenant = state.tenants.get(state.portalTenantId);
  if (!tenant) throw new Error('the portal tenant does not exist');
  return tenant;
}

export function sessionView(state: SandboxState) {
  const tenant = portalTenant(state);
  const initial = tenant.domains.find((d) => d.isInitial) ?? tenant.domains[0];
  const primary = tenant.domains.find((d) => d.isDefault) ?? initial;
  return {
    tenantId: tenant.id,
    tenantName: tenant.displayName,
    initialDomain: initial?.name ?? '',
    primaryDomain: primary?.name ?? '',
    userPrincipalName: `admin@${initial?.name ?? 'example.onmicrosoft.com'}`,
    canGrantConsent: state.portalAdminCanGrantConsent,
    statusIconOnly: state.knobs.portalStatusIconOnly,
  };
}

function permissionName(resourceAppId: string, type: 'Role' | 'Scope', id: string): string {
  if (resourceAppId !== GRAPH_APP_ID) return id;
  const list = type === 'Role' ? graphAppRoles : graphDelegatedScopes;
  return list.find((p) => p.id === id)?.value ?? id;
}

export function applicationSummary(app: Application) {
  return { id: app.id, appId: app.appId, displayName: app.displayName, createdDateTime: app.createdDateTime };
}

export function applicationView(state: SandboxState, app: Application) {
  const apis: ApiPermissionGroup[] = app.requiredResourceAccess
    .filter((r) => r.resourceAccess.length > 0)
    .map((r) => ({
      resourceAppId: r.resourceAppId,
      resourceName: r.resourceAppId === GRAPH_APP_ID ? 'Microsoft Graph' : r.resourceAppId,
      permissions: r.resourceAccess.map((p) => {
        const name = permissionName(r.resourceAppId, p.type, p.id);
        return {
          id: p.id,
          type: p.type,
          name,
          ...describePermission(p.type, name),
          granted: state.isConsented(app, p),
        };
      }),
    }));
  const configuredRoles = new Set(apis.flatMap((a) => a.permissions.filter((p) => p.type === 'Role').map((p) => p.id)));
  const sp = state.servicePrincipalOf(app.tenantId, app.appId);
  // Consent outlives the configured list: the portal shows such grants in a section of their own.
  const otherGranted: PermissionView[] = (sp ? state.assignmentsOf(sp) : [])
    .filter((a) => !configuredRoles.has(a.appRoleId))
    .map((a) => {
      const name = permissionName(GRAPH_APP_ID, 'Role', a.appRoleId);
      return { id: a.appRoleId, type: 'Role' as const, name, ...describePermission('Role', name), granted: true };
    });
  return {
    ...applicationSummary(app),
    tenantId: app.tenantId,
    signInAudience: app.signInAudience,
    passwordCredentials: app.passwordCredentials.map((c) => ({
      keyId: c.keyId,
      displayName: c.displayName,
      hint: c.hint,
      startDateTime: c.startDateTime,
      endDateTime: c.endDateTime,
    })),
    apis,
    otherGranted,
  };
}

export function graphCatalogView() {
  const describe = (type: 'Role' | 'Scope') => (p: { id: string; value: string }) => ({
    id: p.id,
    type,
    name: p.value,
    ...describePermission(type, p.value),
  });
  return {
    resourceAppId: GRAPH_APP_ID,
    application: graphAppRoles.map(describe('Role')),
    delegated: graphDelegatedScopes.map(describe('Scope')),
  };
}
