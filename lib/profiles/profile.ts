// A customer profile: one setup per Entra tenant, kept across sessions. Never the secret itself, only
// its hint and expiry (DESIGN.md).
import { z } from 'zod';
import { list } from '../i18n/format';
import { plural, t } from '../i18n/t';

/** Also part of storage keys and of element ids (aria-activedescendant): letters, digits, "-" and "_" only. */
export const ProfileId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** How many recently used customers the picker offers first. */
export const RECENT_KEPT = 10;
const iso = z
  .string()
  .max(40)
  .refine((v) => Number.isFinite(Date.parse(v)));

export const ProfileSummary = z.strictObject({
  id: ProfileId,
  label: z.string().trim().min(1).max(100),
  idemeumHost: z.string().max(253).optional(),
  tenantId: z.string().max(64).optional(),
  domain: z.string().max(253).optional(),
  clientId: z.string().max(64).optional(),
  appName: z.string().max(120).optional(),
  secretExpiresAt: iso.optional(),
  secretHint: z.string().max(3).optional(),
  lastCheck: z
    .strictObject({ verdict: z.enum(['passed', 'propagating', 'incomplete', 'failed']), at: z.number() })
    .optional(),
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

/** What the customer picker shows of a profile. */
export const CustomerEntry = ProfileSummary.pick({
  id: true,
  label: true,
  domain: true,
  tenantId: true,
  idemeumHost: true,
});
export type CustomerEntry = z.infer<typeof CustomerEntry>;

export const Profile = ProfileSummary.extend({
  /** A rotation in progress: the secret being replaced, to delete in the portal once idemeum uses the new one. */
  rotation: z
    .strictObject({ startedAt: z.number(), oldHint: z.string().max(3).optional(), oldExpiresAt: iso.optional() })
    .optional(),
  /** Reminders already shown, as "<expiry>|<kind>", so that each is shown once per secret. */
  remindersSent: z.array(z.string().max(80)).max(50).default([]),
});
export type Profile = z.infer<typeof Profile>;

/** The active profile and the ones used last (newest first): the small index written with every change. */
export const ProfileIndex = z.object({
  activeId: ProfileId,
  recent: z.array(ProfileId).max(RECENT_KEPT).default([]),
  /** Bumped with every profile write, so that a cached copy knows when it is stale. */
  rev: z.number().int().nonnegative().default(0),
});
export type ProfileIndex = z.infer<typeof ProfileIndex>;

/** The layout before one key per profile (all of them in one item), read once to migrate. */
export const LegacyProfiles = z.object({ activeId: ProfileId, list: z.array(Profile).min(1) });

export const EXPORT_FORMAT = 'idemeum-entra-assist/profiles@1';

/** The export file: summaries only, any number of them. */
export const ProfilesExport = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.string().max(40),
  profiles: z.array(ProfileSummary),
});
export type ProfilesExport = z.infer<typeof ProfilesExport>;

/** The envelope is checked as a whole; each profile in it on its own, so that one bad entry refuses only itself. */
const ImportEnvelope = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.string().max(40),
  profiles: z.array(z.unknown()),
});

export function toExport(list: Profile[], now: number): ProfilesExport {
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date(now).toISOString(),
    profiles: list.map(({ rotation: _r, remindersSent: _s, ...summary }) => summary),
  };
}

export interface Refusal {
  /** 1-based position in the file. */
  entry: number;
  label?: string;
  reason: string;
}

export type ImportResult =
  | { ok: true; changed: Profile[]; added: number; updated: number; refused: Refusal[] }
  | { ok: false; error: string };

/** What is wrong with a field, in words: the profile's only pattern is the id's, its only refinement the dates'. */
function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return t('profile_problem_empty');
    case 'too_big':
      return t('profile_problem_too_long', { max: Number(issue.maximum) });
    case 'invalid_format':
      return t('profile_problem_id');
    case 'custom':
      return t('profile_problem_date');
    default:
      return t('profile_problem_wrong');
  }
}

function refusalReason(issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code === 'unrecognized_keys')
    return t('profile_refused_keys', { keys: list(issue.keys.map((key) => t('profile_refused_key', { key }))) });
  if (!issue?.path.length) return t('profile_refused_not_profile');
  return t('profile_refused_field', { field: issue.path.join('.'), problem: problem(issue) });
}

/**
 * Validates a file's text and merges it into `current`: the same id (or else the same tenant + client)
 * updates that profile, any other is added. Returns only the profiles that changed.
 */
export function importProfiles(text: string, current: readonly Profile[]): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: t('profile_import_not_json') };
  }
  const parsed = ImportEnvelope.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.');
    return {
      ok: false,
      error: field ? t('profile_import_not_profiles_file_at', { field }) : t('profile_import_not_profiles_file'),
    };
  }
  const byId = new Map(current.map((p) => [p.id, p]));
  const byApp = new Map(current.filter((p) => p.tenantId).map((p) => [`${p.tenantId}|${p.clientId}`, p.id]));
  const changed = new Map<string, Profile>();
  const refused: Refusal[] = [];
  let added = 0;
  let updated = 0;
  parsed.data.profiles.forEach((raw, i) => {
    const entry = ProfileSummary.safeParse(raw);
    if (!entry.success) {
      const label = (raw as { label?: unknown } | null)?.label;
      refused.push({
        entry: i + 1,
        label: typeof label === 'string' ? label.slice(0, 100) : undefined,
        reason: refusalReason(entry.error.issues[0]),
      });
      return;
    }
    const incoming = entry.data;
    const id = byId.has(incoming.id)
      ? incoming.id
      : incoming.tenantId
        ? byApp.get(`${incoming.tenantId}|${incoming.clientId}`)
        : undefined;
    const existing = id === undefined ? undefined : byId.get(id);
    const next: Profile = existing ? { ...existing, ...incoming, id: existing.id } : { ...incoming, remindersSent: [] };
    if (existing) updated++;
    else added++;
    byId.set(next.id, next);
    if (next.tenantId) byApp.set(`${next.tenantId}|${next.clientId}`, next.id);
    changed.set(next.id, next);
  });
  return { ok: true, changed: [...changed.values()], added, updated, refused };
}

/** What an import did, in words: counts first, then the first few refusals with their reason. */
export function importSummary(result: { added: number; updated: number; refused: readonly Refusal[] }): string {
  const { added, updated, refused } = result;
  const counts = t('profile_import_counts', { added, updated, refused: refused.length });
  const shown = refused
    .slice(0, 5)
    .map(({ entry, label, reason }) =>
      label
        ? t('profile_import_entry_labelled', { entry, label, reason })
        : t('profile_import_entry', { entry, reason }),
    );
  const more = refused.length > 5 ? [plural('profile_import_more_refused', refused.length - 5)] : [];
  // Each sentence set after the last the way the language sets sentences side by side.
  return [...shown, ...more].reduce(
    (words, sentence) => t('two_sentences', { first: words, second: sentence }),
    counts,
  );
}
