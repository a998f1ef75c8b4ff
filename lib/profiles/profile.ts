// A customer profile: one setup per Entra tenant, kept across sessions. Never the secret itself, only
// its hint and expiry (DESIGN.md).
import { z } from 'zod';

const shortId = z.string().min(1).max(64);
const iso = z
  .string()
  .max(40)
  .refine((v) => Number.isFinite(Date.parse(v)), 'a date');

export const ProfileSummary = z.strictObject({
  id: shortId,
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

export const Profile = ProfileSummary.extend({
  /** A rotation in progress: the secret being replaced, to delete in the portal once idemeum uses the new one. */
  rotation: z
    .strictObject({ startedAt: z.number(), oldHint: z.string().max(3).optional(), oldExpiresAt: iso.optional() })
    .optional(),
  /** Reminders already shown, as "<expiry>|<kind>", so that each is shown once per secret. */
  remindersSent: z.array(z.string().max(80)).max(50).default([]),
});
export type Profile = z.infer<typeof Profile>;

export const Profiles = z.object({ activeId: shortId, list: z.array(Profile).min(1) });
export type Profiles = z.infer<typeof Profiles>;

export const EXPORT_FORMAT = 'idemeum-entra-assist/profiles@1';

/** The export file: summaries only; strict, so a file carrying anything else (a secret) is refused. */
export const ProfilesExport = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.string().max(40),
  profiles: z.array(ProfileSummary).max(500),
});
export type ProfilesExport = z.infer<typeof ProfilesExport>;

export function toExport(list: Profile[], now: number): ProfilesExport {
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date(now).toISOString(),
    profiles: list.map(({ rotation: _r, remindersSent: _s, ...summary }) => summary),
  };
}

export type ImportResult =
  | { ok: true; profiles: Profile[]; added: number; updated: number }
  | { ok: false; error: string };

/** Validates a file's text and merges it into `current`: same id or same tenant + client updates, others are added. */
export function importProfiles(text: string, current: Profile[]): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Nothing was imported.' };
  }
  const parsed = ProfilesExport.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      error: `This is not a profiles file of this extension (${issue?.message ?? 'invalid'}${where}). Nothing was imported.`,
    };
  }
  const merged = [...current];
  let added = 0;
  let updated = 0;
  for (const incoming of parsed.data.profiles) {
    const index = merged.findIndex(
      (p) =>
        p.id === incoming.id || (!!p.tenantId && p.tenantId === incoming.tenantId && p.clientId === incoming.clientId),
    );
    const existing = merged[index];
    if (existing) {
      merged[index] = { ...existing, ...incoming, id: existing.id };
      updated++;
    } else {
      merged.push({ ...incoming, remindersSent: [] });
      added++;
    }
  }
  return { ok: true, profiles: merged, added, updated };
}
