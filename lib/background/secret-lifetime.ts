// The secret is forgotten after a while without use (DESIGN.md: only as long as it is needed). The
// deadline lives in storage and an alarm, so a stopped worker does not keep it alive.
import { browser } from 'wxt/browser';
import { read, update, write } from '../store';

export const SECRET_IDLE_ALARM = 'secret-idle';
export const DEFAULT_IDLE_MINUTES = 120;

export function idleDeadline(lastUsedAt: number, idleMinutes: number): number {
  return lastUsedAt + idleMinutes * 60_000;
}

/** Marks the secret as used now and moves the idle deadline. */
export async function touchSecret(now: number): Promise<void> {
  const secret = await update('secret', (s) => (s ? { ...s, lastUsedAt: now } : s));
  if (!secret) return;
  const minutes = (await read('settings'))?.secretIdleMinutes ?? DEFAULT_IDLE_MINUTES;
  await browser.alarms.create(SECRET_IDLE_ALARM, { when: idleDeadline(now, minutes) });
}

/** On the alarm (or at start): forget the secret if its idle time has passed. */
export async function forgetIdleSecret(now: number): Promise<boolean> {
  const secret = await read('secret');
  if (!secret) return false;
  const minutes = (await read('settings'))?.secretIdleMinutes ?? DEFAULT_IDLE_MINUTES;
  if (now < idleDeadline(secret.lastUsedAt ?? secret.capturedAt, minutes)) return false;
  await write('secret', undefined);
  return true;
}
