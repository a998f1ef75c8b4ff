// Secrets are forgotten after a while without use (DESIGN.md: only as long as they are needed): the
// active customer's and each parked one, each by its own last use. The deadline lives in storage and an
// alarm, so a stopped worker does not keep a secret alive.
import { browser } from 'wxt/browser';
import { read, readParkedSecrets, type SessionSecret, update, writeRecords } from '../store';
import { changeBook } from './profile-book';

export const SECRET_IDLE_ALARM = 'secret-idle';
export const DEFAULT_IDLE_MINUTES = 120;

export function idleDeadline(lastUsedAt: number, idleMinutes: number): number {
  return lastUsedAt + idleMinutes * 60_000;
}

const deadlineOf = (secret: SessionSecret, minutes: number) =>
  idleDeadline(secret.lastUsedAt ?? secret.capturedAt, minutes);

async function idleMinutes(): Promise<number> {
  return (await read('settings'))?.secretIdleMinutes ?? DEFAULT_IDLE_MINUTES;
}

/** One alarm, at the earliest deadline of the secrets still held (none when there are none). */
async function scheduleIdleAlarm(secrets: SessionSecret[], minutes: number): Promise<void> {
  if (!secrets.length) {
    await browser.alarms.clear(SECRET_IDLE_ALARM);
    return;
  }
  await browser.alarms.create(SECRET_IDLE_ALARM, { when: Math.min(...secrets.map((s) => deadlineOf(s, minutes))) });
}

/** Marks the active secret as used now and moves the idle deadline. */
export async function touchSecret(now: number): Promise<void> {
  const secret = await update('secret', (s) => (s ? { ...s, lastUsedAt: now } : s));
  if (!secret) return;
  const parked = await readParkedSecrets();
  await scheduleIdleAlarm([secret, ...parked.values()], await idleMinutes());
}

/**
 * On the alarm (or at start): forgets each secret, active or parked, whose idle time has passed, and
 * schedules the alarm for the next. In the profile queue, so that a switch does not park a secret again.
 * Resolves to how many were forgotten.
 */
export function forgetIdleSecrets(now: number): Promise<number> {
  return changeBook(async () => {
    const minutes = await idleMinutes();
    const expired = (s: SessionSecret) => now >= deadlineOf(s, minutes);
    let forgotten = 0;
    const active = await update('secret', (s) => {
      if (!s || !expired(s)) return s;
      forgotten += 1;
      return undefined;
    });
    const parked = await readParkedSecrets();
    const kept = [...parked].filter(([, s]) => !expired(s));
    if (kept.length < parked.size) await writeRecords([{ key: 'session:parkedSecrets', value: kept }]);
    await scheduleIdleAlarm([...(active ? [active] : []), ...kept.map(([, s]) => s)], minutes);
    return { value: forgotten + parked.size - kept.length };
  });
}

/** "Forget secret": every secret held goes, the active customer's and the parked ones. */
export function forgetAllSecrets(): Promise<void> {
  return changeBook(async () => ({
    value: undefined,
    after: async () => {
      await writeRecords([
        { key: 'session:secret', value: null },
        { key: 'session:parkedSecrets', value: [] },
      ]);
      await browser.alarms.clear(SECRET_IDLE_ALARM);
    },
  }));
}
