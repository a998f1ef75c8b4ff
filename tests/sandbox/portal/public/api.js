// The replica's JSON API on the page's own origin (see portal-api.ts).
export async function api(method, path, body) {
  const response = await fetch(`/_sandbox/api/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new Error(data?.error?.message ?? `The request failed (${response.status}).`);
  return data;
}
