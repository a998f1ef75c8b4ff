// Expiry reminders: one alarm for the next due reminder of any profile; a notification that opens the
// rotation when clicked.
import { browser } from 'wxt/browser';
import { appBladeLink } from '../portal-links';
import { dueReminder, nextReminderAt, reminderKey, reminderText } from '../profiles/reminders';
import { update } from '../store';
import { readProfiles, startRotation } from './profiles';

export const REMINDER_ALARM = 'reminders';
const NOTIFICATION_PREFIX = 'rotate:';

export async function runReminders(now: number): Promise<void> {
  const profiles = await readProfiles();
  for (const profile of profiles.list) {
    const expiresAt = profile.secretExpiresAt;
    const kind = dueReminder(expiresAt, profile.remindersSent, now);
    if (!kind || !expiresAt) continue;
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${profile.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'idemeum: client secret expiring',
      message: reminderText(kind, profile.label, expiresAt, now),
      priority: 2,
    });
    await update('profiles', (p) =>
      p
        ? {
            ...p,
            list: p.list.map((x) =>
              x.id === profile.id
                ? { ...x, remindersSent: [...x.remindersSent, reminderKey(expiresAt, kind)].slice(-50) }
                : x,
            ),
          }
        : p,
    );
  }
  const next = (await readProfiles()).list
    .map((p) => nextReminderAt(p.secretExpiresAt, p.remindersSent, now))
    .filter((t): t is number => t !== undefined)
    .sort((a, b) => a - b)[0];
  if (next === undefined) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: next });
}

/** A click on a reminder starts the rotation and opens the app's Certificates & secrets. */
export async function onReminderClicked(notificationId: string, now: number): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const id = notificationId.slice(NOTIFICATION_PREFIX.length);
  const profile = (await readProfiles()).list.find((p) => p.id === id);
  if (!profile) return;
  await startRotation(id, now);
  await browser.notifications.clear(notificationId);
  if (profile.clientId) await browser.tabs.create({ url: appBladeLink('Credentials', profile.clientId) });
}
