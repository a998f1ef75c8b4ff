// What idemeum's backend does with the three pasted values: a client-credentials token request to the
// directory (in-process here), as FACTS.md §5 describes it.
import { redeemClientCredentials } from '../entra/login';
import type { SandboxState, Tenant } from '../tenant-state';

export interface EntraCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export type CredentialCheck =
  | { ok: true; tenant: Tenant }
  | { ok: false; message: string; error: string; errorCodes: number[] };

const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/** The first line of Microsoft's error_description, without the trace and correlation ids. */
export function firstLineOf(description: string): string {
  const line = description.split(/\r?\n/)[0] ?? '';
  const trace = line.indexOf(' Trace ID:');
  return (trace >= 0 ? line.slice(0, trace) : line).trim();
}

export async function checkEntraCredentials(
  state: SandboxState,
  credentials: EntraCredentials,
): Promise<CredentialCheck> {
  const result = await redeemClientCredentials(state, credentials.tenantId, {
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    scope: GRAPH_DEFAULT_SCOPE,
    grant_type: 'client_credentials',
  });
  const tenant = state.tenantByIdOrDomain(credentials.tenantId);
  if (result.status === 200 && typeof result.body.access_token === 'string' && tenant) return { ok: true, tenant };
  const description = typeof result.body.error_description === 'string' ? result.body.error_description : '';
  const codes = Array.isArray(result.body.error_codes) ? result.body.error_codes : [];
  return {
    ok: false,
    message: firstLineOf(description) || `Microsoft Entra ID answered with status ${result.status}.`,
    error: typeof result.body.error === 'string' ? result.body.error : 'unknown_error',
    errorCodes: codes.filter((c): c is number => typeof c === 'number'),
  };
}

/** Domains where idemeum may provision accounts: managed (custom or onmicrosoft.com), never federated. */
export function managedDomains(tenant: Tenant): Tenant['domains'] {
  return tenant.domains.filter((d) => d.type === 'Managed');
}

export function initialDomain(tenant: Tenant): string {
  return (tenant.domains.find((d) => d.isInitial) ?? tenant.domains[0])?.name ?? '';
}
