// The whole check (FACTS.md §5): one token request, then at most three Graph reads.

import { z } from 'zod';
import { plural, t } from '../i18n/t';
import { REQUIRED_GRAPH_ROLES, requiredRoleNameById } from '../requirements';
import type { CheckResult, PermissionStatus, VerifiedDomain } from './check-result';
import { CONSENT_WAIT_MS, consentWaitSince } from './consent-wait';
import { type DiagnosisContext, diagnose } from './diagnosis';
import { type GraphDeps, graphGet } from './graph';
import { tokenRoles } from './jwt';
import type { Problem } from './problems';
import { type AppCredentials, requestAppToken } from './token';

export interface CheckDeps extends Omit<GraphDeps, 'onRequest'> {
  now: () => number;
}

export interface CheckInput extends AppCredentials {
  /** Permissions the portal page showed as configured (Application type), when known. */
  configuredRoles?: string[];
  context?: DiagnosisContext;
}

const Assignments = z.object({
  value: z.array(z.object({ appRoleId: z.string(), resourceDisplayName: z.string().nullish() })),
});
const Organization = z.object({
  value: z.array(
    z.object({
      verifiedDomains: z.array(
        z.object({ name: z.string(), isDefault: z.boolean(), isInitial: z.boolean(), type: z.string() }),
      ),
    }),
  ),
});
const Groups = z.object({ value: z.array(z.object({ id: z.string(), displayName: z.string().nullish() })) });

/** Default domain first, then the initial onmicrosoft.com domain, then the rest by name. */
export function orderDomains(domains: VerifiedDomain[]): VerifiedDomain[] {
  const rank = (d: VerifiedDomain) => (d.isDefault ? 0 : d.isInitial ? 1 : 2);
  return [...domains].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Right after express setup made them, Entra may not know the new secret or app yet (replication). */
const REPLICATION_CODES = new Set([7000215, 700016, 7000229]);
const REPLICATION_WINDOW_MS = 3 * 60_000;

function justCreatedAndRefused(problem: Problem, createdAt: number | undefined, now: number): boolean {
  return (
    problem.kind === 'aadsts' &&
    REPLICATION_CODES.has(problem.code) &&
    createdAt !== undefined &&
    now - createdAt < REPLICATION_WINDOW_MS
  );
}

export async function runCheck(input: CheckInput, deps: CheckDeps): Promise<CheckResult> {
  // Every wait is decided by the clock at the start, as the runner decides the next re-check: a check that
  // starts inside the wait and ends after it still gets its re-check.
  const startedAt = deps.now();
  let requestCount = 0;
  const graphDeps: GraphDeps = { ...deps, onRequest: () => requestCount++ };
  const base = {
    extras: [] as string[],
    domains: [] as VerifiedDomain[],
    groups: [] as { id: string; displayName: string }[],
    checkedFor: { tenantId: input.tenantId, clientId: input.clientId, secretHint: input.secret.slice(0, 3) },
  };
  const context = { ...input.context, clientId: input.clientId };

  requestCount++;
  const token = await requestAppToken(input, deps.fetch, deps.signal);
  if (!token.ok) {
    const stillApplying = justCreatedAndRefused(token.problem, input.context?.credentialsCreatedAt, deps.now());
    return {
      ...base,
      verdict: stillApplying ? 'propagating' : 'failed',
      permissions: REQUIRED_GRAPH_ROLES.map((r) => ({ name: r.name, status: 'unknown' as const })),
      diagnosis: stillApplying
        ? {
            ...diagnose(token.problem, context),
            title: t('check_still_applying_title'),
            fix: t('check_still_applying_fix'),
          }
        : diagnose(token.problem, context),
      requestCount,
      checkedAt: deps.now(),
    };
  }
  const inToken = new Set(tokenRoles(token.accessToken));
  const configured = input.configuredRoles ? new Set(input.configuredRoles) : undefined;
  // After a sign of consent (seen on the page, pressed, or a table whose status could not be read),
  // missing roles may still be propagating.
  const recentlyConsented = consentWaitSince(input.context ?? {}, startedAt) !== undefined;
  // Granted in Graph but not yet in the token: waited out for as long as any other sign of consent.
  const waitedSince = input.context?.propagatingSince;
  const grantWaitOver = waitedSince !== undefined && startedAt - waitedSince >= CONSENT_WAIT_MS;

  const assignments = await graphGet(
    `/v1.0/servicePrincipals(appId='${encodeURIComponent(input.clientId)}')/appRoleAssignments`,
    token.accessToken,
    graphDeps,
  );

  // Without Graph's answer the token's roles are the best hint there is.
  const inGraph = new Set<string>();
  if (assignments.ok) {
    const parsed = Assignments.safeParse(assignments.data);
    for (const a of parsed.success ? parsed.data.value : []) {
      const name = requiredRoleNameById(a.appRoleId);
      if (name) inGraph.add(name);
      else if (a.resourceDisplayName === 'Microsoft Graph') base.extras.push(a.appRoleId);
    }
  }
  const requiredNames = new Set<string>(REQUIRED_GRAPH_ROLES.map((r) => r.name));
  // Extras by name come from the token; ids the token does not explain stay as ids.
  const extraNames = [...inToken].filter((r) => !requiredNames.has(r));
  if (extraNames.length > 0) base.extras = extraNames;

  const statusOf = (name: string): PermissionStatus => {
    const granted = assignments.ok ? inGraph.has(name) : inToken.has(name);
    if (granted && inToken.has(name)) return 'granted';
    if (granted) return grantWaitOver ? 'not-granted' : 'propagating';
    if (recentlyConsented && (!configured || configured.has(name))) return 'propagating';
    if (configured && !configured.has(name)) return 'missing';
    return 'not-granted';
  };
  const permissions = REQUIRED_GRAPH_ROLES.map((r) => ({ name: r.name, status: statusOf(r.name) }));
  const count = (s: PermissionStatus) => permissions.filter((p) => p.status === s).length;

  if (assignments.ok || inToken.size > 0) {
    const [org, groups] = await Promise.all([
      graphGet('/v1.0/organization?$select=id,displayName,verifiedDomains', token.accessToken, graphDeps),
      graphGet('/v1.0/groups?$select=id,displayName&$top=999', token.accessToken, graphDeps),
    ]);
    const orgParsed = org.ok ? Organization.safeParse(org.data) : undefined;
    if (orgParsed?.success) base.domains = orderDomains(orgParsed.data.value.flatMap((o) => o.verifiedDomains));
    const groupsParsed = groups.ok ? Groups.safeParse(groups.data) : undefined;
    if (groupsParsed?.success) {
      base.groups = groupsParsed.data.value.map((g) => ({ id: g.id, displayName: g.displayName ?? g.id }));
    }
  }

  const verdict =
    count('granted') === permissions.length ? 'passed' : count('propagating') > 0 ? 'propagating' : 'incomplete';
  let diagnosis: CheckResult['diagnosis'];
  if (verdict === 'propagating') {
    diagnosis = {
      title: t('check_consent_waiting_title'),
      fix: t('check_consent_waiting_fix'),
    };
  } else if (verdict === 'incomplete') {
    if (!assignments.ok && assignments.problem.kind !== 'graph') diagnosis = diagnose(assignments.problem, context);
    else if (count('missing') > 0) {
      diagnosis = {
        title: plural('check_not_added_title', count('missing')),
        fix: t('check_not_added_fix'),
      };
    } else {
      diagnosis = {
        title:
          count('granted') === 0
            ? t('check_no_consent_title')
            : plural('check_some_no_consent_title', count('not-granted')),
        fix: t('check_no_consent_fix'),
      };
    }
  }
  return { ...base, verdict, permissions, diagnosis, requestCount, checkedAt: deps.now() };
}
