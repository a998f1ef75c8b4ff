// The toolbar badge: the state at a glance.
import { browser } from 'wxt/browser';
import { attentionList } from '../profiles/reminders';
import { type CheckRecord, read } from '../store';
import { readProfiles } from './profiles';

export function badgeFor(record: CheckRecord | undefined): { text: string; color: string; title: string } {
  const result = record?.result;
  if (record?.runningSince !== undefined)
    return { text: '…', color: '#605e5c', title: 'Checking the app registration…' };
  if (!result) return { text: '', color: '#605e5c', title: 'idemeum setup assistant' };
  const granted = result.permissions.filter((p) => p.status === 'granted').length;
  switch (result.verdict) {
    case 'passed':
      return { text: '12', color: '#107c10', title: 'All 12 permissions granted: ready for idemeum.' };
    case 'propagating':
      return { text: `${granted}…`, color: '#8a6d00', title: 'Waiting for Microsoft to apply admin consent.' };
    case 'incomplete':
      return { text: String(granted), color: '#c75000', title: `${granted} of 12 permissions granted.` };
    case 'failed':
      return { text: '!', color: '#a4262c', title: result.diagnosis?.title ?? 'The check failed.' };
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
      ? `The client secret for ${soonest.label} has expired.`
      : `The client secret for ${soonest.label} expires in ${soonest.daysLeft} days.`,
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
