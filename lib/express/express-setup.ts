// Express setup (issue 7): the whole app registration through Graph with the signed-in admin's token.
// Every step first looks for what already exists, so running it again finishes an interrupted run and
// never makes a duplicate. An app of the same name that express setup did not make is never given the 12
// permissions without the admin's say-so: it could be anyone's.
import type { Diagnosis } from '../entra/diagnosis';
import type { GraphOutcome } from '../entra/graph';
import { formatDate } from '../i18n/format';
import { plural, t } from '../i18n/t';
import { GRAPH_APP_ID, REQUIRED_GRAPH_ROLES } from '../requirements';
import { adminConsentUrl, type ConsentCapability } from './admin-roles';
import { type DelegatedGraph, parsed } from './delegated-graph';
import { graphFailure } from './graph-failure';
import {
  AddedPassword,
  type Application,
  ApplicationList,
  Application as ApplicationSchema,
  AppRoleAssignments,
  DirectoryObjects,
  odataString,
  type RequiredResourceAccess,
  ResourceServicePrincipal,
  ServicePrincipal,
} from './graph-objects';

// The secret comes last, so that no later failure can lose its value (it is shown only once).
export const EXPRESS_STEPS = ['app', 'permissions', 'servicePrincipal', 'consent', 'secret'] as const;
export type ExpressStepId = (typeof EXPRESS_STEPS)[number];

export interface StepReport {
  step: ExpressStepId;
  status: 'running' | 'done' | 'skipped' | 'failed';
  detail?: string;
}

export interface ExpressInput {
  tenantId: string;
  /** The signed-in admin's object ID: an app only they own may be reused unasked. */
  adminId: string;
  displayName: string;
  capability: ConsentCapability;
  /** The client ID whose secret this browser already holds: then no new secret is added. */
  secretHeldFor?: string;
  /** The client ID of an existing app of this name that the admin agreed to use. */
  confirmedClientId?: string;
}

export interface ExpressDeps {
  graph: DelegatedGraph;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  report: (report: StepReport) => void;
}

export interface NewSecret {
  value: string;
  expiresAt: string;
  days: number;
  /** Set when a tenant policy refused the 24 months asked for. */
  cappedByPolicy: boolean;
}

export interface ExpressResult {
  tenantId: string;
  clientId: string;
  objectId: string;
  displayName: string;
  reusedApp: boolean;
  secret?: NewSecret;
  consent: { kind: 'granted'; added: number } | { kind: 'needs-admin'; url: string; reason: string };
}

/** An app of the same name that express setup did not create, shown to the admin before it is used. */
export interface ExistingApp {
  clientId: string;
}

export type ExpressOutcome =
  | { ok: true; result: ExpressResult }
  | { ok: false; step: ExpressStepId; diagnosis: Diagnosis; confirm?: ExistingApp };

/** Longest first: 730 days is the portal's longest preset; a policy cap makes us step down. */
export const SECRET_LIFETIMES_DAYS = [730, 545, 365, 180, 90] as const;
/** Waits while Entra replicates a new object (service principal not found yet): about a minute in all. */
export const REPLICATION_WAITS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000] as const;
const DAY_MS = 86_400_000;
/** Marks the apps express setup made (or was told to use), so that a second run reuses them unasked. */
export const EXPRESS_TAG = 'idemeumEntraAssist';
const again = () => t('express_again');

class StepFailed extends Error {
  constructor(
    readonly diagnosis: Diagnosis,
    readonly confirm?: ExistingApp,
  ) {
    super(diagnosis.title);
  }
}

function must<T>(outcome: GraphOutcome<T>, what: string): T {
  if (!outcome.ok) throw new StepFailed(graphFailure(what, outcome.problem, again()));
  return outcome.data;
}

const isGraphError = (outcome: GraphOutcome<unknown>, status: number, pattern: RegExp) =>
  !outcome.ok &&
  outcome.problem.kind === 'graph' &&
  outcome.problem.status === status &&
  pattern.test(outcome.problem.message);

/** The app's requiredResourceAccess with the 12 roles added as Application permissions; others are kept. */
export function withRequiredRoles(current: RequiredResourceAccess[]): {
  list: RequiredResourceAccess[];
  changed: boolean;
} {
  const graph = current.find((r) => r.resourceAppId === GRAPH_APP_ID);
  const have = new Set((graph?.resourceAccess ?? []).filter((a) => a.type === 'Role').map((a) => a.id.toLowerCase()));
  const missing = REQUIRED_GRAPH_ROLES.filter((r) => !have.has(r.id));
  if (missing.length === 0) return { list: current, changed: false };
  const added = missing.map((r) => ({ id: r.id, type: 'Role' as const }));
  const list = graph
    ? current.map((r) => (r === graph ? { ...r, resourceAccess: [...r.resourceAccess, ...added] } : r))
    : [...current, { resourceAppId: GRAPH_APP_ID, resourceAccess: added }];
  return { list, changed: true };
}

async function ownersOf(app: Application, deps: ExpressDeps): Promise<string[]> {
  const owners = must(
    parsed(await deps.graph.call('GET', `/v1.0/applications/${app.id}/owners?$select=id`), DirectoryObjects),
    t('doing_reading_owners'),
  );
  return owners.value.map((o) => o.id.toLowerCase());
}

async function findOrCreateApp(
  input: ExpressInput,
  deps: ExpressDeps,
): Promise<{ app: Application; reused: boolean; note?: string }> {
  const filter = encodeURIComponent(`displayName eq ${odataString(input.displayName)}`);
  const found = must(
    parsed(
      await deps.graph.call(
        'GET',
        `/v1.0/applications?$filter=${filter}&$select=id,appId,displayName,createdDateTime,signInAudience,tags,requiredResourceAccess,passwordCredentials`,
      ),
      ApplicationList,
    ),
    t('doing_looking_for_app'),
  ).value;
  const byAge = [...found].sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''));
  const singleTenant = byAge.filter((a) => !a.signInAudience || a.signInAudience === 'AzureADMyOrg');
  const confirmed = singleTenant.find((a) => a.appId === input.confirmedClientId?.toLowerCase());
  if (confirmed)
    return { app: confirmed, reused: true, note: t('express_using_as_asked', { name: input.displayName }) };
  // The tag is only a hint: anyone who may register apps can set it. Reused unasked only when nobody but
  // this admin owns the app (an owner can add secrets to it).
  for (const app of singleTenant.filter((a) => a.tags.includes(EXPRESS_TAG))) {
    if ((await ownersOf(app, deps)).every((id) => id === input.adminId)) {
      return {
        app,
        reused: true,
        note: t('express_using_earlier', { name: input.displayName, clientId: app.appId }),
      };
    }
  }
  if (byAge.length > 0 && singleTenant.length === 0) {
    throw new StepFailed({
      title: t('express_exists_multi_tenant', { name: input.displayName }),
      fix: t('express_exists_multi_tenant_fix'),
    });
  }
  const other = singleTenant[0];
  if (other) {
    const others = (await ownersOf(other, deps)).filter((id) => id !== input.adminId).length;
    const values = { name: input.displayName, clientId: other.appId };
    const created = other.createdDateTime ? formatDate(Date.parse(other.createdDateTime)) : undefined;
    const title = created
      ? others > 0
        ? plural('express_exists_created_owned', others, { ...values, created })
        : t('express_exists_created', { ...values, created })
      : others > 0
        ? plural('express_exists_owned', others, values)
        : t('express_exists', values);
    throw new StepFailed({ title, fix: t('express_exists_fix') }, { clientId: other.appId });
  }
  const app = must(
    parsed(
      await deps.graph.call('POST', '/v1.0/applications', {
        displayName: input.displayName,
        signInAudience: 'AzureADMyOrg',
        tags: [EXPRESS_TAG],
        notes: 'idemeum user source and Entra JIT accounts; made by the idemeum setup assistant (express setup).',
        requiredResourceAccess: withRequiredRoles([]).list,
      }),
      ApplicationSchema,
    ),
    t('doing_creating_app'),
  );
  return { app, reused: false };
}

async function addSecret(app: Application, deps: ExpressDeps): Promise<NewSecret> {
  const date = new Date(deps.now()).toISOString().slice(0, 10);
  for (const days of SECRET_LIFETIMES_DAYS) {
    const outcome = await deps.graph.call('POST', `/v1.0/applications/${app.id}/addPassword`, {
      passwordCredential: {
        displayName: `idemeum (added by Entra Assist on ${date})`,
        endDateTime: new Date(deps.now() + days * DAY_MS).toISOString(),
      },
    });
    if (isGraphError(outcome, 400, /lifetime.*(policy|max)/i)) continue;
    const added = must(parsed(outcome, AddedPassword), t('doing_adding_secret'));
    return {
      value: added.secretText,
      expiresAt: added.endDateTime,
      days,
      cappedByPolicy: days !== SECRET_LIFETIMES_DAYS[0],
    };
  }
  throw new StepFailed({
    title: t('express_policy_refuses_all'),
    fix: t('express_policy_refuses_all_fix'),
  });
}

/** Retries a call while Entra has not replicated the object it refers to yet. */
async function whileReplicating(
  call: () => Promise<GraphOutcome<unknown>>,
  notYet: (outcome: GraphOutcome<unknown>) => boolean,
  deps: ExpressDeps,
  waiting: () => void,
): Promise<GraphOutcome<unknown>> {
  let outcome = await call();
  for (const wait of REPLICATION_WAITS_MS) {
    if (!notYet(outcome)) return outcome;
    waiting();
    await deps.sleep(wait);
    outcome = await call();
  }
  return outcome;
}

async function ensureServicePrincipal(app: Application, deps: ExpressDeps): Promise<ServicePrincipal> {
  const existing = await deps.graph.call(
    'GET',
    `/v1.0/servicePrincipals(appId='${app.appId}')?$select=id,appId,displayName`,
  );
  if (existing.ok) return must(parsed(existing, ServicePrincipal), t('doing_reading_service_principal'));
  if (!isGraphError(existing, 404, /./)) must(existing, t('doing_reading_service_principal'));
  const created = await whileReplicating(
    () => deps.graph.call('POST', '/v1.0/servicePrincipals', { appId: app.appId }),
    (o) => isGraphError(o, 400, /does not reference a valid application/i),
    deps,
    () =>
      deps.report({
        step: 'servicePrincipal',
        status: 'running',
        detail: t('express_replicating_app'),
      }),
  );
  return must(parsed(created, ServicePrincipal), t('doing_creating_service_principal'));
}

/** Graph's answers while a new service principal is not replicated yet (msgraph-bicep-types#193). */
const principalNotReplicated = (o: GraphOutcome<unknown>) =>
  isGraphError(o, 404, /./) || isGraphError(o, 400, /Not a valid reference update/i);

/** Grants what is missing; an admin who may not grant only learns whether anything is (`mayGrant` false). */
async function grantConsent(
  principal: ServicePrincipal,
  mayGrant: boolean,
  deps: ExpressDeps,
): Promise<{ added: number } | { refused: string; mayNot?: true }> {
  const waiting = () =>
    deps.report({ step: 'consent', status: 'running', detail: t('express_replicating_service_principal') });
  const graphSp = must(
    parsed(
      await deps.graph.call('GET', `/v1.0/servicePrincipals(appId='${GRAPH_APP_ID}')?$select=id,appId,appRoles`),
      ResourceServicePrincipal,
    ),
    t('doing_reading_graph_permissions'),
  );
  const current = await whileReplicating(
    () => deps.graph.call('GET', `/v1.0/servicePrincipals/${principal.id}/appRoleAssignments`),
    principalNotReplicated,
    deps,
    waiting,
  );
  const granted = new Set(
    must(parsed(current, AppRoleAssignments), t('doing_reading_grants'))
      .value.filter((a) => a.resourceId === graphSp.id)
      .map((a) => a.appRoleId.toLowerCase()),
  );
  const missing = REQUIRED_GRAPH_ROLES.filter((r) => !granted.has(r.id));
  if (missing.length > 0 && !mayGrant) return { refused: t('express_no_consent_role'), mayNot: true };
  let added = 0;
  for (const role of missing) {
    const outcome = await whileReplicating(
      () =>
        deps.graph.call('POST', `/v1.0/servicePrincipals/${graphSp.id}/appRoleAssignedTo`, {
          principalId: principal.id,
          resourceId: graphSp.id,
          appRoleId: role.id,
        }),
      principalNotReplicated,
      deps,
      waiting,
    );
    if (isGraphError(outcome, 403, /./)) {
      return { refused: t('express_consent_refused') };
    }
    if (isGraphError(outcome, 400, /already exists/i)) continue;
    must(outcome, t('doing_granting', { role: role.name }));
    added += 1;
    deps.report({
      step: 'consent',
      status: 'running',
      detail: t('express_granted_so_far', { added, total: missing.length }),
    });
  }
  return { added };
}

export async function runExpressSetup(input: ExpressInput, deps: ExpressDeps): Promise<ExpressOutcome> {
  let step: ExpressStepId = 'app';
  const begin = (next: ExpressStepId, detail?: string) => {
    step = next;
    deps.report({ step, status: 'running', detail });
  };
  const done = (detail?: string, status: StepReport['status'] = 'done') => deps.report({ step, status, detail });
  try {
    begin('app');
    const { app, reused, note } = await findOrCreateApp(input, deps);
    done(note ?? t('express_created', { name: input.displayName, clientId: app.appId }));

    begin('permissions');
    const required = withRequiredRoles(app.requiredResourceAccess);
    const tagged = app.tags.includes(EXPRESS_TAG);
    if (required.changed || !tagged) {
      must(
        await deps.graph.call('PATCH', `/v1.0/applications/${app.id}`, {
          ...(required.changed ? { requiredResourceAccess: required.list } : {}),
          ...(tagged ? {} : { tags: [...app.tags, EXPRESS_TAG] }),
        }),
        t('doing_adding_permissions'),
      );
    }
    done(t(required.changed || !reused ? 'express_permissions_configured' : 'express_permissions_were_configured'));

    begin('servicePrincipal');
    const principal = await ensureServicePrincipal(app, deps);
    done(t('express_service_principal_exists'));

    begin('consent');
    const url = adminConsentUrl(input.tenantId, app.appId);
    let consent: ExpressResult['consent'];
    const granted = await grantConsent(principal, input.capability.kind !== 'cannot-grant', deps);
    if ('refused' in granted) {
      consent = { kind: 'needs-admin', url, reason: granted.refused };
      const mayNot = granted.mayNot === true;
      done(mayNot ? t('express_consent_needs_role') : granted.refused, mayNot ? 'skipped' : 'failed');
    } else {
      consent = { kind: 'granted', added: granted.added };
      done(t(granted.added > 0 ? 'express_consent_granted' : 'express_consent_was_granted'));
    }
    begin('secret');
    let secret: NewSecret | undefined;
    if (input.secretHeldFor?.toLowerCase() === app.appId.toLowerCase()) {
      done(t('express_secret_held'), 'skipped');
    } else {
      secret = await addSecret(app, deps);
      const until = formatDate(Date.parse(secret.expiresAt));
      const added = secret.cappedByPolicy
        ? t('express_secret_capped', { days: secret.days, until })
        : t('express_secret_added', { until });
      // Older secrets keep working until deleted: say so, since every one is a way in.
      const older = app.passwordCredentials.length;
      done(older > 0 ? t('two_sentences', { first: added, second: plural('express_older_secrets', older) }) : added);
    }

    return {
      ok: true,
      result: {
        tenantId: input.tenantId,
        clientId: app.appId,
        objectId: app.id,
        displayName: app.displayName ?? input.displayName,
        reusedApp: reused,
        secret,
        consent,
      },
    };
  } catch (error) {
    const diagnosis = error instanceof StepFailed ? error.diagnosis : { title: t('express_unexpected'), fix: again() };
    deps.report({ step, status: 'failed', detail: diagnosis.title });
    return error instanceof StepFailed && error.confirm
      ? { ok: false, step, diagnosis, confirm: error.confirm }
      : { ok: false, step, diagnosis };
  }
}
