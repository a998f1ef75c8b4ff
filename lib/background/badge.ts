// The toolbar badge: the state at a glance.
import { browser } from 'wxt/browser';
import { plural, t } from '../i18n/t';
import { attentionList } from '../profiles/reminders';
import { type CheckRecord, read } from '../store';
import { readProfiles } from './profiles';

export function badgeFor(record: CheckRecord | undefined): { text: string; color: string; title: string } {
  const result = record?.result;
  if (record?.runningSince !== undefined) return { text: '…', color: '#605e5c', title: t('badge_checking') };
  if (!result) return { text: '', color: '#605e5c', title: t('page_title_assistant') };
  const granted = result.permissions.filter((p) => p.status === 'granted').length;
  switch (result.verdict) {
    case 'passed':
      return { text: '12', color: '#107c10', title: t('badge_passed') };
    case 'propagating':
      return { text: `${granted}…`, color: '#8a6d00', title: t('badge_propagating') };
    case 'incomplete':
      return { text: String(granted), color: '#c75000', title: t('badge_incomplete', { granted }) };
    case 'failed':
      return { text: '!', color: '#a4262c', title: result.diagnosis?.title ?? t('badge_failed') };
  }
}

/** An expiring or expired secret in any profile outranks everything but a failed or running check. */
export function withAttention(
  badge: { text: string; color: string; title: string },
  soonest: { label: string; daysLeft: number } | undefined,
): { text: string; color: string; title: string } {
  if (!soonest || badge.text === '!' || badge.text === '…') return badge;
  const expired = soonest.daysLeft < 0;
  return {
    text: expired ? 'EXP' : `${soonest.daysLeft}d`,
    color: expired ? '#a4262c' : '#c75000',
    title: expired
      ? t('badge_secret_expired', { label: soonest.label })
      : plural('badge_secret_expires', soonest.daysLeft, { label: soonest.label }),
  };
}

export async function showBadge(record: CheckRecord | undefined): Promise<void> {
  const now = Date.now();
  const [soonest] = attentionList((await readProfiles()).list, now);
  const badge = withAttention(badgeFor(record), soonest);
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: badge.title });
}

/** After anything that may change a profile's expiry or the active check. */
export async function refreshBadge(): Promise<void> {
  await showBadge(await read('check'));
}
