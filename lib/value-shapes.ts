// The shapes of the values, as plain patterns: shared by the zod schemas (credentials.ts) and by the
// in-page code, which stays free of zod to keep what is injected into pages small.
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Today's client secret values: 40 characters with "Q~" after a digit (Microsoft SEC101/156). */
export const CURRENT_SECRET = /^[A-Za-z0-9_.~-]{3}\dQ~[A-Za-z0-9_.~-]{31,34}$/;

/** A DNS name such as contoso.com or contoso.onmicrosoft.com. */
export const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export const isGuid = (value: string) => GUID.test(value.trim());

/** The first three characters and dots: the only form in which a secret is ever shown. */
export function maskSecret(valueOrHint: string): string {
  return `${valueOrHint.slice(0, 3)}${'•'.repeat(8)}`;
}
