// When to remind an admin of an expiring client secret: 30, 14 and 7 days before, and on the day
// (an expired secret silently breaks the integration: FACTS.md §7).
import { plural, t } from '../i18n/t';

export const DAY = 86_400_000;

/** The options page opened on the customers that need attention. */
export const ATTENTION_HASH = '#needs-attention';
export const ATTENTION_PAGE = `/options.html${ATTENTION_HASH}` as const;

export const REMINDERS = [
  { kind: '30d', daysBefore: 30 },
  { kind: '14d', daysBefore: 14 },
  { kind: '7d', daysBefore: 7 },
  { kind: 'day', daysBefore: 0 },
] as const;
export type ReminderKind = (typeof REMINDERS)[number]['kind'];

/** The moments of the four reminders; "on the day" is the start of the expiry's day (UTC). */
export function reminderSchedule(expiresAt: string): { kind: ReminderKind; at: number }[] {
  const end = Date.parse(expiresAt);
  if (!Number.isFinite(end)) return [];
  const dayStart = end - (end % DAY);
  return REMINDERS.map((r) => ({ kind: r.kind, at: r.daysBefore === 0 ? dayStart : end - r.daysBefore * DAY }));
}

export const reminderKey = (expiresAt: string, kind: ReminderKind) => `${expiresAt}|${kind}`;

/**
 * The one reminder to show now, if any: the most urgent one that is due and not yet shown. Earlier ones
 * that were missed (browser closed) are not shown as well: one notification says it all.
 */
export function dueReminder(
  expiresAt: string | undefined,
  sent: readonly string[],
  now: number,
): ReminderKind | undefined {
  if (!expiresAt) return undefined;
  const due = reminderSchedule(expiresAt).filter((r) => r.at <= now);
  const latest = due.at(-1);
  if (!latest || sent.includes(reminderKey(expiresAt, latest.kind))) return undefined;
  // Long after expiry there is nothing to remind of any more: the badge still says it.
  if (now > Date.parse(expiresAt) + 7 * DAY) return undefined;
  return latest.kind;
}

/** The next moment a reminder becomes due, to set the alarm. */
export function nextReminderAt(
  expiresAt: string | undefined,
  sent: readonly string[],
  now: number,
): number | undefined {
  if (!expiresAt) return undefined;
  return reminderSchedule(expiresAt)
    .filter((r) => r.at > now && !sent.includes(reminderKey(expiresAt, r.kind)))
    .map((r) => r.at)
    .sort((a, b) => a - b)[0];
}

export function daysLeft(expiresAt: string, now: number): number {
  return Math.floor((Date.parse(expiresAt) - now) / DAY);
}

/** A profile needs attention within 30 days of expiry, and after. */
export function needsAttention(expiresAt: string | undefined, now: number): boolean {
  return !!expiresAt && daysLeft(expiresAt, now) < 30;
}

export function reminderText(kind: ReminderKind, label: string, expiresAt: string, now: number): string {
  const days = daysLeft(expiresAt, now);
  if (days < 0) return t('reminder_expired', { label });
  if (kind === 'day' || days === 0) return t('reminder_today', { label });
  return plural('reminder_expires', days, { label });
}

/** One notification for a whole reminder run: the one customer in full, or how many and how soon. */
export function reminderSummary(
  due: readonly { kind: ReminderKind; label: string; expiresAt: string }[],
  now: number,
): string {
  const [only] = due;
  if (due.length === 1 && only) return reminderText(only.kind, only.label, only.expiresAt, now);
  const days = due.map((d) => daysLeft(d.expiresAt, now));
  const expired = days.filter((d) => d < 0).length;
  const expiring = days.filter((d) => d >= 0);
  const within = Math.max(...expiring, 0);
  const expiredWords = plural('reminder_list_expired', expired);
  const expiringWords =
    within === 0
      ? plural('reminder_list_expiring_today', expiring.length)
      : plural('reminder_list_expiring_within', expiring.length, { days: within + 1 });
  if (expired && expiring.length) return t('reminder_summary_both', { expired: expiredWords, expiring: expiringWords });
  return t('reminder_summary', { what: expired ? expiredWords : expiringWords });
}

/** How many of the customers needing attention the popup receives and shows; the options page lists all. */
const ATTENTION_SHOWN = 50;

export interface AttentionEntry {
  id: string;
  label: string;
  expiresAt: string;
  daysLeft: number;
  rotating: boolean;
}

/** Every profile whose secret expires within 30 days or has expired, the most urgent first. */
export function attentionList(
  profiles: readonly { id: string; label: string; secretExpiresAt?: string; rotation?: object }[],
  now: number,
): AttentionEntry[] {
  // Each date parsed once: with 2,000 customers this runs on every popup open.
  const due: { entry: AttentionEntry; at: number }[] = [];
  for (const p of profiles) {
    const at = p.secretExpiresAt ? Date.parse(p.secretExpiresAt) : Number.NaN;
    if (!p.secretExpiresAt || Number.isNaN(at)) continue;
    const days = Math.floor((at - now) / DAY);
    if (days >= 30) continue;
    due.push({
      at,
      entry: { id: p.id, label: p.label, expiresAt: p.secretExpiresAt, daysLeft: days, rotating: !!p.rotation },
    });
  }
  return due.sort((a, b) => a.at - b.at || a.entry.label.localeCompare(b.entry.label)).map((d) => d.entry);
}

/** What the popup receives: the most urgent few and how many there are, the same size with 1 or 2,000. */
export function attentionSummary(
  profiles: Parameters<typeof attentionList>[0],
  now: number,
): { shown: AttentionEntry[]; count: number } {
  const all = attentionList(profiles, now);
  return { shown: all.slice(0, ATTENTION_SHOWN), count: all.length };
}
