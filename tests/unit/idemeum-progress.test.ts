// What the background keeps of the idemeum forms: each console's saves, told to that console only, kept
// while the admin works on other consoles in any order.
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

  it('work on another console starts that one afresh and keeps the first console’s saves', async () => {
    await recordSaved('userSource', 'acme.idemeum.com');
    await recordSaved('jit', 'acme.idemeum.com');
    const acme = await savedProgress('acme.idemeum.com');
    await recordFill('userSource', 'child.idemeum.com', ['Directory (tenant) ID'], []);
    expect(await savedProgress('child.idemeum.com')).toEqual({});
    await recordSaved('userSource', 'child.idemeum.com');
    const progress = await read('idemeum');
    expect(progress).toMatchObject({ host: 'child.idemeum.com', userSourceSavedAt: expect.any(Number) });
    expect(progress?.jitSavedAt).toBeUndefined();
    expect(await savedProgress('acme.idemeum.com')).toEqual(acme);
  });

  it('A → B → A: the first console goes on where it was, whatever the second recorded meanwhile', async () => {
    await recordSaved('userSource', 'a.idemeum.com');
    const aUserSource = (await savedProgress('a.idemeum.com')).userSourceSavedAt;
    await recordSaved('userSource', 'b.idemeum.com');
    await recordFill('jit', 'b.idemeum.com', ['Directory (tenant) ID'], []);
    await recordSaved('jit', 'b.idemeum.com');
    expect(await savedProgress('a.idemeum.com')).toEqual({ userSourceSavedAt: aUserSource });
    await recordSaved('jit', 'a.idemeum.com');
    expect(await savedProgress('a.idemeum.com')).toEqual({
      userSourceSavedAt: aUserSource,
      jitSavedAt: expect.any(Number),
    });
    expect(await savedProgress('b.idemeum.com')).toEqual({
      userSourceSavedAt: expect.any(Number),
      jitSavedAt: expect.any(Number),
    });
    expect(await read('idemeum')).toMatchObject({ host: 'a.idemeum.com', userSourceSavedAt: aUserSource });
  });
});
