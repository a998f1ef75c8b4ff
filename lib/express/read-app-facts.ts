// Reads what diagnoseApp needs about a found app: its enterprise app, the permissions granted to it, and
// Microsoft Graph's catalogue of permissions (to name Delegated ones).
import type { GraphOutcome } from '../entra/graph';
import { GRAPH_APP_ID } from '../requirements';
import { type DelegatedGraph, parsed } from './delegated-graph';
import type { AppFacts } from './diagnose-app';
import { type Application, AppRoleAssignments, ResourceServicePrincipal, ServicePrincipal } from './graph-objects';

export async function readAppFacts(
  graph: DelegatedGraph,
  app: Application,
  givenAs: AppFacts['givenAs'],
  now: number,
): Promise<GraphOutcome<AppFacts>> {
  const catalogue = parsed(
    await graph.call(
      'GET',
      `/v1.0/servicePrincipals(appId='${GRAPH_APP_ID}')?$select=id,appId,appRoles,oauth2PermissionScopes`,
    ),
    ResourceServicePrincipal,
  );
  if (!catalogue.ok) return catalogue;
  const principal = await graph.call('GET', `/v1.0/servicePrincipals(appId='${app.appId}')?$select=id,appId`);
  if (!principal.ok) {
    if (principal.problem.kind === 'graph' && principal.problem.status === 404) {
      return { ok: true, data: { app, givenAs, hasServicePrincipal: false, grants: [], graph: catalogue.data, now } };
    }
    return principal;
  }
  const sp = parsed(principal, ServicePrincipal);
  if (!sp.ok) return sp;
  const grants = parsed(
    await graph.call('GET', `/v1.0/servicePrincipals/${sp.data.id}/appRoleAssignments`),
    AppRoleAssignments,
  );
  if (!grants.ok) return grants;
  return {
    ok: true,
    data: { app, givenAs, hasServicePrincipal: true, grants: grants.data.value, graph: catalogue.data, now },
  };
}
