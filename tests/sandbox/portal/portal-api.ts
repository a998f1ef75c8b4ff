// The JSON API behind the replica's pages (portal and reactblade hosts alike), under /_sandbox/api/.
// Every write goes through SandboxState, so the token endpoint and Graph see what the portal did.
import { graphAppRoles, graphDelegatedScopes } from '../graph-catalog';
import { parseJson, type RequestContext, sendJson } from '../http-kit';
import type { Application, ResourceAccess } from '../tenant-state';
import { applicationSummary, applicationView, graphCatalogView, sessionView } from './app-view';

export const API_PREFIX = '/_sandbox/api/';

const DAY_MS = 86_400_000;
/** The presets of the "Expires" dropdown; "Custom" sends an endDateTime instead. */
const EXPIRY_PRESETS_DAYS = [90, 180, 365, 545, 730];
const MAX_LIFETIME_DAYS = 730;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class BadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
    readonly code = 'BadRequest',
  ) {
    super(message);
  }
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BadRequest('The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

async function jsonBody(ctx: RequestContext): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await ctx.body();
  } catch {
    throw new BadRequest('The request body could not be read (at most 1 MB).', 413, 'PayloadTooLarge');
  }
  const parsed = parseJson(text);
  if (parsed === undefined) throw new BadRequest('The request body is not valid JSON.');
  return record(parsed);
}

function findApplication(ctx: RequestContext, key: string): Application {
  const { state } = ctx;
  if (!GUID.test(key)) throw new BadRequest(`'${key}' is not a valid object ID or application ID.`);
  const id = key.toLowerCase();
  const app = state.applications.find((a) => a.tenantId === state.portalTenantId && (a.id === id || a.appId === id));
  if (!app) throw new BadRequest(`No application with ID '${key}' exists in this directory.`, 404, 'NotFound');
  return app;
}

function registerApplication(ctx: RequestContext, body: Record<string, unknown>) {
  const name = typeof body.displayName === 'string' ? body.displayName.trim() : '';
  if (!name) throw new BadRequest('This field is required.');
  if (name.length > 120) throw new BadRequest('The name must be 120 characters or fewer.');
  const audience = body.signInAudience ?? 'AzureADMyOrg';
  if (audience !== 'AzureADMyOrg' && audience !== 'AzureADMultipleOrgs') {
    throw new BadRequest('Only organizational account types are available in this directory.');
  }
  const redirectUri = body.redirectUri;
  if (typeof redirectUri === 'string' && redirectUri !== '' && !/^https:\/\/|^http:\/\/localhost\b/.test(redirectUri)) {
    throw new BadRequest('The redirect URI must start with "HTTPS" or "http://localhost".');
  }
  const app = ctx.state.registerApplication(ctx.state.portalTenantId, name);
  app.signInAudience = audience;
  return applicationView(ctx.state, app);
}

function lifetimeOf(
  ctx: RequestContext,
  body: Record<string, unknown>,
): { startDateTime?: string; endDateTime: string } {
  const now = ctx.state.now();
  if (body.days !== undefined) {
    if (typeof body.days !== 'number' || !EXPIRY_PRESETS_DAYS.includes(body.days)) {
      throw new BadRequest(`'days' must be one of ${EXPIRY_PRESETS_DAYS.join(', ')}.`);
    }
    return { endDateTime: new Date(now + body.days * DAY_MS).toISOString() };
  }
  const end = typeof body.endDateTime === 'string' ? Date.parse(body.endDateTime) : Number.NaN;
  if (Number.isNaN(end)) throw new BadRequest("Either 'days' or a valid 'endDateTime' is required.");
  const start = typeof body.startDateTime === 'string' ? Date.parse(body.startDateTime) : now;
  if (Number.isNaN(start)) throw new BadRequest("'startDateTime' is not a valid date.");
  if (end <= now || end <= start) throw new BadRequest('The end date must be in the future and after the start date.');
  if (end - start > (MAX_LIFETIME_DAYS + 1) * DAY_MS) {
    throw new BadRequest('The end date cannot be more than 24 months after the start date.');
  }
  return { startDateTime: new Date(start).toISOString(), endDateTime: new Date(end).toISOString() };
}

function addPassword(ctx: RequestContext, app: Application, body: Record<string, unknown>) {
  const description = body.description ?? '';
  if (typeof description !== 'string' || description.length > 255) {
    throw new BadRequest("'description' must be a string of at most 255 characters.");
  }
  const credential = ctx.state.addPassword(app, { displayName: description.trim(), ...lifetimeOf(ctx, body) });
  const { keyId, displayName, hint, secretText, startDateTime, endDateTime } = credential;
  return { keyId, displayName, hint, secretText, startDateTime, endDateTime };
}

function parsePermission(value: unknown): ResourceAccess {
  const p = record(value);
  if (p.type !== 'Role' && p.type !== 'Scope') throw new BadRequest("A permission's 'type' must be 'Role' or 'Scope'.");
  const catalog = p.type === 'Role' ? graphAppRoles : graphDelegatedScopes;
  if (typeof p.id !== 'string' || !catalog.some((c) => c.id === p.id)) {
    throw new BadRequest(`'${String(p.id)}' is not a Microsoft Graph permission of type ${p.type}.`);
  }
  return { id: p.id, type: p.type };
}

function addPermissions(ctx: RequestContext, app: Application, body: Record<string, unknown>) {
  const list = body.permissions;
  if (!Array.isArray(list) || list.length === 0 || list.length > 200) {
    throw new BadRequest("'permissions' must be a non-empty array.");
  }
  ctx.state.addGraphPermissions(app, list.map(parsePermission));
  return applicationView(ctx.state, app);
}

function grantConsent(ctx: RequestContext, app: Application) {
  if (!ctx.state.portalAdminCanGrantConsent) {
    throw new BadRequest(
      'The signed-in user is not allowed to grant admin consent. ' +
        'Global Administrator or Privileged Role Administrator is required.',
      403,
      'Authorization_RequestDenied',
    );
  }
  ctx.state.grantAdminConsent(app);
  return applicationView(ctx.state, app);
}

async function dispatch(ctx: RequestContext, method: string, parts: string[]): Promise<unknown> {
  const [resource, key, sub, subKey, subKey2] = parts;
  if (resource === 'session' && parts.length === 1 && method === 'GET') return sessionView(ctx.state);
  if (resource === 'graph-permissions' && parts.length === 1 && method === 'GET') return graphCatalogView();
  if (resource !== 'applications') throw new BadRequest('Unknown API route.', 404, 'NotFound');
  if (key === undefined) {
    if (method === 'GET') {
      return ctx.state.applications.filter((a) => a.tenantId === ctx.state.portalTenantId).map(applicationSummary);
    }
    if (method === 'POST') return registerApplication(ctx, await jsonBody(ctx));
    throw new BadRequest('Method not allowed.', 405, 'MethodNotAllowed');
  }
  const app = findApplication(ctx, key);
  if (sub === undefined && method === 'GET') return applicationView(ctx.state, app);
  if (sub === 'passwords' && subKey === undefined && method === 'POST') {
    return addPassword(ctx, app, await jsonBody(ctx));
  }
  if (sub === 'passwords' && subKey !== undefined && parts.length === 4 && method === 'DELETE') {
    const before = app.passwordCredentials.length;
    app.passwordCredentials = app.passwordCredentials.filter((c) => c.keyId !== subKey);
    if (app.passwordCredentials.length === before) throw new BadRequest('No such client secret.', 404, 'NotFound');
    return applicationView(ctx.state, app);
  }
  if (sub === 'permissions' && subKey === undefined && method === 'POST') {
    return addPermissions(ctx, app, await jsonBody(ctx));
  }
  if (sub === 'permissions' && parts.length === 5 && method === 'DELETE') {
    ctx.state.removeGraphPermission(app, parsePermission({ type: subKey, id: subKey2 }));
    return applicationView(ctx.state, app);
  }
  if (sub === 'admin-consent' && parts.length === 3 && method === 'POST') return grantConsent(ctx, app);
  throw new BadRequest('Unknown API route.', 404, 'NotFound');
}

/**
 * Routes:
 *   GET    session                                  tenant, signed-in user, consent right
 *   GET    graph-permissions                        the Graph permission catalogue with descriptions
 *   GET    applications                             the tenant's applications
 *   POST   applications                             {displayName, signInAudience?, redirectUri?}
 *   GET    applications/:id                         one application (object ID or client ID)
 *   POST   applications/:id/passwords               {description?, days | startDateTime?+endDateTime} → secretText
 *   DELETE applications/:id/passwords/:keyId
 *   POST   applications/:id/permissions             {permissions: [{id, type: 'Role' | 'Scope'}]}
 *   DELETE applications/:id/permissions/:type/:id
 *   POST   applications/:id/admin-consent
 */
export async function handlePortalApi(ctx: RequestContext): Promise<void> {
  const method = ctx.req.method ?? 'GET';
  let parts: string[] = [];
  try {
    parts = ctx.url.pathname.slice(API_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
    const result = await dispatch(ctx, method, parts);
    sendJson(ctx.res, method === 'POST' && parts.length === 1 ? 201 : 200, result);
  } catch (error) {
    if (error instanceof BadRequest) {
      sendJson(ctx.res, error.status, { error: { code: error.code, message: error.message } });
      return;
    }
    if (error instanceof URIError) {
      sendJson(ctx.res, 400, { error: { code: 'BadRequest', message: 'Malformed URL.' } });
      return;
    }
    throw error;
  }
}
