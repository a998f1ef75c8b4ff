import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProfile, readProfiles, switchProfile } from '../../lib/background/profiles';
import {
  forgetAllSecrets,
  forgetIdleSecrets,
  SECRET_IDLE_ALARM,
  touchSecret,
} from '../../lib/background/secret-lifetime';
import { read, readParkedSecrets, write } from '../../lib/store';
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
    expect(await forgetIdleSecrets(39 * MIN)).toBe(0);
    expect(await read('secret')).toBeDefined();
    expect(await forgetIdleSecrets(40 * MIN)).toBe(1);
    expect(await read('secret')).toBeUndefined();
  });

  it('uses two hours when nothing is set, counting from the capture', async () => {
    await write('secret', { value: currentSecret(), capturedAt: 0 });
    expect(await forgetIdleSecrets(119 * MIN)).toBe(0);
    expect(await forgetIdleSecrets(120 * MIN)).toBe(1);
  });

  it('does nothing without a secret', async () => {
    await touchSecret(0);
    expect(await fakeBrowser.alarms.get(SECRET_IDLE_ALARM)).toBeUndefined();
    expect(await forgetIdleSecrets(Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it('forgets each parked secret by its own last use, and wakes for the earliest', async () => {
    await write('settings', { forgetSecretAfterFill: false, secretIdleMinutes: 30 });
    const a = (await readProfiles()).activeId;
    await write('secret', { value: currentSecret(), capturedAt: 0 });
    await touchSecret(0);
    const b = await createProfile('B');
    await write('secret', { value: currentSecret(), capturedAt: 5 * MIN });
    await touchSecret(5 * MIN);
    const c = await createProfile('C');
    await write('secret', { value: currentSecret(), capturedAt: 20 * MIN });
    await touchSecret(20 * MIN);
    expect([...(await readParkedSecrets()).keys()].sort()).toEqual([a, b].sort());
    expect((await fakeBrowser.alarms.get(SECRET_IDLE_ALARM))?.scheduledTime).toBe(30 * MIN);

    expect(await forgetIdleSecrets(30 * MIN)).toBe(1);
    expect([...(await readParkedSecrets()).keys()]).toEqual([b]);
    expect((await fakeBrowser.alarms.get(SECRET_IDLE_ALARM))?.scheduledTime).toBe(35 * MIN);
    expect(await forgetIdleSecrets(35 * MIN)).toBe(1);
    expect((await readParkedSecrets()).size).toBe(0);
    expect(await read('secret')).toBeDefined();
    expect((await fakeBrowser.alarms.get(SECRET_IDLE_ALARM))?.scheduledTime).toBe(50 * MIN);

    await switchProfile(b);
    expect(await read('secret')).toBeUndefined();
    expect(await forgetIdleSecrets(50 * MIN)).toBe(1);
    await switchProfile(c);
    expect(await read('secret')).toBeUndefined();
    expect(await fakeBrowser.alarms.get(SECRET_IDLE_ALARM)).toBeUndefined();
  });

  it('"Forget secret" forgets the active secret and every parked one', async () => {
    await write('secret', { value: currentSecret(), capturedAt: 0 });
    await touchSecret(0);
    await createProfile('B');
    await write('secret', { value: currentSecret(), capturedAt: 0 });
    expect((await readParkedSecrets()).size).toBe(1);
    await forgetAllSecrets();
    expect(await read('secret')).toBeUndefined();
    expect((await readParkedSecrets()).size).toBe(0);
    expect(await fakeBrowser.alarms.get(SECRET_IDLE_ALARM)).toBeUndefined();
  });
});
