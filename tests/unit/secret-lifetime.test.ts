import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetIdleSecret, SECRET_IDLE_ALARM, touchSecret } from '../../lib/background/secret-lifetime';
import { read, write } from '../../lib/store';
import { currentSecret } from '../support/generated';

const MIN = 60_000;

describe('secret idle lifetime', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps the secret while it is used, and forgets it after the idle time', async () => {
    await write('settings', { forgetSecretAfterFill: false, secretIdleMinutes: 30 });
    await write('secret', { value: currentSecret(), capturedAt: 0 });
    await touchSecret(10 * MIN);
    const alarm = await fakeBrowser.alarms.get(SECRET_IDLE_ALARM);
    expect(alarm?.scheduledTime).toBe(40 * MIN);
    expect(await forgetIdleSecret(39 * MIN)).toBe(false);
    expect(await read('secret')).toBeDefined();
    expect(await forgetIdleSecret(40 * MIN)).toBe(true);
    expect(await read('secret')).toBeUndefined();
  });

  it('uses two hours when nothing is set, counting from the capture', async () => {
    await write('secret', { value: currentSecret(), capturedAt: 0 });
    expect(await forgetIdleSecret(119 * MIN)).toBe(false);
    expect(await forgetIdleSecret(120 * MIN)).toBe(true);
  });

  it('does nothing without a secret', async () => {
    await touchSecret(0);
    expect(await fakeBrowser.alarms.get(SECRET_IDLE_ALARM)).toBeUndefined();
    expect(await forgetIdleSecret(Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
