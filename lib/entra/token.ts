// The client-credentials token request (FACTS.md §5): always to the tenant's own endpoint, never /common.
import { z } from 'zod';
import { fetchWithDeadline, type Problem } from './problems';

export const TOKEN_TIMEOUT_MS = 15_000;

export function tokenEndpoint(tenantId: string): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;
}

const TokenSuccess = z.object({ access_token: z.string().min(1), expires_in: z.number().optional() });
const TokenFailure = z.object({
  error: z.string(),
  error_description: z.string().default(''),
  error_codes: z.array(z.number()).default([]),
});

export interface AppCredentials {
  tenantId: string;
  clientId: string;
  secret: string;
}

export type TokenOutcome = { ok: true; accessToken: string } | { ok: false; problem: Problem };

export async function requestAppToken(
  credentials: AppCredentials,
  fetchImpl: typeof fetch,
  signal?: AbortSignal,
): Promise<TokenOutcome> {
  const body = new URLSearchParams({
    client_id: credentials.clientId,
    client_secret: credentials.secret,
    scope: 'https://graph.microsoft.com/.default',
    grant_type: 'client_credentials',
  });
  const sent = await fetchWithDeadline(
    fetchImpl,
    tokenEndpoint(credentials.tenantId),
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      credentials: 'omit',
      cache: 'no-store',
      signal,
    },
    TOKEN_TIMEOUT_MS,
  );
  if (!sent.ok) return sent;
  const json: unknown = await sent.response.json().catch(() => undefined);
  if (sent.response.ok) {
    const success = TokenSuccess.safeParse(json);
    if (success.success) return { ok: true, accessToken: success.data.access_token };
  }
  const failure = TokenFailure.safeParse(json);
  if (failure.success) {
    const code = failure.data.error_codes[0] ?? Number(/AADSTS(\d+)/.exec(failure.data.error_description)?.[1] ?? 0);
    return {
      ok: false,
      problem: { kind: 'aadsts', code, error: failure.data.error, description: failure.data.error_description },
    };
  }
  return {
    ok: false,
    problem: {
      kind: 'unexpected',
      status: sent.response.status,
      message: 'The token endpoint gave an unreadable answer.',
    },
  };
}
