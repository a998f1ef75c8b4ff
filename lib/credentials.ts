// What the three values look like, and how to tell them apart from the look-alikes admins paste by
// mistake (FACTS.md §4, §7). Types come from these schemas.
import { z } from 'zod';

import { CREDENTIAL_FIELDS } from './fields';
import { CURRENT_SECRET, DOMAIN, GUID } from './value-shapes';

/** Graph accepts 16–64 characters for secretText; older portal secrets used other alphabets. */
const OLDER_SECRET = /^[\x21-\x7e]{16,64}$/;

const guidOf = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}.`)
    .transform((v) => v.replace(/^\{|\}$/g, ''))
    .refine((v) => GUID.test(v), `The ${what} is a GUID like 1a2b3c4d-1234-5678-9abc-1a2b3c4d5e6f.`)
    .transform((v) => v.toLowerCase());

export const TenantId = z
  .string()
  .trim()
  .refine(
    (v) => !DOMAIN.test(v) || GUID.test(v),
    'That is a domain name. idemeum needs the Directory (tenant) ID, the GUID shown on the app’s Overview page.',
  )
  .pipe(guidOf('Directory (tenant) ID'));
export type TenantId = z.infer<typeof TenantId>;

export const ClientId = guidOf('Application (client) ID');
export type ClientId = z.infer<typeof ClientId>;

export const ObjectId = guidOf('Object ID');

export const SecretValue = z
  .string()
  .trim()
  .min(1, 'Enter the client secret’s Value.')
  .refine(
    (v) => !GUID.test(v),
    'That is the Secret ID, not the secret. Copy the Value column instead (it is shown only right after the secret is created).',
  )
  .refine(
    (v) => CURRENT_SECRET.test(v) || OLDER_SECRET.test(v),
    'That does not look like a client secret value: it should be about 40 characters, like abc8Q~… .',
  );

/** A note for an accepted value of an older shape; undefined for today's format. */
export function secretShapeWarning(value: string): string | undefined {
  return CURRENT_SECRET.test(value.trim())
    ? undefined
    : 'This secret has an older format. It may still work; the check will tell.';
}

export const CredentialField = z.enum(CREDENTIAL_FIELDS);
export type CredentialField = z.infer<typeof CredentialField>;

export const fieldSchemas = { tenantId: TenantId, clientId: ClientId, secret: SecretValue } as const;

export type ValueCheck = { ok: true; value: string; warning?: string } | { ok: false; message: string };

/** Runs the field's schema and turns the first problem into one sentence. */
export function checkField(field: CredentialField, raw: string): ValueCheck {
  const result = fieldSchemas[field].safeParse(raw);
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? 'That value is not valid.' };
  const warning = field === 'secret' ? secretShapeWarning(result.data) : undefined;
  return warning ? { ok: true, value: result.data, warning } : { ok: true, value: result.data };
}
