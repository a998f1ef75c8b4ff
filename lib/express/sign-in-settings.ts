// The organisation's own registration of the extension (a Single-page application) that admins sign in
// with for express setup: its client ID and the authority, as set in the options page.
import { z } from 'zod';
import { t } from '../i18n/t';
import { GUID } from '../value-shapes';

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

export const SignInClientId = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v === '' || GUID.test(v), { error: () => t('settings_bad_client_id') });

/** login.microsoftonline.com with one tenant segment: organizations, a tenant ID or a verified domain. */
export const SignInAuthority = z
  .string()
  .trim()
  .transform((v) => v.replace(/\/+$/, ''))
  .refine(
    (v) => /^https:\/\/login\.microsoftonline\.com\/(organizations|[0-9a-f-]{36}|[a-z0-9.-]+\.[a-z]{2,})$/i.test(v),
    { error: () => t('settings_bad_authority') },
  )
  .refine((v) => !/\/(common|consumers)$/i.test(v), { error: () => t('settings_personal_authority') });
