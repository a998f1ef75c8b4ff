// Entra's error body on login.microsoftonline.com ({error, error_description "AADSTS…: text Trace ID: …",
// error_codes, …}) and the tenant segment of its URLs, shared by the token, authorize and discovery endpoints.
import { randomUUID } from 'node:crypto';
import type { SandboxState, Tenant } from '../tenant-state';

export interface TokenResult {
  status: number;
  body: Record<string, unknown>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export const isGuid = (value: string) => GUID.test(value);

export function failure(status: number, error: string, code: number, text: string): TokenResult {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
  };
}

/**
 * The tenant a URL's first segment names: a tenant ID or verified domain. `organizations` and `common` stand for
 * the tenant the user signs in to, which in the sandbox is the portal's; callers that refuse them check first.
 */
export function tenantOfSegment(state: SandboxState, segment: string): { tenant: Tenant } | { error: TokenResult } {
  const key = segment.toLowerCase();
  if (key === 'organizations' || key === 'common') {
    const tenant = state.tenants.get(state.portalTenantId);
    if (tenant) return { tenant };
  }
  if (!GUID.test(key) && !DOMAIN.test(key)) {
    return {
      error: failure(
        400,
        'invalid_request',
        900023,
        `Specified tenant identifier '${segment}' is neither a valid DNS name, nor a valid external domain.`,
      ),
    };
  }
  const tenant = state.tenantByIdOrDomain(key);
  if (tenant) return { tenant };
  return {
    error: failure(
      400,
      'invalid_tenant',
      90002,
      `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    ),
  };
}
