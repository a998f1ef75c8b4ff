// Expiry reminders: one alarm for the next due reminder of any profile, and one notification per run
// however many are due. One customer's opens the rotation; several open the customer list, most urgent first.
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import { appBladeLink } from '../portal-links';
import { ATTENTION_PAGE, dueReminder, nextReminderAt, reminderKey, reminderSummary } from '../profiles/reminders';
import { readProfiles, startRotation, updateProfiles } from './profiles';

export const REMINDER_ALARM = 'reminders';
const ROTATE_PREFIX = 'rotate:';
const LIST_NOTIFICATION = 'reminders';

/** Runs go one after another: two at once would both find the same reminders due. */
let running: Promise<unknown> = Promise.resolve();

export function runReminders(now: number): Promise<void> {
  const run = running.then(() => remind(now));
  running = run.catch(() => undefined);
  return run;
}

async function remind(now: number): Promise<void> {
  const { list } = await readProfiles();
  const due = list.flatMap((p) => {
    const kind = dueReminder(p.secretExpiresAt, p.remindersSent, now);
    return kind && p.secretExpiresAt ? [{ id: p.id, label: p.label, expiresAt: p.secretExpiresAt, kind }] : [];
  });
  if (due.length) {
    const keys = new Map(due.map((d) => [d.id, reminderKey(d.expiresAt, d.kind)]));
    await updateProfiles([...keys.keys()], (p) => ({
      ...p,
      remindersSent: [...p.remindersSent, keys.get(p.id) as string].slice(-50),
    }));
    const [only] = due;
    await browser.notifications.create(due.length === 1 && only ? `${ROTATE_PREFIX}${only.id}` : LIST_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('reminder_title'),
      message: reminderSummary(due, now),
      priority: 2,
    });
  }
  const next = list
    .map((p) => nextReminderAt(p.secretExpiresAt, p.remindersSent, now))
    .filter((t): t is number => t !== undefined)
    .reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  if (next === Number.POSITIVE_INFINITY) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: next });
}

/** A click on one customer's reminder starts its rotation; on a summary, opens the list. */
export async function onReminderClicked(notificationId: string, now: number): Promise<void> {
  if (notificationId === LIST_NOTIFICATION) {
    await browser.notifications.clear(notificationId);
    await browser.tabs.create({ url: browser.runtime.getURL(ATTENTION_PAGE) });
    return;
  }
  if (!notificationId.startsWith(ROTATE_PREFIX)) return;
  const id = notificationId.slice(ROTATE_PREFIX.length);
  const profile = (await readProfiles()).list.find((p) => p.id === id);
  if (!profile) return;
  await startRotation(id, now);
  await browser.notifications.clear(notificationId);
  if (profile.clientId) await browser.tabs.create({ url: appBladeLink('Credentials', profile.clientId) });
}
