// A check whose start throws (Firefox refusing the Origin rule was one) ends in words, never "Checking…".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkNow, resumeAfterRestart } from '../../lib/background/check-runner';
import { extensionPagesHost } from '../../lib/entra/origin-rule';
import { read, write } from '../../lib/store';
import { stubBadge, stubOriginRule } from '../support/browser-stubs';
import { currentSecret, guid } from '../support/generated';

const refusal = new Error('Invalid domain entra-assist@idemeum.com');

describe('a check that throws', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    stubOriginRule(refusal);
    stubBadge();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new Error('nothing may be sent without the Origin rule');
      }),
    );
    await write('credentials', { tenantId: guid(), clientId: guid(), secretHint: 'abc' });
    await write('secret', { value: currentSecret(), capturedAt: 0 });
  });

  it('when the Origin rule cannot be installed: failed, in words, not running, nothing sent', async () => {
    const record = await checkNow();
    expect(record?.result?.verdict).toBe('failed');
    expect(record?.result?.diagnosis?.title).toBe('The check could not run in this browser.');
    expect(record?.result?.diagnosis?.fix).toContain('Invalid domain entra-assist@idemeum.com');
    const stored = await read('check');
    expect(stored?.runningSince).toBeUndefined();
    expect(stored?.result?.verdict).toBe('failed');
    expect(fetch).not.toHaveBeenCalled();
    // Nothing is lost: the credentials and the secret stay for the next try.
    expect((await read('credentials'))?.secretHint).toBe('abc');
    expect(await read('secret')).toBeDefined();
  });

  it('a check left running by a stopped background resumes and ends in words too', async () => {
    await write('check', { runningSince: Date.now() - 1000 });
    await resumeAfterRestart();
    await vi.waitFor(async () => expect((await read('check'))?.result?.verdict).toBe('failed'));
    expect((await read('check'))?.runningSince).toBeUndefined();
  });
});

describe('the Origin rule’s initiator', () => {
  it('is the host of the extension’s pages: the UUID in Firefox, the id in Chromium', () => {
    expect(extensionPagesHost('moz-extension://0f3c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b/')).toBe(
      '0f3c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    );
    expect(extensionPagesHost('chrome-extension://abcdefghijklmnopabcdefghijklmnop/')).toBe(
      'abcdefghijklmnopabcdefghijklmnop',
    );
  });
});

describe('a check recorded as running when its secret is gone', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    stubOriginRule();
    stubBadge();
  });

  it('the browser closed mid-check (session storage wiped): after a restart it is no longer running', async () => {
    await write('credentials', { tenantId: guid(), clientId: guid(), secretHint: 'abc' });
    await write('check', { runningSince: Date.now() - 60_000 });
    await resumeAfterRestart();
    expect((await read('check'))?.runningSince).toBeUndefined();
  });
});
