// In real Firefox: the event page unloads when idle (pref extensions.background.idle.timeout, shortened
// here) in the middle of a check, and the check it left in storage is run again when it starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithPermissions } from '../sandbox/scenarios';
import { runCheck, sender, setCredentials, state } from './extension';
import { type FirefoxHarness, firefoxPath, launchFirefox, until } from './harness';

const firefox = firefoxPath();
const IDLE_MS = 1500;
let h: FirefoxHarness;
beforeAll(async () => {
  if (firefox) h = await launchFirefox(firefox, { prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
});
afterAll(async () => {
  await h?.close();
});

const tokenLog = () => h.sandbox.state.requestLog.filter((r) => r.host === 'login.microsoftonline.com');
const tokenRequests = () => tokenLog().length;

describe.skipIf(!firefox)('Firefox: the background unloaded mid-check', () => {
  it('resumes the check when it starts again', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'unloaded', consent: true });
    await setCredentials(h, { tenantId: s.tenantId, clientId: s.app.appId, secret: s.secret.secretText });
    const settledAt = (await runCheck(h)).checkedAt;
    // Microsoft answers far later than the background may stay idle: it unloads while the token request
    // waits, and the request's connection closes with it (what the sandbox sees of the unload). Had it not
    // unloaded, the check's own 15 s timeout would close it instead, and record a failed check.
    h.sandbox.state.knobs.latencyMs = 20_000;
    const tokensBefore = tokenRequests();
    void sender(h)({ type: 'check.run' }).catch(() => undefined);
    const held = await until(() => tokenLog()[tokensBefore], 10_000, 'the token request sent');
    await until(() => held.closedUnanswered, 30_000, 'the background to unload and drop the token request');
    h.sandbox.state.knobs.latencyMs = 0;
    // Any message starts the background again; it finds the unfinished check in storage and runs it.
    await until(async () => ((await state(h)).check.result?.checkedAt ?? 0) > settledAt, 30_000, 'a new result');
    const after = await state(h);
    expect(after.check.result?.verdict).toBe('passed');
    expect(after.check.running).toBe(false);
    // The first token request was lost with the unloaded background; the resumed check sent its own.
    expect(tokenRequests() - tokensBefore).toBe(2);
  });
});
