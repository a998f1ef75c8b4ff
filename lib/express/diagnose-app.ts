// Deep diagnostics of an existing app registration, from what Graph says about it (issue 7, FACTS.md §7):
// Delegated instead of Application, configured but not consented, missing, extras, every secret's expiry,
// and an Object ID given where the client ID belongs. Pure: the facts in, findings and sentences out.
import { formatDate, list } from '../i18n/format';
import { plural, t } from '../i18n/t';
import { reviewPermissions } from '../playbook/portal-permissions';
import { GRAPH_APP_ID, REQUIRED_GRAPH_ROLES, type RequiredRoleName } from '../requirements';
import type { Application, AppRoleAssignment, ResourceServicePrincipal } from './graph-objects';

export interface AppFacts {
  app: Application;
  givenAs: 'clientId' | 'objectId' | 'servicePrincipalObjectId';
  /** False when the tenant has no enterprise app (service principal) for it. */
  hasServicePrincipal: boolean;
  grants: AppRoleAssignment[];
  graph: ResourceServicePrincipal;
  now: number;
}

export type PermissionFinding = {
  name: RequiredRoleName;
  status: 'granted' | 'not-consented' | 'delegated-instead' | 'missing';
};

export interface SecretFinding {
  keyId: string;
  label: string;
  endDateTime?: string;
  state: 'expired' | 'expiring' | 'valid';
  daysLeft?: number;
}

export interface AppDiagnosis {
  displayName: string;
  clientId: string;
  objectId: string;
  permissions: PermissionFinding[];
  extras: string[];
  secrets: SecretFinding[];
  /** What is wrong, most important first, in plain words; empty when nothing is. */
  problems: string[];
}

const DAY_MS = 86_400_000;
const EXPIRING_DAYS = 30;
/** Added by the portal to every new registration; harmless, so not reported as an extra. */
const PORTAL_DEFAULT_SCOPES = new Set(['User.Read']);

function secretFindings(app: Application, now: number): SecretFinding[] {
  return app.passwordCredentials
    .map((c): SecretFinding => {
      const end = c.endDateTime ? Date.parse(c.endDateTime) : Number.NaN;
      const name = c.displayName || t('diagnose_unnamed_secret');
      const label = c.hint ? t('diagnose_secret_label', { name, hint: `${c.hint}…` }) : name;
      if (!Number.isFinite(end)) return { keyId: c.keyId, label, state: 'valid' };
      const daysLeft = Math.floor((end - now) / DAY_MS);
      const state = end <= now ? 'expired' : daysLeft < EXPIRING_DAYS ? 'expiring' : 'valid';
      return { keyId: c.keyId, label, endDateTime: c.endDateTime ?? undefined, state, daysLeft };
    })
    .sort((a, b) => (a.endDateTime ?? '').localeCompare(b.endDateTime ?? ''));
}

export function diagnoseApp(facts: AppFacts): AppDiagnosis {
  const { app, graph } = facts;
  const graphAccess = app.requiredResourceAccess
    .filter((r) => r.resourceAppId === GRAPH_APP_ID)
    .flatMap((r) => r.resourceAccess);
  const roleName = new Map(graph.appRoles.map((r) => [r.id.toLowerCase(), r.value ?? r.id]));
  const scopeName = new Map(graph.oauth2PermissionScopes.map((s) => [s.id.toLowerCase(), s.value ?? s.id]));
  const configuredRoles = new Set(graphAccess.filter((a) => a.type === 'Role').map((a) => a.id.toLowerCase()));
  const configuredScopes = graphAccess
    .filter((a) => a.type === 'Scope')
    .map((a) => scopeName.get(a.id.toLowerCase()) ?? a.id);
  const granted = new Set(facts.grants.filter((g) => g.resourceId === graph.id).map((g) => g.appRoleId.toLowerCase()));
  const required = new Set<string>(REQUIRED_GRAPH_ROLES.map((r) => r.name));

  // Graph's view as the portal's "Configured permissions" rows, reviewed by the same rules as that table. A
  // granted role counts even where it is not configured: tokens carry it all the same.
  const review = reviewPermissions([
    ...[...new Set([...configuredRoles, ...granted])].map((id) => ({
      name: roleName.get(id) ?? id,
      type: 'Application' as const,
      granted: granted.has(id),
    })),
    ...configuredScopes.map((name) => ({ name, type: 'Delegated' as const, granted: false })),
  ]);
  const permissions = REQUIRED_GRAPH_ROLES.map(({ name }): PermissionFinding => {
    if (review.notGranted.includes(name)) return { name, status: 'not-consented' };
    if (review.configuredAsApplication.includes(name)) return { name, status: 'granted' };
    if (review.delegatedInstead.includes(name)) return { name, status: 'delegated-instead' };
    return { name, status: 'missing' };
  });
  const extraRoles = review.extras.map((name) => t('diagnose_extra_application', { name }));
  const extraScopes = configuredScopes
    .filter((name) => !required.has(name) && !PORTAL_DEFAULT_SCOPES.has(name))
    .map((name) => t('diagnose_extra_delegated', { name }));
  const otherApis = app.requiredResourceAccess.filter((r) => r.resourceAppId !== GRAPH_APP_ID).length;
  const extras = [...extraRoles, ...extraScopes, ...(otherApis ? [plural('diagnose_other_apis', otherApis)] : [])];
  const secrets = secretFindings(app, facts.now);

  const problems: string[] = [];
  if (facts.givenAs === 'objectId') {
    problems.push(t('diagnose_gave_object_id', { clientId: app.appId }));
  } else if (facts.givenAs === 'servicePrincipalObjectId') {
    problems.push(t('diagnose_gave_principal_id', { clientId: app.appId }));
  }
  if (!facts.hasServicePrincipal) {
    problems.push(t('diagnose_no_service_principal'));
  }
  const withStatus = (status: PermissionFinding['status']) =>
    permissions.filter((p) => p.status === status).map((p) => p.name);
  const delegated = withStatus('delegated-instead');
  if (delegated.length) {
    problems.push(plural('diagnose_delegated', delegated.length, { names: list(delegated) }));
  }
  const notConsented = withStatus('not-consented');
  if (notConsented.length) {
    problems.push(plural('diagnose_not_consented_problem', notConsented.length, { names: list(notConsented) }));
  }
  const missing = withStatus('missing');
  if (missing.length) problems.push(plural('diagnose_missing', missing.length, { names: list(missing) }));
  if (secrets.length === 0) problems.push(t('diagnose_no_secret'));
  else if (!secrets.some((s) => s.state !== 'expired')) problems.push(t('diagnose_all_expired'));
  for (const s of secrets) {
    const date = s.endDateTime ? formatDate(Date.parse(s.endDateTime)) : '';
    if (s.state === 'expired') problems.push(t('diagnose_secret_expired_problem', { label: s.label, date }));
    if (s.state === 'expiring')
      problems.push(plural('diagnose_secret_expiring_problem', s.daysLeft ?? 0, { label: s.label, date }));
  }
  if (extras.length) problems.push(t('diagnose_extras', { names: list(extras) }));
  return {
    displayName: app.displayName ?? app.appId,
    clientId: app.appId,
    objectId: app.id,
    permissions,
    extras,
    secrets,
    problems,
  };
}
