// What the Graph handlers share: Graph's error body and common errors, $select, @odata.context, JSON bodies,
// delegated permission checks and the appRoleAssignment shape.
import { randomUUID } from 'node:crypto';
import { parseJson, type RequestContext, sendJson } from '../http-kit';
import type { SandboxState } from '../tenant-state';
import type { UserToken } from './tokens';

export function graphError(
  ctx: RequestContext,
  status: number,
  code: string,
  message: string,
  extra: { headers?: Record<string, string>; details?: { code: string; message: string; target?: string }[] } = {},
) {
  sendJson(
    ctx.res,
    status,
    {
      error: {
        code,
        message,
        ...(extra.details ? { details: extra.details } : {}),
        innerError: { date: new Date().toISOString(), 'request-id': randomUUID(), 'client-request-id': randomUUID() },
      },
    },
    extra.headers,
  );
}

export function selectFields<T extends object>(item: T, select: string | null): Partial<T> {
  if (!select) return item;
  const keys = select.split(',').map((s) => s.trim());
  return Object.fromEntries(Object.entries(item).filter(([k]) => keys.includes(k))) as Partial<T>;
}

export function appRoleAssignmentView(state: SandboxState, principalId: string) {
  return state.appRoleAssignments
    .filter((a) => a.principalId === principalId)
    .map(({ effectiveAt: _hidden, ...a }) => ({ ...a, principalType: 'ServicePrincipal', deletedDateTime: null }));
}

/** A delegated token needs one of these permissions in `scp`. */
export function requireScope(ctx: RequestContext, token: UserToken, anyOf: string[]): boolean {
  if (token.scopes.some((s) => anyOf.includes(s))) return true;
  graphError(ctx, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  return false;
}

export function resourceNotFound(ctx: RequestContext, id: string): void {
  graphError(
    ctx,
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

export function methodNotAllowed(ctx: RequestContext): void {
  graphError(ctx, 405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request uri.');
}

/** The request's JSON object, or undefined once a 400 has been sent. */
export async function jsonBody(ctx: RequestContext): Promise<Record<string, unknown> | undefined> {
  const parsed = parseJson(await ctx.body());
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  graphError(
    ctx,
    400,
    'BadRequest',
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  );
  return undefined;
}

export function invalidProperty(ctx: RequestContext, property: string, resource: string): void {
  graphError(
    ctx,
    400,
    'Request_BadRequest',
    `Invalid value specified for property '${property}' of resource '${resource}'.`,
  );
}

/** `@odata.context` of a collection or entity, naming the $select fields as Graph does. */
export function odataContext(entitySet: string, select: string | null, entity = false): string {
  const fields = select ? `(${select})` : '';
  return `https://graph.microsoft.com/v1.0/$metadata#${entitySet}${fields}${entity ? '/$entity' : ''}`;
}

/** `GET /v1.0/organization`, the same for app and delegated tokens once their permission is checked. */
export function sendOrganization(ctx: RequestContext, tenantId: string): void {
  const tenant = ctx.state.tenants.get(tenantId);
  if (!tenant) {
    graphError(ctx, 404, 'Request_ResourceNotFound', 'Tenant not found.');
    return;
  }
  const org = {
    id: tenant.id,
    displayName: tenant.displayName,
    verifiedDomains: tenant.domains.map((d) => ({ ...d, capabilities: 'Email, OfficeCommunicationsOnline' })),
  };
  sendJson(ctx.res, 200, {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#organization',
    value: [selectFields(org, ctx.url.searchParams.get('$select'))],
  });
}

/** Delegated permissions that let a user read, or write, applications and service principals. */
export const APPLICATION_READ_SCOPES = [
  'Application.Read.All',
  'Application.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'Directory.AccessAsUser.All',
];
export const APPLICATION_WRITE_SCOPES = ['Application.ReadWrite.All', 'Directory.AccessAsUser.All'];
