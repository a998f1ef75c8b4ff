// The toolbar badge: the state at a glance.
import { browser } from 'wxt/browser';
import type { CheckRecord } from '../store';

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

export async function showBadge(record: CheckRecord | undefined): Promise<void> {
  const badge = badgeFor(record);
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: badge.title });
}
