// Graph's /applications for a signed-in user: find (by $filter, object ID or appId), create, update the
// configured permissions, add a client secret (capped by the tenant's app-management policy when set). These are
// the same Application objects the token endpoint and the portal replica use.
import { randomUUID } from 'node:crypto';
import { type RequestContext, sendJson } from '../http-kit';
import {
  type Application,
  type ResourceAccess,
  type SandboxState,
  SIGN_IN_AUDIENCES,
  type SignInAudience,
} from '../tenant-state';
import {
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

const DAY_MS = 86_400_000;
/** Graph's default when addPassword is given no endDateTime. */
const DEFAULT_SECRET_LIFETIME_MS = 2 * 365 * DAY_MS;
/** The sandbox's one app-management policy, named in the lifetime error as Entra names the policy it applied. */
const APP_MANAGEMENT_POLICY_ID = randomUUID();

const ITEM = /^\/v1\.0\/applications(?:\/([^/()]+)|\(appId='([^']*)'\))(\/addPassword|\/owners)?$/;

function applicationView(state: SandboxState, app: Application) {
  const initial = state.tenants.get(app.tenantId)?.domains.find((d) => d.isInitial);
  return {
    id: app.id,
    deletedDateTime: null,
    appId: app.appId,
    createdDateTime: app.createdDateTime,
    displayName: app.displayName,
    publisherDomain: initial?.name ?? null,
    signInAudience: app.signInAudience,
    keyCredentials: [],
    passwordCredentials: app.passwordCredentials.map((c) => ({
      customKeyIdentifier: null,
      displayName: c.displayName,
      endDateTime: c.endDateTime,
      hint: c.hint,
      keyId: c.keyId,
      secretText: null,
      startDateTime: c.startDateTime,
    })),
    requiredResourceAccess: structuredClone(app.requiredResourceAccess),
    tags: [...app.tags],
    notes: app.notes,
  };
}

/** `displayName eq '…'` or `appId eq '…'` (quotes doubled inside the literal, as OData wants). */
function filterOf(filter: string): ((app: Application) => boolean) | undefined {
  const clause = /^\s*(displayName|appId)\s+eq\s+'((?:[^']|'')*)'\s*$/.exec(filter);
  if (!clause) return undefined;
  const value = (clause[2] ?? '').replaceAll("''", "'");
  return clause[1] === 'appId' ? (a) => a.appId === value.toLowerCase() : (a) => a.displayName === value;
}

function parseRequiredResourceAccess(value: unknown): Application['requiredResourceAccess'] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: Application['requiredResourceAccess'] = [];
  for (const entry of value) {
    const { resourceAppId, resourceAccess } = (entry ?? {}) as Record<string, unknown>;
    if (typeof resourceAppId !== 'string' || !Array.isArray(resourceAccess)) return undefined;
    const access: ResourceAccess[] = [];
    for (const item of resourceAccess) {
      const { id, type } = (item ?? {}) as Record<string, unknown>;
      if (typeof id !== 'string' || (type !== 'Role' && type !== 'Scope')) return undefined;
      access.push({ id: id.toLowerCase(), type });
    }
    list.push({ resourceAppId: resourceAppId.toLowerCase(), resourceAccess: access });
  }
  return list;
}

/** Applies the writable properties the sandbox knows; false once a 400 has been sent. */
function applyProperties(ctx: RequestContext, app: Partial<Application>, body: Record<string, unknown>): boolean {
  if (body.displayName !== undefined) {
    if (typeof body.displayName !== 'string' || !body.displayName.trim()) {
      invalidProperty(ctx, 'displayName', 'Application');
      return false;
    }
    app.displayName = body.displayName;
  }
  if (body.signInAudience !== undefined) {
    if (!SIGN_IN_AUDIENCES.includes(body.signInAudience as SignInAudience)) {
      invalidProperty(ctx, 'signInAudience', 'Application');
      return false;
    }
    app.signInAudience = body.signInAudience as SignInAudience;
  }
  if (body.tags !== undefined) {
    if (!Array.isArray(body.tags) || !body.tags.every((t) => typeof t === 'string')) {
      invalidProperty(ctx, 'tags', 'Application');
      return false;
    }
    app.tags = body.tags;
  }
  if (body.notes !== undefined) {
    if (body.notes !== null && typeof body.notes !== 'string') {
      invalidProperty(ctx, 'notes', 'Application');
      return false;
    }
    app.notes = body.notes;
  }
  if (body.requiredResourceAccess !== undefined) {
    const list = parseRequiredResourceAccess(body.requiredResourceAccess);
    if (!list) {
      invalidProperty(ctx, 'requiredResourceAccess', 'Application');
      return false;
    }
    app.requiredResourceAccess = list;
  }
  return true;
}

function list(ctx: RequestContext, token: UserToken) {
  const { state, url } = ctx;
  if (!requireScope(ctx, token, READ)) return;
  const filter = url.searchParams.get('$filter');
  const matches = filter ? filterOf(filter) : () => true;
  if (!matches) return graphError(ctx, 400, 'BadRequest', `Invalid filter clause: ${filter}`);
  const select = url.searchParams.get('$select');
  sendJson(ctx.res, 200, {
    '@odata.context': odataContext('applications', select),
    value: state.applications
      .filter((a) => a.tenantId === token.tenantId && matches(a))
      .map((a) => selectFields(applicationView(state, a), select)),
  });
}

async function create(ctx: RequestContext, token: UserToken): Promise<void> {
  if (!requireScope(ctx, token, WRITE)) return;
  const body = await jsonBody(ctx);
  if (!body) return;
  const fields: Partial<Application> = {};
  if (typeof body.displayName !== 'string') return invalidProperty(ctx, 'displayName', 'Application');
  if (!applyProperties(ctx, fields, body)) return;
  const app = ctx.state.createApplication(token.tenantId, {
    ...fields,
    displayName: body.displayName,
    owners: [token.userId],
  });
  sendJson(ctx.res, 201, {
    '@odata.context': odataContext('applications', null, true),
    ...applicationView(ctx.state, app),
  });
}

async function addPassword(ctx: RequestContext, app: Application): Promise<void> {
  const { state } = ctx;
  const body = await jsonBody(ctx);
  if (!body) return;
  const asked = (body.passwordCredential ?? {}) as Record<string, unknown>;
  const start = typeof asked.startDateTime === 'string' ? Date.parse(asked.startDateTime) : state.now();
  const end =
    typeof asked.endDateTime === 'string' ? Date.parse(asked.endDateTime) : start + DEFAULT_SECRET_LIFETIME_MS;
  if (Number.isNaN(start)) return invalidProperty(ctx, 'startDateTime', 'PasswordCredential');
  if (Number.isNaN(end) || end <= start) return invalidProperty(ctx, 'endDateTime', 'PasswordCredential');
  const maxDays = state.knobs.maxSecretLifetimeDays;
  if (maxDays !== undefined && end - start > maxDays * DAY_MS) {
    const message = `Credential lifetime exceeds the max value allowed as per assigned policy '${APP_MANAGEMENT_POLICY_ID}'.`;
    return graphError(ctx, 400, 'CredentialInvalidLifetimeAsPerAppPolicy', message, {
      details: [{ code: 'InvalidKeyEndDate', message, target: 'EndDate' }],
    });
  }
  const credential = state.addPassword(app, {
    displayName: typeof asked.displayName === 'string' ? asked.displayName : '',
    startDateTime: new Date(start).toISOString(),
    endDateTime: new Date(end).toISOString(),
  });
  sendJson(ctx.res, 200, {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordCredential',
    customKeyIdentifier: null,
    displayName: credential.displayName,
    endDateTime: credential.endDateTime,
    hint: credential.hint,
    keyId: credential.keyId,
    secretText: credential.secretText,
    startDateTime: credential.startDateTime,
  });
}

/** Answers /v1.0/applications…; false when the path is not one of them. */
export async function handleApplications(ctx: RequestContext, token: UserToken, path: string): Promise<boolean> {
  const { state, req } = ctx;
  if (path === '/v1.0/applications') {
    if (req.method === 'GET') list(ctx, token);
    else if (req.method === 'POST') await create(ctx, token);
    else methodNotAllowed(ctx);
    return true;
  }
  const item = ITEM.exec(path);
  if (!item) return false;
  const [, objectId, appId, action] = item;
  const key = (objectId ?? appId ?? '').toLowerCase();
  const app = state.applications.find(
    (a) => a.tenantId === token.tenantId && (objectId !== undefined ? a.id === key : a.appId === key),
  );
  const allowed = action === '/addPassword' ? ['POST'] : action === '/owners' ? ['GET'] : ['GET', 'PATCH'];
  if (!allowed.includes(req.method ?? '')) {
    methodNotAllowed(ctx);
    return true;
  }
  if (!requireScope(ctx, token, req.method === 'GET' ? READ : WRITE)) return true;
  if (!app) {
    resourceNotFound(ctx, objectId ?? appId ?? '');
    return true;
  }
  if (action === '/addPassword') await addPassword(ctx, app);
  else if (action === '/owners') {
    sendJson(ctx.res, 200, {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects',
      value: app.owners.map((id) => ({ '@odata.type': '#microsoft.graph.user', id })),
    });
  } else if (req.method === 'GET') {
    const select = ctx.url.searchParams.get('$select');
    sendJson(ctx.res, 200, {
      '@odata.context': odataContext('applications', select, true),
      ...selectFields(applicationView(state, app), select),
    });
  } else {
    const body = await jsonBody(ctx);
    const changes: Partial<Application> = {};
    if (body && applyProperties(ctx, changes, body)) {
      Object.assign(app, changes);
      ctx.res.writeHead(204);
      ctx.res.end();
    }
  }
  return true;
}
