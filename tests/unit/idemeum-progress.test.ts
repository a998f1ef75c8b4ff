// What the background keeps of the idemeum forms: the saves of one console, told to that console only.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordFill, recordSaved, savedProgress } from '../../lib/background/fill';
import { read } from '../../lib/store';

describe('idemeum progress', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps both saves of one console and tells them to that console only', async () => {
    await recordSaved('userSource', 'acme.idemeum.com');
    await recordSaved('jit', 'acme.idemeum.com');
    expect(await savedProgress('acme.idemeum.com')).toEqual({
      userSourceSavedAt: expect.any(Number),
      jitSavedAt: expect.any(Number),
    });
    expect(await savedProgress('other.idemeum.com')).toEqual({});
  });

  it('work on another console starts afresh: no save carried over from the first', async () => {
    await recordSaved('userSource', 'acme.idemeum.com');
    await recordSaved('jit', 'acme.idemeum.com');
    await recordFill('userSource', 'child.idemeum.com', ['Directory (tenant) ID'], []);
    expect(await savedProgress('child.idemeum.com')).toEqual({});
    await recordSaved('userSource', 'child.idemeum.com');
    const progress = await read('idemeum');
    expect(progress).toMatchObject({ host: 'child.idemeum.com', userSourceSavedAt: expect.any(Number) });
    expect(progress?.jitSavedAt).toBeUndefined();
    expect(await savedProgress('acme.idemeum.com')).toEqual({});
  });
});
