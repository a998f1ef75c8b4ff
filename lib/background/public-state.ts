// The one view of the state that pages and content scripts receive: the secret only ever masked.
import { z } from 'zod';
import { CheckResult } from '../entra/check-result';
import { reviewPermissions } from '../playbook/portal-permissions';
import { CustomerEntry, Profile } from '../profiles/profile';
import { attentionSummary } from '../profiles/reminders';
import { toEntry } from '../profiles/search';
import { IdemeumProgress, read, Settings } from '../store';
import { maskSecret } from '../value-shapes';
import { listOf } from './profile-book';
import { readBook } from './profiles';
import { tabRoute } from './tab-routes';

export const PublicState = z.object({
  credentials: z.object({
    tenantId: z.string().optional(),
    clientId: z.string().optional(),
    secret: z.object({ masked: z.string(), expiresAt: z.string().optional() }).optional(),
  }),
  check: z.object({ running: z.boolean(), result: CheckResult.optional(), nextRecheckAt: z.number().optional() }),
  idemeum: IdemeumProgress.optional(),
  settings: Settings.optional(),
  /** Not the whole list: what the popup shows of customers stays the same size with 1 or 2,000 of them. */
  profiles: z
    .object({
      activeId: z.string(),
      active: Profile.optional(),
      count: z.number(),
      /** The customers used last, for the picker before anything is typed. */
      recent: z.array(CustomerEntry),
      /** The customers whose secret expires within 30 days or has expired: the most urgent few, and how many. */
      attention: z.object({
        shown: z.array(
          z.object({
            id: z.string(),
            label: z.string(),
            expiresAt: z.string(),
            daysLeft: z.number(),
            rotating: z.boolean(),
          }),
        ),
        count: z.number(),
      }),
    })
    .optional(),
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
export type CustomersState = NonNullable<PublicState['profiles']>;

/** `tabId`: a portal frame's tab, whose own route it gets (undefined until that tab's top frame reported). */
export async function readPublicState(tabId?: number): Promise<PublicState> {
  const [credentials, secret, check, portal, idemeum, settings, book, route] = await Promise.all([
    read('credentials'),
    read('secret'),
    read('check'),
    read('portal'),
    read('idemeum'),
    read('settings'),
    readBook(),
    tabRoute(tabId),
  ]);
  const { activeId, recent } = book.index;
  const profiles: CustomersState = {
    activeId,
    active: book.byId.get(activeId),
    count: book.ids.length,
    recent: recent.flatMap((id) => {
      const p = book.byId.get(id);
      return p ? [toEntry(p)] : [];
    }),
    attention: attentionSummary(listOf(book), Date.now()),
  };
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
      route: tabId === undefined ? portal?.route : route,
      seenAt: portal?.seenAt,
      language: portal?.language,
      otherTenant: portal?.otherTenant?.tenantId,
      review: portal?.permissions ? reviewPermissions(portal.permissions) : undefined,
    },
  };
}
