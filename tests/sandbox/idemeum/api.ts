// The console's JSON API (same origin as the console): session data, user source, credential check and
// managed password apps.
import { randomUUID } from 'node:crypto';
import { type RequestContext, sendJson } from '../http-kit';
import type { Tenant } from '../tenant-state';
import { ApiError, type JsonObject, readJsonObject, requireFilled, stringField, stringListField } from './api-input';
import { checkEntraCredentials, type EntraCredentials, initialDomain, managedDomains } from './entra-credentials';
import { type ConsoleTenant, isTabbedHost } from './host';
import {
  type EntraConnection,
  type GroupMapping,
  type IdemeumTenantRecords,
  type ManagedPasswordAppRecord,
  peekRecordsOfHost,
  recordsOfHost,
  type UserSourceRecord,
} from './records';
import { ENTRA_CREDENTIALS, type Wording } from './wording';

export interface ConsoleRequest {
  ctx: RequestContext;
  wording: Wording;
  tenant: ConsoleTenant;
}

const CUSTOMER_NAMES = ['contoso', 'fabrikam', 'northwind'];

export async function handleApi(request: ConsoleRequest, path: string): Promise<void> {
  const { ctx } = request;
  const method = ctx.req.method ?? 'GET';
  const routes: Record<string, Partial<Record<string, () => Promise<unknown> | unknown>>> = {
    '/api/session': { GET: () => session(request) },
    '/api/user-source': { POST: () => saveUserSource(request) },
    '/api/applications/entra/validate': { POST: () => validateCredentials(request) },
    '/api/applications': { GET: () => ({ applications: appSummaries(request) }), POST: () => saveApp(request) },
  };
  const route = routes[path];
  try {
    if (!route) throw new ApiError(404, 'not_found', `No API at ${path}.`);
    const run = route[method];
    if (!run) throw new ApiError(405, 'method_not_allowed', `${method} is not allowed on ${path}.`);
    const body = await run();
    sendJson(ctx.res, method === 'POST' && path === '/api/applications' ? 201 : 200, body);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    sendJson(ctx.res, error.status, { error: error.code, message: error.message, ...error.extra });
  }
}

function records(request: ConsoleRequest): IdemeumTenantRecords {
  return recordsOfHost(request.ctx.state, request.tenant.host, request.wording.name);
}

/** Origin of a sibling tenant host, keeping the port the browser used. */
function siblingUrl(request: ConsoleRequest, label: string): string {
  const { ctx, tenant } = request;
  const port = /:\d+$/.exec(ctx.req.headers.host ?? '')?.[0] ?? '';
  const rest = tenant.host.slice(tenant.label.length);
  return `${ctx.scheme}://${label}${rest}${port}/adminportal`;
}

function session(request: ConsoleRequest): unknown {
  const { tenant, wording } = request;
  const saved = peekRecordsOfHost(request.ctx.state, tenant.host);
  return {
    tenant: { ...tenant, parentUrl: tenant.isCustomer ? siblingUrl(request, tenant.company) : undefined },
    wording,
    layout: isTabbedHost(tenant.host) ? 'tabbed' : 'links',
    admin: { name: 'Avery Walsh', email: `avery.walsh@${tenant.company}.example` },
    userSource: saved?.userSource ? userSourceSummary(saved.userSource) : { source: 'idemeum' },
    applications: appSummaries(request),
    customers: tenant.isCustomer
      ? []
      : CUSTOMER_NAMES.map((name) => ({
          label: `${name}-${tenant.company}`,
          displayName: name.charAt(0).toUpperCase() + name.slice(1),
          url: siblingUrl(request, `${name}-${tenant.company}`),
        })),
  };
}

function userSourceSummary(record: UserSourceRecord): unknown {
  const entra = record.entra;
  return {
    source: record.source,
    savedAt: record.savedAt,
    entra: entra && {
      directoryTenantId: entra.directoryTenantId,
      applicationClientId: entra.applicationClientId,
      onboardingDomain: entra.onboardingDomain,
      secretHint: entra.clientSecret.slice(0, 3),
    },
  };
}

function appSummaries(request: ConsoleRequest): unknown[] {
  const saved = peekRecordsOfHost(request.ctx.state, request.tenant.host);
  return (saved?.passwordApps ?? []).map((app) => ({
    id: app.id,
    name: app.name,
    applicationType: app.applicationType,
    credentials: app.credentials,
    provisioningDomain: app.entra?.provisioningDomain,
    savedAt: app.savedAt,
  }));
}

function readCredentials(body: JsonObject, wording: Wording): EntraCredentials {
  const { labels } = wording;
  return {
    tenantId: requireFilled(stringField(body, 'tenantId', 256), labels.tenantId),
    clientId: requireFilled(stringField(body, 'clientId', 256), labels.clientId),
    clientSecret: requireFilled(stringField(body, 'clientSecret', 256), labels.clientSecret),
  };
}

/** Redeems the credentials; a failure becomes a 422 carrying Microsoft's first line. */
async function connect(request: ConsoleRequest, credentials: EntraCredentials): Promise<Tenant> {
  const check = await checkEntraCredentials(request.ctx.state, credentials);
  if (check.ok) return check.tenant;
  throw new ApiError(422, 'invalid_credentials', check.message, {
    microsoft: { error: check.error, error_codes: check.errorCodes },
  });
}

function connection(credentials: EntraCredentials, tenant: Tenant): EntraConnection {
  return {
    directoryTenantId: credentials.tenantId,
    applicationClientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    resolvedTenantId: tenant.id,
  };
}

async function saveUserSource(request: ConsoleRequest): Promise<unknown> {
  const { wording, ctx } = request;
  const body = await readJsonObject(ctx);
  const source = stringField(body, 'source', 64);
  const known = wording.userSources.find((s) => s.value === source);
  if (!known) throw new ApiError(400, 'invalid_request', `Unknown user source "${source}".`);
  const record: UserSourceRecord = { source, scheme: ctx.scheme, savedAt: new Date(ctx.state.now()).toISOString() };
  if (source === wording.entraSource) {
    const credentials = readCredentials(body, wording);
    const domain = requireFilled(stringField(body, 'domain', 253), wording.labels.onboardingDomain).toLowerCase();
    const tenant = await connect(request, credentials);
    if (!tenant.domains.some((d) => d.name === domain)) {
      throw new ApiError(422, 'invalid_domain', `${domain} is not a verified domain of ${tenant.displayName}.`);
    }
    record.entra = { ...connection(credentials, tenant), onboardingDomain: domain };
  } else if (source !== 'idemeum') {
    throw new ApiError(422, 'not_supported', `Connecting ${known.text} needs idemeum support.`);
  }
  records(request).userSource = record;
  return { saved: true, userSource: userSourceSummary(record) };
}

async function validateCredentials(request: ConsoleRequest): Promise<unknown> {
  const { ctx, wording } = request;
  const credentials = readCredentials(await readJsonObject(ctx), wording);
  const check = await checkEntraCredentials(ctx.state, credentials);
  const code = check.ok ? undefined : check.errorCodes[0];
  records(request).validations.push({
    at: new Date(ctx.state.now()).toISOString(),
    scheme: ctx.scheme,
    directoryTenantId: credentials.tenantId,
    applicationClientId: credentials.clientId,
    ok: check.ok,
    ...(code === undefined ? {} : { errorCode: `AADSTS${code}` }),
  });
  if (!check.ok) {
    throw new ApiError(422, 'invalid_credentials', check.message, {
      microsoft: { error: check.error, error_codes: check.errorCodes },
    });
  }
  const { tenant } = check;
  return {
    validated: true,
    directory: { id: tenant.id, displayName: tenant.displayName },
    initialDomain: initialDomain(tenant),
    domains: managedDomains(tenant).map(({ name, isDefault, isInitial }) => ({ name, isDefault, isInitial })),
    groups: tenant.groups.map(({ id, displayName }) => ({ id, displayName })),
  };
}

function lapsPrincipalName(raw: string, domain: string, label: string): string {
  const at = raw.lastIndexOf('@');
  const local = at >= 0 ? raw.slice(0, at) : raw;
  if (at >= 0 && raw.slice(at + 1).toLowerCase() !== domain) {
    throw new ApiError(422, 'invalid_laps_account', `LAPS accounts must be on ${domain}.`);
  }
  if (!/^[A-Za-z0-9_-](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_-])?$/.test(local)) {
    throw new ApiError(400, 'invalid_request', `Enter a valid ${label}.`);
  }
  return `${local.toLowerCase()}@${domain}`;
}

async function saveApp(request: ConsoleRequest): Promise<unknown> {
  const { ctx, wording } = request;
  const { labels } = wording;
  const body = await readJsonObject(ctx);
  const name = requireFilled(stringField(body, 'name', 100), labels.appName.toLowerCase());
  const applicationType = stringField(body, 'applicationType', 32);
  const credentialChoices = wording.credentialsByType[applicationType];
  if (!credentialChoices)
    throw new ApiError(400, 'invalid_request', `Choose the ${labels.applicationType.toLowerCase()}.`);
  const credentials = stringField(body, 'credentials', 32);
  if (!credentialChoices.some((c) => c.value === credentials)) {
    throw new ApiError(400, 'invalid_request', `Choose the ${labels.credentials.toLowerCase()}.`);
  }
  const saved = records(request);
  if (saved.passwordApps.some((a) => a.name.toLowerCase() === name.toLowerCase())) {
    throw new ApiError(409, 'duplicate_name', `An application named "${name}" already exists.`);
  }
  const record: ManagedPasswordAppRecord = {
    id: randomUUID(),
    name,
    applicationType,
    credentials,
    scheme: ctx.scheme,
    savedAt: new Date(ctx.state.now()).toISOString(),
  };
  if (credentials === ENTRA_CREDENTIALS) {
    const entraCredentials = readCredentials(body, wording);
    const hours = stringField(body, 'disableJitAfterHours', 8) || '4';
    if (!wording.jitDurations.some((d) => d.value === hours)) {
      throw new ApiError(400, 'invalid_request', `Choose how long JIT accounts stay enabled.`);
    }
    const domain = requireFilled(stringField(body, 'provisioningDomain', 253), labels.provisioningDomain.toLowerCase());
    const groupId = stringField(body, 'groupId', 64);
    const role = stringField(body, 'role', 128);
    const laps = stringListField(body, 'lapsAccounts', 2);
    const tenant = await connect(request, entraCredentials);
    if (!managedDomains(tenant).some((d) => d.name === domain.toLowerCase())) {
      throw new ApiError(422, 'invalid_domain', `${domain} is not a managed domain of ${tenant.displayName}.`);
    }
    let groupMapping: GroupMapping | undefined;
    if (groupId) {
      const group = tenant.groups.find((g) => g.id === groupId);
      if (!group) throw new ApiError(422, 'invalid_group', `The group ${groupId} is not in ${tenant.displayName}.`);
      if (!wording.entraRoles.includes(role)) {
        throw new ApiError(400, 'invalid_request', `Choose the ${labels.role.toLowerCase()} for ${group.displayName}.`);
      }
      groupMapping = { groupId, groupName: group.displayName, role };
    }
    const lapsDomain = initialDomain(tenant);
    const lapsLabels = [labels.lapsUsername, labels.secondLapsUsername];
    const lapsAccounts = laps.map((raw, i) => {
      const label = lapsLabels[i] ?? labels.lapsUsername;
      return lapsPrincipalName(requireFilled(raw, label), lapsDomain, label);
    });
    if (new Set(lapsAccounts).size !== lapsAccounts.length) {
      throw new ApiError(400, 'invalid_request', 'The two LAPS accounts must differ.');
    }
    record.entra = {
      ...connection(entraCredentials, tenant),
      disableJitAfterHours: Number(hours),
      provisioningDomain: domain.toLowerCase(),
      ...(groupMapping ? { groupMapping } : {}),
      lapsAccounts,
    };
  }
  saved.passwordApps.push(record);
  return { saved: true, application: appSummaries(request).at(-1) };
}
