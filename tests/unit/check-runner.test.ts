// The background's check runner: a change that arrives while a check runs gets a check of its own, and
// updates of one stored item never write over each other.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkNow, RECHECK_ALARM, recheckAsPlanned, scheduleRecheck } from '../../lib/background/check-runner';
import { read, update, write } from '../../lib/store';
import { stubBadge, stubOriginRule } from '../support/browser-stubs';
import { currentSecret, guid } from '../support/generated';

/** A token endpoint that answers only when told to, refusing every secret (AADSTS7000215). */
function heldTokenEndpoint() {
  const secretsSent: string[] = [];
  const clientsSent: string[] = [];
  const waiting: (() => void)[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = new URLSearchParams(String(init?.body));
    secretsSent.push(body.get('client_secret') ?? '');
    clientsSent.push(body.get('client_id') ?? '');
    await new Promise<void>((resolve) => waiting.push(resolve));
    return new Response(
      JSON.stringify({
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret provided.',
        error_codes: [7000215],
      }),
      { status: 401, headers: { 'content-type': 'application/json' } },
    );
  });
  /** Waits until `count` requests have arrived. */
  const received = (count: number) => vi.waitFor(() => expect(waiting.length + answered).toBeGreaterThanOrEqual(count));
  let answered = 0;
  const answerAll = () => {
    answered += waiting.length;
    for (const resolve of waiting.splice(0)) resolve();
  };
  return { fetch, secretsSent, clientsSent, received, answerAll };
}

/** Stored credentials and a check started against a held endpoint, which has received its request. */
async function startHeldCheck(clientId = guid(), tenantId = guid(), secret = currentSecret()) {
  const endpoint = heldTokenEndpoint();
  vi.stubGlobal('fetch', endpoint.fetch);
  await write('credentials', { tenantId, clientId });
  await write('secret', { value: secret, capturedAt: 0 });
  const running = checkNow();
  await endpoint.received(1);
  return { endpoint, running };
}

describe('check runner', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Not in the fake browser: the Origin rule and the badge are the real browser's business here.
    stubOriginRule();
    stubBadge();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a new secret that arrives while a check runs is checked right after it; callers meanwhile share that check', async () => {
    const [first, second] = [currentSecret(), currentSecret()];
    const { endpoint, running } = await startHeldCheck(guid(), guid(), first);
    // The first check has read its inputs and is waiting for Microsoft; the secret changes now.
    await write('secret', { value: second, capturedAt: 1 });
    const afterIt = checkNow();
    expect(checkNow()).toBe(afterIt);
    endpoint.answerAll();
    await running;
    await endpoint.received(2);
    endpoint.answerAll();
    const record = await afterIt;
    expect(endpoint.secretsSent).toEqual([first, second]);
    expect(record?.result?.checkedFor.secretHint).toBe(second.slice(0, 3));
    expect((await read('check'))?.result?.checkedFor.secretHint).toBe(second.slice(0, 3));
  });

  it('other credentials while a check runs: its result is dropped and the new ones are checked once', async () => {
    const [oldClient, newClient, tenantId] = [guid(), guid(), guid()];
    const { endpoint, running } = await startHeldCheck(oldClient, tenantId);
    // As the router does on a new client ID: store it, then ask for a check.
    await write('credentials', { tenantId, clientId: newClient });
    const afterIt = checkNow();
    endpoint.answerAll();
    await running;
    await endpoint.received(2);
    endpoint.answerAll();
    const record = await afterIt;
    expect(endpoint.clientsSent).toEqual([oldClient, newClient]);
    expect(record?.result?.checkedFor.clientId).toBe(newClient);
  });

  it('a planned re-check (timer, backstop alarm) is served by the check already running', async () => {
    const { endpoint, running } = await startHeldCheck();
    expect(recheckAsPlanned()).toBe(running);
    endpoint.answerAll();
    await running;
    expect(endpoint.fetch).toHaveBeenCalledTimes(1);
  });

  it('a check with nothing to wait for clears the re-check alarm a propagating one left', async () => {
    await fakeBrowser.alarms.create(RECHECK_ALARM, { when: Date.now() + 60_000 });
    scheduleRecheck({ result: undefined });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RECHECK_ALARM)).toBeUndefined());
  });
});

describe('stored items', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('updates of one item run one after another, so none is lost', async () => {
    await write('profileIds', ['first']);
    const ids = Array.from({ length: 20 }, (_, i) => `p${i}`);
    await Promise.all(ids.map((id) => update('profileIds', (p) => [...(p ?? []), id])));
    expect(await read('profileIds')).toEqual(['first', ...ids]);
  });
});
