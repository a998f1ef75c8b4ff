// Everything that can go wrong while checking, as data; diagnosis.ts turns it into words.
import { z } from 'zod';

export const Problem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('aadsts'), code: z.number(), error: z.string(), description: z.string() }),
  z.object({ kind: z.literal('offline') }),
  z.object({ kind: z.literal('timeout') }),
  z.object({ kind: z.literal('throttled'), retryAfterSeconds: z.number() }),
  z.object({ kind: z.literal('graph'), status: z.number(), code: z.string(), message: z.string() }),
  z.object({ kind: z.literal('unexpected'), status: z.number().optional(), message: z.string() }),
]);
export type Problem = z.infer<typeof Problem>;

/** fetch with a deadline; network failures become Problems instead of exceptions. */
export async function fetchWithDeadline(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<{ ok: true; response: Response } | { ok: false; problem: Problem }> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
  try {
    return { ok: true, response: await fetchImpl(url, { ...init, signal }) };
  } catch (error) {
    if (deadline.aborted) return { ok: false, problem: { kind: 'timeout' } };
    if (init.signal?.aborted) throw error;
    return { ok: false, problem: { kind: 'offline' } };
  }
}
