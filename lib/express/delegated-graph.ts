// Graph with the signed-in admin's delegated token: every call asks for a current token first (msal
// answers from memory, or refreshes it), and answers are parsed with the caller's schema.
import type { z } from 'zod';
import { type GraphDeps, type GraphOutcome, graphRequest } from '../entra/graph';
import { t } from '../i18n/t';

export type Method = 'GET' | 'POST' | 'PATCH';

export interface DelegatedGraph {
  call: (method: Method, path: string, body?: unknown) => Promise<GraphOutcome<unknown>>;
}

/** A token that cannot be had (signed out, expired, offline) answers like Graph's 401, with msal's words. */
export function delegatedGraph(accessToken: () => Promise<string>, deps: GraphDeps): DelegatedGraph {
  return {
    call: async (method, path, body) => {
      let token: string;
      try {
        token = await accessToken();
      } catch (error) {
        const message = error instanceof Error ? error.message : t('graph_no_token');
        return { ok: false, problem: { kind: 'graph', status: 401, code: 'SignInRequired', message } };
      }
      return graphRequest(method, path, token, deps, body);
    },
  };
}

/** A successful answer read with a schema; an unreadable one becomes an `unexpected` problem. */
export function parsed<T>(outcome: GraphOutcome<unknown>, schema: z.ZodType<T>): GraphOutcome<T> {
  if (!outcome.ok) return outcome;
  const result = schema.safeParse(outcome.data);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, problem: { kind: 'unexpected', message: t('graph_unknown_shape') } };
}
