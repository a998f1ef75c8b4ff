// A scripted fetch for unit tests: each call is matched against routes in order and recorded.
export interface Route {
  match: (url: string, init?: RequestInit) => boolean;
  respond: (url: string, init?: RequestInit) => Response | Promise<Response>;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function fakeFetch(routes: Route[]) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const route = routes.find((r) => r.match(url, init));
    if (!route) throw new TypeError('Failed to fetch');
    return route.respond(url, init);
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** An unsigned token shaped like Entra's, with the given roles. */
export function fakeAccessToken(roles: string[]): string {
  return `${b64url({ alg: 'RS256' })}.${b64url(roles.length ? { roles, tid: 'x' } : { tid: 'x' })}.c2ln`;
}
