// The organisation's own registration of the extension (a Single-page application) that admins sign in
// with for express setup: its client ID and the authority, as set in the options page.
import { z } from 'zod';
import { GUID } from '../value-shapes';

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

export const SignInClientId = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (v) => v === '' || GUID.test(v),
    'The sign-in client ID is an Application (client) ID: 8-4-4-4-12 hex characters.',
  );

/** login.microsoftonline.com with one tenant segment: organizations, a tenant ID or a verified domain. */
export const SignInAuthority = z
  .string()
  .trim()
  .transform((v) => v.replace(/\/+$/, ''))
  .refine(
    (v) => /^https:\/\/login\.microsoftonline\.com\/(organizations|[0-9a-f-]{36}|[a-z0-9.-]+\.[a-z]{2,})$/i.test(v),
    'The authority is https://login.microsoftonline.com/ followed by organizations, a tenant ID or a domain.',
  )
  .refine((v) => !/\/(common|consumers)$/i.test(v), 'Use organizations or a tenant: personal accounts cannot do this.');
