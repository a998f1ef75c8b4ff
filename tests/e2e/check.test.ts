// The background's check against the sandbox's token endpoint and Graph, in real Chromium: every
// outcome an admin can meet, diagnosed in words.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appWithPermissions } from '../sandbox/scenarios';
import { currentSecret } from '../support/generated';
import { badgeText, message, runCheck, setCredentials, state, stopServiceWorker } from './extension-api';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  const k = h.sandbox.state.knobs;
  k.propagationMs = 0;
  k.throttleNextGraphRequests = 0;
  k.latencyMs = 0;
  k.unreachableHosts.clear();
});

const granted = (r: { permissions: { status: string }[] }) =>
  r.permissions.filter((p) => p.status === 'granted').length;
/**
 * Sets the credentials and waits for the check their arrival starts by itself, so that a knob set
 * afterwards applies to the test's own check and not, by a race, to that automatic one.
 */
const use = async (
  s: ReturnType<typeof appWithPermissions>,
  overrides: Partial<{ tenantId: string; clientId: string; secret: string }> = {},
) => {
  await setCredentials(h, { tenantId: s.tenantId, clientId: s.app.appId, secret: s.secret.secretText, ...overrides });
  await runCheck(h);
};

describe('the check', () => {
  it('all granted: passes with one token request and three Graph reads, domains and groups kept for idemeum', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'all', consent: true });
    await use(s);
    const before = h.sandbox.state.requestLog.length;
    const result = await runCheck(h);
    expect(result.verdict).toBe('passed');
    expect(granted(result)).toBe(12);
    expect(result.requestCount).toBe(4);
    const log = h.sandbox.state.requestLog.slice(before);
    expect(log.filter((r) => r.host === 'login.microsoftonline.com')).toHaveLength(1);
    expect(log.filter((r) => r.host === 'graph.microsoft.com')).toHaveLength(3);
    expect(result.domains[0]).toMatchObject({ name: 'contoso.example', isDefault: true });
    expect(result.groups.map((g) => g.displayName)).toContain('Helpdesk technicians');
  });

  it('partly granted: names what lacks consent', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'partly', roles: 9, consent: true });
    await use(s);
    const result = await runCheck(h);
    expect(result.verdict).toBe('incomplete');
    expect(granted(result)).toBe(9);
    expect(result.permissions.slice(9).map((p) => p.status)).toEqual(['not-granted', 'not-granted', 'not-granted']);
    expect(result.diagnosis?.title).toBe('3 of the 12 permissions have no admin consent.');
  });

  it('none granted: a token without roles and Graph 403 read as "admin consent has not been granted"', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'none', consent: false });
    await use(s);
    const result = await runCheck(h);
    expect(result.verdict).toBe('incomplete');
    expect(granted(result)).toBe(0);
    expect(result.diagnosis?.title).toBe('Admin consent has not been granted.');
    expect(result.diagnosis?.fix).toMatch(/Global Administrator or Privileged Role Administrator/);
  });

  it('wrong secret: AADSTS7000215, probably the Secret ID', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'wrong-secret', consent: true });
    await use(s, { secret: currentSecret() });
    const result = await runCheck(h);
    expect(result.verdict).toBe('failed');
    expect(result.diagnosis).toMatchObject({
      code: 'AADSTS7000215',
      field: 'secret',
      title: 'Entra rejected the client secret.',
    });
    expect(result.diagnosis?.fix).toMatch(/Secret ID/);
  });

  it('Secret ID given as the secret: refused before anything is sent, and the stored secret is kept', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'secret-id', consent: true });
    await use(s);
    const reply = await message(h, { type: 'credentials.set', field: 'secret', value: s.secret.keyId });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^That is the Secret ID/) });
    expect((await state(h)).credentials.secret?.masked).toBe(`${s.secret.hint}••••••••`);
  });

  it('Object ID given as the client ID: AADSTS700016 explained as the Object ID', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'object-id', consent: true });
    await use(s, { clientId: s.app.id });
    const result = await runCheck(h);
    expect(result.verdict).toBe('failed');
    expect(result.diagnosis).toMatchObject({ code: 'AADSTS700016', field: 'clientId' });
    expect(result.diagnosis?.fix).toMatch(/not the Object ID/);
  });

  it('unknown tenant: AADSTS90002', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'tenant', consent: true });
    await use(s, { tenantId: randomUUID() });
    const result = await runCheck(h);
    expect(result.diagnosis).toMatchObject({
      code: 'AADSTS90002',
      field: 'tenantId',
      title: 'No Entra tenant has this Directory (tenant) ID.',
    });
  });

  it('expired secret: AADSTS7000222', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'expired', consent: true, expiredSecret: true });
    await use(s);
    const result = await runCheck(h);
    expect(result.diagnosis).toMatchObject({ code: 'AADSTS7000222', title: 'The client secret has expired.' });
  });

  it('429 with Retry-After: waits as told, then succeeds', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'throttled', consent: true });
    await use(s);
    h.sandbox.state.knobs.throttleNextGraphRequests = 1;
    h.sandbox.state.knobs.retryAfterSeconds = 1;
    const before = h.sandbox.state.requestLog.length;
    const result = await runCheck(h);
    expect(result.verdict).toBe('passed');
    const assignments = h.sandbox.state.requestLog.slice(before).filter((r) => r.path.endsWith('/appRoleAssignments'));
    expect(assignments).toHaveLength(2);
    expect(assignments[1]!.at - assignments[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('offline: "Could not reach Microsoft", and nothing is lost', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'offline', consent: true });
    await use(s);
    h.sandbox.state.knobs.unreachableHosts.add('login.microsoftonline.com');
    const result = await runCheck(h);
    expect(result.diagnosis?.title).toBe('Could not reach Microsoft.');
    const after = await state(h);
    expect(after.credentials).toMatchObject({ tenantId: s.tenantId, clientId: s.app.appId });
    expect(after.credentials.secret).toBeDefined();
  });

  it('consent given on the page: "waiting for Microsoft" while it propagates, then passed by itself, a new token each time', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'propagation', consent: false });
    await use(s);
    h.sandbox.state.knobs.propagationMs = 7000;
    const tokensBefore = h.sandbox.state.requestLog.filter((r) => r.host === 'login.microsoftonline.com').length;
    const page = await h.context.newPage();
    await page.goto(
      `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${s.app.appId}/objectId/${s.app.id}/isMSAApp~/false`,
    );
    await page.getByRole('button', { name: /^Grant admin consent for / }).click();
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect.poll(async () => (await state(h)).check.result?.verdict, { timeout: 15_000 }).toBe('propagating');
    const waiting = (await state(h)).check;
    expect(waiting.result?.diagnosis?.title).toBe(
      'Waiting for Microsoft to apply the admin consent, usually under a minute.',
    );
    expect(waiting.nextRecheckAt).toBeGreaterThan(Date.now() - 1000);
    expect(await badgeText(h)).toMatch(/…$/);
    await expect
      .poll(async () => (await state(h)).check.result?.verdict, { timeout: 40_000, interval: 1000 })
      .toBe('passed');
    const tokens =
      h.sandbox.state.requestLog.filter((r) => r.host === 'login.microsoftonline.com').length - tokensBefore;
    expect(tokens).toBeGreaterThanOrEqual(2);
    await expect.poll(() => badgeText(h)).toBe('12');
    await page.close();
  });

  it('the toolbar badge marks a failed check', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'badge', consent: true });
    await use(s, { secret: currentSecret() });
    await runCheck(h);
    await expect.poll(() => badgeText(h)).toBe('!');
  });

  it('a service worker stopped mid-check resumes the check when it starts again', async () => {
    const s = appWithPermissions(h.sandbox.state, { name: 'stopped', consent: true });
    await use(s);
    const settledAt = (await state(h)).check.result?.checkedAt ?? 0;
    h.sandbox.state.knobs.latencyMs = 2500;
    void message(h, { type: 'check.run' }).catch(() => undefined);
    await expect.poll(async () => (await state(h)).check.running, { timeout: 10_000 }).toBe(true);
    await stopServiceWorker(h);
    h.sandbox.state.knobs.latencyMs = 0;
    // Any event wakes the worker again; it finds the unfinished check in storage and runs it.
    await expect
      .poll(async () => (await state(h)).check.result?.checkedAt ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(settledAt);
    const after = await state(h);
    expect(after.check.result?.verdict).toBe('passed');
    expect(after.check.running).toBe(false);
  });
});
