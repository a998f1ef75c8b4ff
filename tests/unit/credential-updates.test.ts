// A value accepted for one of the three fields: what it replaces, and what it leaves alone.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptValue } from '../../lib/background/credential-updates';
import { read, write } from '../../lib/store';
import { guid } from '../support/generated';

const rows = [{ name: 'User.Read.All', type: 'Application' as const, granted: true }];

describe('accepting a value', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('another client ID drops the permission rows and the consent the portal showed for the previous app', async () => {
    await acceptValue('clientId', guid(), 1, 'page');
    await write('portal', { permissions: rows, consentObservedAt: 2, route: 'CallAnAPI' });
    expect(await acceptValue('clientId', guid(), 3, 'page')).toMatchObject({ ok: true, changed: true });
    expect(await read('portal')).toEqual({ route: 'CallAnAPI' });
  });

  it('the first client ID keeps rows read before it (the permissions page opened first)', async () => {
    await write('portal', { permissions: rows, consentObservedAt: 2 });
    await acceptValue('clientId', guid(), 3, 'page');
    expect((await read('portal'))?.permissions).toEqual(rows);
  });

  it('the same client ID again changes nothing', async () => {
    const clientId = guid();
    await acceptValue('clientId', clientId, 1, 'page');
    await write('portal', { permissions: rows, consentObservedAt: 2 });
    expect(await acceptValue('clientId', clientId, 3, 'page')).toEqual({ ok: true, changed: false });
    expect((await read('portal'))?.consentObservedAt).toBe(2);
  });
});
