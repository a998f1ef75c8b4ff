// The one view of the state that pages and content scripts receive: the secret only ever masked.
import { z } from 'zod';
import { CheckResult } from '../entra/check-result';
import { reviewPermissions } from '../playbook/portal-permissions';
import { Profile } from '../profiles/profile';
import { IdemeumProgress, read, Settings } from '../store';
import { maskSecret } from '../value-shapes';

export const PublicState = z.object({
  credentials: z.object({
    tenantId: z.string().optional(),
    clientId: z.string().optional(),
    secret: z.object({ masked: z.string(), expiresAt: z.string().optional() }).optional(),
  }),
  check: z.object({ running: z.boolean(), result: CheckResult.optional(), nextRecheckAt: z.number().optional() }),
  idemeum: IdemeumProgress.optional(),
  settings: Settings.optional(),
  profiles: z.object({ activeId: z.string(), list: z.array(Profile) }).optional(),
  portal: z.object({
    route: z.string().optional(),
    seenAt: z.number().optional(),
    language: z.object({ code: z.string().nullable(), known: z.boolean() }).optional(),
    /** The tenant ID of another tenant's app the portal showed: the admin is offered a new profile. */
    otherTenant: z.string().optional(),
    /** What the API permissions page showed, reviewed: Delegated instead of Application, missing, extras. */
    review: z
      .object({
        delegatedInstead: z.array(z.string()),
        missing: z.array(z.string()),
        notGranted: z.array(z.string()),
        extras: z.array(z.string()),
      })
      .optional(),
  }),
});
export type PublicState = z.infer<typeof PublicState>;

export async function readPublicState(): Promise<PublicState> {
  const [credentials, secret, check, portal, idemeum, settings, profiles] = await Promise.all([
    read('credentials'),
    read('secret'),
    read('check'),
    read('portal'),
    read('idemeum'),
    read('settings'),
    read('profiles'),
  ]);
  return {
    credentials: {
      tenantId: credentials?.tenantId,
      clientId: credentials?.clientId,
      secret: secret ? { masked: maskSecret(secret.value), expiresAt: credentials?.secretExpiresAt } : undefined,
    },
    idemeum,
    settings,
    profiles,
    check: { running: check?.runningSince !== undefined, result: check?.result, nextRecheckAt: check?.nextRecheckAt },
    portal: {
      route: portal?.route,
      seenAt: portal?.seenAt,
      language: portal?.language,
      otherTenant: portal?.otherTenant?.tenantId,
      review: portal?.permissions ? reviewPermissions(portal.permissions) : undefined,
    },
  };
}
