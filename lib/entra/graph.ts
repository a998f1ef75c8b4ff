// Graph calls (the app's own token for the check, an admin's delegated token for express setup), honouring
// 429 Retry-After (FACTS.md §5).
import { fetchWithDeadline, type Problem } from './problems';

export const GRAPH_TIMEOUT_MS = 15_000;
const MAX_THROTTLE_RETRIES = 3;
const MAX_RETRY_AFTER_SECONDS = 60;

export interface GraphDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  signal?: AbortSignal;
  /** Called before each HTTP request, for request counting. */
  onRequest?: () => void;
}

export type GraphOutcome<T> = { ok: true; data: T } | { ok: false; problem: Problem };

function retryAfterSeconds(header: string | null): number {
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, MAX_RETRY_AFTER_SECONDS);
  const date = header ? Date.parse(header) : Number.NaN;
  if (Number.isFinite(date)) return Math.min(Math.max(0, (date - Date.now()) / 1000), MAX_RETRY_AFTER_SECONDS);
  return 5;
}

export function graphGet(path: string, accessToken: string, deps: GraphDeps): Promise<GraphOutcome<unknown>> {
  return graphRequest('GET', path, accessToken, deps);
}

/** One Graph call; a JSON body is sent for writes, and a 204 answers `data: undefined`. */
export async function graphRequest(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  accessToken: string,
  deps: GraphDeps,
  body?: unknown,
): Promise<GraphOutcome<unknown>> {
  for (let attempt = 0; ; attempt++) {
    deps.onRequest?.();
    const sent = await fetchWithDeadline(
      deps.fetch,
      `https://graph.microsoft.com${path}`,
      {
        method,
        headers: {
          authorization: `Bearer ${accessToken}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
        signal: deps.signal,
      },
      GRAPH_TIMEOUT_MS,
    );
    if (!sent.ok) return sent;
    const { response } = sent;
    if (response.status === 429) {
      const wait = retryAfterSeconds(response.headers.get('retry-after'));
      if (attempt >= MAX_THROTTLE_RETRIES)
        return { ok: false, problem: { kind: 'throttled', retryAfterSeconds: wait } };
      await deps.sleep(wait * 1000);
      continue;
    }
    if (response.status === 204) return { ok: true, data: undefined };
    const json: unknown = await response.json().catch(() => undefined);
    if (response.ok) return { ok: true, data: json };
    const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    return {
      ok: false,
      problem: {
        kind: 'graph',
        status: response.status,
        code: typeof error?.code === 'string' ? error.code : 'Unknown',
        message: typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
      },
    };
  }
}
