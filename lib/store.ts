// Storage items: the secret in storage.session only (trusted extension contexts, cleared when the browser
// closes), everything else in storage.local. Every read is parsed, so stale or foreign data is ignored.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { CheckResult } from './entra/check-result';
import { LegacyProfiles, Profile, ProfileId, ProfileIndex } from './profiles/profile';

export const Credentials = z.object({
  tenantId: z.string().optional(),
  clientId: z.string().optional(),
  /** Seen next to the client ID on Overview; kept to recognise it when pasted as the client ID. */
  objectId: z.string().optional(),
  secretHint: z.string().optional(),
  secretExpiresAt: z.string().optional(),
  updatedAt: z.number().optional(),
  /** When express setup made the app or its secret: Entra may refuse them for a minute or so. */
  createdAt: z.number().optional(),
});
export type Credentials = z.infer<typeof Credentials>;

export const SessionSecret = z.object({
  value: z.string(),
  capturedAt: z.number(),
  /** The last capture, check or fill that used it: the idle timer counts from here. */
  lastUsedAt: z.number().optional(),
});
export type SessionSecret = z.infer<typeof SessionSecret>;

export const CheckRecord = z.object({
  /** Set while a check runs; a worker that died mid-check leaves it, and the next start resumes. */
  runningSince: z.number().optional(),
  result: CheckResult.optional(),
  nextRecheckAt: z.number().optional(),
  /** While consent propagates: since when, and how many re-checks so far (for the backoff). */
  propagatingSince: z.number().optional(),
  propagationAttempt: z.number().optional(),
});
export type CheckRecord = z.infer<typeof CheckRecord>;

export const PortalContext = z.object({
  /** The route the portal tab in front last reported, and when (each tab's own: portalRoutes). */
  route: z.string().optional(),
  seenAt: z.number().optional(),
  /** When the page first showed all 12 application permissions as granted. */
  consentObservedAt: z.number().optional(),
  /** When the admin last pressed "Grant admin consent" or its confirmation (the guide saw the trusted click). */
  consentPressedAt: z.number().optional(),
  /** Since when the table lists all 12 but the extension cannot read whether they are granted. */
  statusUnreadSince: z.number().optional(),
  /** Microsoft Graph rows of "Configured permissions", as last read from the page (granted null: unreadable). */
  permissions: z
    .array(
      z.object({
        name: z.string(),
        type: z.enum(['Application', 'Delegated']),
        granted: z.boolean().nullable(),
        /** The status cell as read, tooltip included: a change while unreadable restarts the wait. */
        status: z.string().optional(),
      }),
    )
    .optional(),
  /** The portal's language as the guide detected it (`?l=`, or which wordings matched). */
  language: z.object({ code: z.string().nullable(), known: z.boolean() }).optional(),
  /** An app of another tenant than this profile's was seen on Overview: nothing of it is stored. */
  otherTenant: z.object({ tenantId: z.string(), at: z.number(), tabId: z.number().optional() }).optional(),
});
export type PortalContext = z.infer<typeof PortalContext>;

const ConsoleSaves = z.object({ userSourceSavedAt: z.number().optional(), jitSavedAt: z.number().optional() });

export const IdemeumProgress = z.object({
  /** The console host worked on last (never a path or query); the saves below are that console's. */
  host: z.string().optional(),
  userSourceSavedAt: z.number().optional(),
  jitSavedAt: z.number().optional(),
  /** Every console's saves by host: an admin may work on several consoles in any order. */
  consoles: z.record(z.string(), ConsoleSaves).optional(),
  lastFill: z
    .object({
      form: z.enum(['userSource', 'jit']),
      at: z.number(),
      filled: z.array(z.string()),
      problems: z.array(z.string()),
    })
    .optional(),
});
export type IdemeumProgress = z.infer<typeof IdemeumProgress>;

export const Settings = z.object({
  /** Forget the secret as soon as it was filled into idemeum (default: when the browser closes). */
  forgetSecretAfterFill: z.boolean().default(false),
  /** Forget the secret after this long without use. */
  secretIdleMinutes: z.number().int().min(5).max(1440).default(120),
  /** The organisation's sign-in client for express setup (see README); unset until an admin enters it. */
  signInClientId: z.string().optional(),
  signInAuthority: z.string().optional(),
});
export type Settings = z.infer<typeof Settings>;

/** The working state of a profile that is not the active one (the active one's lives in the items above). */
export const Workspace = z.object({
  credentials: Credentials.optional(),
  check: CheckRecord.optional(),
  idemeum: IdemeumProgress.optional(),
  portal: PortalContext.optional(),
});
export type Workspace = z.infer<typeof Workspace>;

export const DeletedProfiles = z.object({
  /** Each profile with where it stood in the list and its parked working state; never its secret. */
  entries: z.array(
    z.object({
      profile: Profile,
      position: z.number().int().nonnegative(),
      workspace: Workspace.optional(),
    }),
  ),
});

/** The directory each portal tab last showed an app's Overview in, by tab id: what its captures belong to. */
export const TabTenants = z.record(z.string(), z.string());

/** Which frame shows which guide step, so that only one describes a missing target. */
export const GuideFrames = z.record(z.string(), z.object({ stepId: z.string(), at: z.number() }));

/** Each portal tab's route as its top frame last reported it, keyed by tab id: tabs never share a route. */
export const PortalRoutes = z.record(z.string(), z.string());

export const items = {
  credentials: storage.defineItem<unknown>('local:credentials'),
  secret: storage.defineItem<unknown>('session:secret'),
  check: storage.defineItem<unknown>('local:check'),
  portal: storage.defineItem<unknown>('local:portal'),
  guideFrames: storage.defineItem<unknown>('session:guideFrames'),
  portalRoutes: storage.defineItem<unknown>('session:portalRoutes'),
  tabTenants: storage.defineItem<unknown>('session:tabTenants'),
  idemeum: storage.defineItem<unknown>('local:idemeum'),
  settings: storage.defineItem<unknown>('local:settings'),
  /** Every profile's id, in the order they were made: written only when one is added or removed. */
  profileIds: storage.defineItem<unknown>('local:profileIds'),
  /** The active profile, the recent ones and a revision: small, written with every profile change. */
  profileIndex: storage.defineItem<unknown>('local:profileIndex'),
  /** The layout before one key per profile: read once to migrate, then removed. */
  legacyProfiles: storage.defineItem<unknown>('local:profiles'),
  legacyWorkspaces: storage.defineItem<unknown>('local:workspaces'),
  /**
   * Secrets of the inactive profiles, as [id, secret] pairs: session storage too, never on disk. Pairs, not
   * an object keyed by id, so that an id such as "__proto__" is a key like any other.
   */
  parkedSecrets: storage.defineItem<unknown>('session:parkedSecrets'),
  /** The last deletion of profiles, for its undo (never a secret): gone when the browser closes. */
  deletedProfiles: storage.defineItem<unknown>('session:deletedProfiles'),
};

type ItemName = keyof typeof items;
const schemas = {
  credentials: Credentials,
  secret: SessionSecret,
  check: CheckRecord,
  portal: PortalContext,
  guideFrames: GuideFrames,
  portalRoutes: PortalRoutes,
  tabTenants: TabTenants,
  idemeum: IdemeumProgress,
  settings: Settings,
  profileIds: z.array(z.string()),
  profileIndex: ProfileIndex,
  legacyProfiles: LegacyProfiles,
  legacyWorkspaces: z.record(z.string(), Workspace),
  parkedSecrets: z.array(z.tuple([ProfileId, SessionSecret])),
  deletedProfiles: DeletedProfiles,
} as const;
type ValueOf<K extends ItemName> = z.infer<(typeof schemas)[K]>;

export async function read<K extends ItemName>(name: K): Promise<ValueOf<K> | undefined> {
  const parsed = schemas[name].safeParse(await items[name].getValue());
  return parsed.success ? (parsed.data as ValueOf<K>) : undefined;
}

async function store<K extends ItemName>(name: K, value: ValueOf<K> | undefined): Promise<void> {
  if (value === undefined) await items[name].removeValue();
  else await items[name].setValue(schemas[name].parse(value));
}

/**
 * Writes and updates of one item, one after another: an update that read the item before another write
 * landed would otherwise write the old value back over it.
 */
const pending = new Map<ItemName, Promise<unknown>>();

function inTurn<T>(name: ItemName, job: () => Promise<T>): Promise<T> {
  const run = (pending.get(name) ?? Promise.resolve()).then(job);
  pending.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

export function write<K extends ItemName>(name: K, value: ValueOf<K> | undefined): Promise<void> {
  return inTurn(name, () => store(name, value));
}

export function update<K extends ItemName>(
  name: K,
  change: (current: ValueOf<K> | undefined) => ValueOf<K> | undefined,
): Promise<ValueOf<K> | undefined> {
  return inTurn(name, async () => {
    const next = change(await read(name));
    await store(name, next);
    return next;
  });
}

/** One key per profile and one per parked workspace: changing one customer writes that customer only. */
export const profileKey = (id: string) => `local:profile:${id}` as const;
export const workspaceKey = (id: string) => `local:workspace:${id}` as const;
type RecordKey = ReturnType<typeof profileKey> | ReturnType<typeof workspaceKey>;

/** Reads one record per id at once; a record that is missing or does not parse is left out. */
async function readRecords<T>(ids: readonly string[], keyOf: (id: string) => RecordKey, schema: z.ZodType<T>) {
  const found = await storage.getItems(ids.map(keyOf));
  const records = new Map<string, T>();
  found.forEach(({ value }, i) => {
    const parsed = schema.safeParse(value);
    if (value !== null && parsed.success) records.set(ids[i] as string, parsed.data);
  });
  return records;
}

export const readProfileRecords = (ids: readonly string[]) => readRecords(ids, profileKey, Profile);
export const readWorkspaces = (ids: readonly string[]) => readRecords(ids, workspaceKey, Workspace);

export async function readWorkspace(id: string): Promise<Workspace | undefined> {
  return (await readWorkspaces([id])).get(id);
}

/** The inactive profiles' secrets, by profile id. */
export async function readParkedSecrets(): Promise<Map<string, SessionSecret>> {
  return new Map(await read('parkedSecrets'));
}

/**
 * Everything given in one storage write per area (then one removal): either all of it lands or none.
 * A null value empties that item within the same write (a read finds nothing there).
 */
export async function writeRecords(
  values: { key: RecordKey | `${'local' | 'session'}:${ItemName}`; value: unknown }[],
  removals: RecordKey[] = [],
): Promise<void> {
  if (values.length) await storage.setItems(values);
  if (removals.length) await storage.removeItems(removals);
}
