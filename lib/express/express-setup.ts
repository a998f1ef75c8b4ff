// Express setup (issue 7): the whole app registration through Graph with the signed-in admin's token.
// Every step first looks for what already exists, so running it again finishes an interrupted run and
// never makes a duplicate. An app of the same name that express setup did not make is never given the 12
// permissions without the admin's say-so: it could be anyone's.
import type { Diagnosis } from '../entra/diagnosis';
import type { GraphOutcome } from '../entra/graph';
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
const AGAIN = 'Run express setup again: it continues where it stopped and creates nothing twice.';

class StepFailed extends Error {
  constructor(
    readonly diagnosis: Diagnosis,
    readonly confirm?: ExistingApp,
  ) {
    super(diagnosis.title);
  }
}

function must<T>(outcome: GraphOutcome<T>, what: string): T {
  if (!outcome.ok) throw new StepFailed(graphFailure(what, outcome.problem, AGAIN));
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
    'reading who owns the existing app',
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
    'looking for an existing app',
  ).value;
  const byAge = [...found].sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''));
  const singleTenant = byAge.filter((a) => !a.signInAudience || a.signInAudience === 'AzureADMyOrg');
  const confirmed = singleTenant.find((a) => a.appId === input.confirmedClientId?.toLowerCase());
  if (confirmed) return { app: confirmed, reused: true, note: `Using “${input.displayName}” as you asked.` };
  // The tag is only a hint: anyone who may register apps can set it. Reused unasked only when nobody but
  // this admin owns the app (an owner can add secrets to it).
  for (const app of singleTenant.filter((a) => a.tags.includes(EXPRESS_TAG))) {
    if ((await ownersOf(app, deps)).every((id) => id === input.adminId)) {
      return { app, reused: true, note: `Using the app “${input.displayName}” made earlier (client ID ${app.appId}).` };
    }
  }
  if (byAge.length > 0 && singleTenant.length === 0) {
    throw new StepFailed({
      title: `An app named “${input.displayName}” already exists and is multi-tenant.`,
      fix: 'idemeum’s app must be single tenant: choose another name for a new one.',
    });
  }
  const other = singleTenant[0];
  if (other) {
    const others = (await ownersOf(other, deps)).filter((id) => id !== input.adminId).length;
    const created = other.createdDateTime ? `, created ${other.createdDateTime.slice(0, 10)}` : '';
    const owned = others > 0 ? `, owned by ${others} other account(s)` : '';
    throw new StepFailed(
      {
        title: `An app named “${input.displayName}” already exists (client ID ${other.appId}${created}${owned}).`,
        fix: 'Use it only if it is idemeum’s: it would get the 12 permissions, admin consent and a new secret, and its owners could add secrets of their own. Otherwise choose another name.',
      },
      { clientId: other.appId },
    );
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
    'creating the app',
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
    const added = must(parsed(outcome, AddedPassword), 'adding a client secret');
    return {
      value: added.secretText,
      expiresAt: added.endDateTime,
      days,
      cappedByPolicy: days !== SECRET_LIFETIMES_DAYS[0],
    };
  }
  throw new StepFailed({
    title: 'A tenant policy refuses every secret lifetime down to 90 days.',
    fix: 'Ask for the app-management policy’s limit, then add a secret in the portal with a shorter custom expiry.',
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
  if (existing.ok) return must(parsed(existing, ServicePrincipal), 'reading the enterprise app');
  if (!isGraphError(existing, 404, /./)) must(existing, 'reading the enterprise app');
  const created = await whileReplicating(
    () => deps.graph.call('POST', '/v1.0/servicePrincipals', { appId: app.appId }),
    (o) => isGraphError(o, 400, /does not reference a valid application/i),
    deps,
    () =>
      deps.report({
        step: 'servicePrincipal',
        status: 'running',
        detail: 'Waiting for Entra to replicate the new app…',
      }),
  );
  return must(parsed(created, ServicePrincipal), 'creating the enterprise app (service principal)');
}

/** Graph's answers while a new service principal is not replicated yet (msgraph-bicep-types#193). */
const principalNotReplicated = (o: GraphOutcome<unknown>) =>
  isGraphError(o, 404, /./) || isGraphError(o, 400, /Not a valid reference update/i);

const NO_CONSENT_ROLE = 'Your account is neither Global Administrator nor Privileged Role Administrator.';

/** Grants what is missing; an admin who may not grant only learns whether anything is (`mayGrant` false). */
async function grantConsent(
  principal: ServicePrincipal,
  mayGrant: boolean,
  deps: ExpressDeps,
): Promise<{ added: number } | { refused: string }> {
  const waiting = () =>
    deps.report({ step: 'consent', status: 'running', detail: 'Waiting for Entra to replicate the enterprise app…' });
  const graphSp = must(
    parsed(
      await deps.graph.call('GET', `/v1.0/servicePrincipals(appId='${GRAPH_APP_ID}')?$select=id,appId,appRoles`),
      ResourceServicePrincipal,
    ),
    'reading Microsoft Graph’s permissions',
  );
  const current = await whileReplicating(
    () => deps.graph.call('GET', `/v1.0/servicePrincipals/${principal.id}/appRoleAssignments`),
    principalNotReplicated,
    deps,
    waiting,
  );
  const granted = new Set(
    must(parsed(current, AppRoleAssignments), 'reading granted permissions')
      .value.filter((a) => a.resourceId === graphSp.id)
      .map((a) => a.appRoleId.toLowerCase()),
  );
  const missing = REQUIRED_GRAPH_ROLES.filter((r) => !granted.has(r.id));
  if (missing.length > 0 && !mayGrant) return { refused: NO_CONSENT_ROLE };
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
      return { refused: 'Microsoft Graph refused to grant admin consent with your account (403).' };
    }
    if (isGraphError(outcome, 400, /already exists/i)) continue;
    must(outcome, `granting ${role.name}`);
    added += 1;
    deps.report({ step: 'consent', status: 'running', detail: `Granted ${added} of ${missing.length}…` });
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
    done(note ?? `Created “${input.displayName}” (client ID ${app.appId}).`);

    begin('permissions');
    const required = withRequiredRoles(app.requiredResourceAccess);
    const tagged = app.tags.includes(EXPRESS_TAG);
    if (required.changed || !tagged) {
      must(
        await deps.graph.call('PATCH', `/v1.0/applications/${app.id}`, {
          ...(required.changed ? { requiredResourceAccess: required.list } : {}),
          ...(tagged ? {} : { tags: [...app.tags, EXPRESS_TAG] }),
        }),
        'adding the 12 application permissions',
      );
    }
    done(
      required.changed || !reused
        ? 'The 12 Microsoft Graph application permissions are configured.'
        : 'All 12 were already configured as Application permissions.',
    );

    begin('servicePrincipal');
    const principal = await ensureServicePrincipal(app, deps);
    done('The enterprise app (service principal) exists.');

    begin('consent');
    const url = adminConsentUrl(input.tenantId, app.appId);
    let consent: ExpressResult['consent'];
    const granted = await grantConsent(principal, input.capability.kind !== 'cannot-grant', deps);
    if ('refused' in granted) {
      consent = { kind: 'needs-admin', url, reason: granted.refused };
      const mayNot = granted.refused === NO_CONSENT_ROLE;
      done(
        mayNot ? 'Admin consent needs a Global Administrator or Privileged Role Administrator.' : granted.refused,
        mayNot ? 'skipped' : 'failed',
      );
    } else {
      consent = { kind: 'granted', added: granted.added };
      done(granted.added > 0 ? 'Admin consent granted for all 12.' : 'Admin consent was already granted for all 12.');
    }
    begin('secret');
    let secret: NewSecret | undefined;
    if (input.secretHeldFor?.toLowerCase() === app.appId.toLowerCase()) {
      done('This browser already holds a secret for this app; no new one was added.', 'skipped');
    } else {
      secret = await addSecret(app, deps);
      const until = secret.expiresAt.slice(0, 10);
      // Older secrets keep working until deleted: say so, since every one is a way in.
      const older = app.passwordCredentials.length;
      done(
        (secret.cappedByPolicy
          ? `A tenant policy caps secret lifetimes: the secret lasts ${secret.days} days (until ${until}) instead of 24 months.`
          : `Added a secret valid for 24 months (until ${until}).`) +
          (older > 0
            ? ` The app has ${older} older secret(s): delete them in Certificates & secrets once idemeum uses this one.`
            : ''),
      );
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
    const diagnosis =
      error instanceof StepFailed
        ? error.diagnosis
        : { title: 'Express setup stopped on an unexpected error.', fix: AGAIN };
    deps.report({ step, status: 'failed', detail: diagnosis.title });
    return error instanceof StepFailed && error.confirm
      ? { ok: false, step, diagnosis, confirm: error.confirm }
      : { ok: false, step, diagnosis };
  }
}
