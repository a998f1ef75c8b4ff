// What the three values look like, and how to tell them apart from the look-alikes admins paste by
// mistake (FACTS.md §4, §7). Types come from these schemas. The refusals are put into words when they are
// made (error functions), so they speak the catalog's language at that moment.
import { z } from 'zod';

import { CREDENTIAL_FIELDS } from './fields';
import { type MessageKey, t } from './i18n/t';
import { CURRENT_SECRET, DOMAIN, GUID } from './value-shapes';

/** Graph accepts 16–64 characters for secretText; older portal secrets used other alphabets. */
const OLDER_SECRET = /^[\x21-\x7e]{16,64}$/;

const say = (key: MessageKey) => ({ error: () => t(key) });

const guidOf = (empty: MessageKey, notGuid: MessageKey) =>
  z
    .string()
    .trim()
    .min(1, say(empty))
    .transform((v) => v.replace(/^\{|\}$/g, ''))
    .refine((v) => GUID.test(v), say(notGuid))
    .transform((v) => v.toLowerCase());

export const TenantId = z
  .string()
  .trim()
  .refine((v) => !DOMAIN.test(v) || GUID.test(v), say('credentials_tenant_is_domain'))
  .pipe(guidOf('credentials_enter_tenant_id', 'credentials_tenant_id_shape'));
export type TenantId = z.infer<typeof TenantId>;

export const ClientId = guidOf('credentials_enter_client_id', 'credentials_client_id_shape');
export type ClientId = z.infer<typeof ClientId>;

export const ObjectId = guidOf('credentials_enter_object_id', 'credentials_object_id_shape');

export const SecretValue = z
  .string()
  .trim()
  .min(1, say('credentials_enter_secret'))
  .refine((v) => !GUID.test(v), say('credentials_secret_is_secret_id'))
  .refine((v) => CURRENT_SECRET.test(v) || OLDER_SECRET.test(v), say('credentials_secret_shape'));

/** A note for an accepted value of an older shape; undefined for today's format. */
export function secretShapeWarning(value: string): string | undefined {
  return CURRENT_SECRET.test(value.trim()) ? undefined : t('credentials_secret_older_format');
}

export const CredentialField = z.enum(CREDENTIAL_FIELDS);
export type CredentialField = z.infer<typeof CredentialField>;

export const fieldSchemas = { tenantId: TenantId, clientId: ClientId, secret: SecretValue } as const;

export type ValueCheck = { ok: true; value: string; warning?: string } | { ok: false; message: string };

/** Runs the field's schema and turns the first problem into one sentence. */
export function checkField(field: CredentialField, raw: string): ValueCheck {
  const result = fieldSchemas[field].safeParse(raw);
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? t('credentials_invalid') };
  const warning = field === 'secret' ? secretShapeWarning(result.data) : undefined;
  return warning ? { ok: true, value: result.data, warning } : { ok: true, value: result.data };
}
