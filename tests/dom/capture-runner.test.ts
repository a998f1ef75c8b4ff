// The capture as the admin goes: another app's Overview, only looked at, changes nothing until the admin
// says so; the app just registered and a profile without a client ID take its IDs by themselves; each app's
// Certificates & secrets has its own baseline of secrets that existed before.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicState } from '../../lib/background/public-state';
import { startCapture } from '../../lib/capture/capture-runner';
import type { Overlay } from '../../lib/guide/overlay';
import type { PortalRoute } from '../../lib/playbook/portal-route';
import { send } from '../../lib/send';
import { guid } from '../support/generated';

vi.mock('../../lib/send', () => ({ send: vi.fn(async () => ({ ok: true })) }));

const sent = () => vi.mocked(send).mock.calls.map(([request]) => request);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const overviewOf = (app: { client: string; object: string }, tenant: string) => {
  document.body.innerHTML = `<main><h2>Essentials</h2>
    <div><div>Application (client) ID</div><div>${app.client}</div></div>
    <div><div>Object ID</div><div>${app.object}</div></div>
    <div><div>Directory (tenant) ID</div><div>${tenant}</div></div></main>`;
  return {
    extension: 'Microsoft_AAD_RegisteredApps',
    blade: 'ApplicationMenuBlade',
    item: 'Overview',
    params: { appId: app.client, objectId: app.object },
  } satisfies PortalRoute;
};

const secretsOf = (appId: string, secretIds: string[]) => {
  const rows = secretIds
    .map((id) => `<tr><td>idemeum</td><td>11/26/2028</td><td>abc${'*'.repeat(20)}</td><td>${id}</td></tr>`)
    .join('');
  document.body.innerHTML = `<table><thead><tr><th>Description</th><th>Expires</th><th>Value</th><th>Secret ID</th></tr></thead><tbody>${rows}</tbody></table>`;
  return {
    extension: 'Microsoft_AAD_RegisteredApps',
    blade: 'ApplicationMenuBlade',
    item: 'Credentials',
    params: { appId },
  } satisfies PortalRoute;
};

describe('the capture runner', () => {
  const tenant = guid();
  const held = { client: guid(), object: guid() };
  const other = { client: guid(), object: guid() };
  let state: PublicState;
  let toast: ReturnType<typeof vi.fn>;
  let controller: AbortController;
  const start = () =>
    startCapture({
      doc: document,
      overlay: { toast } as unknown as Overlay,
      state: () => state,
      portalLanguage: () => undefined,
      locales: () => ['en-US'],
      signal: controller.signal,
    });

  beforeEach(() => {
    vi.mocked(send).mockClear();
    toast = vi.fn();
    controller = new AbortController();
    state = { credentials: { tenantId: tenant, clientId: held.client }, check: { running: false }, portal: {} };
  });
  afterEach(() => {
    controller.abort();
    document.body.innerHTML = '';
  });

  it('reads only the tenant of another app’s Overview, and takes the app on “Use this app for idemeum”', async () => {
    const capture = start();
    capture.scan(overviewOf(other, tenant));
    await settle();
    expect(sent()).toEqual([{ type: 'capture', field: 'tenantId', value: tenant }]);
    const offer = toast.mock.calls.find(([, , action]) => action);
    expect(offer?.[2]).toMatchObject({ label: 'Use this app for idemeum' });

    offer?.[2].run();
    await settle();
    expect(sent().slice(1)).toEqual([
      { type: 'capture', field: 'tenantId', value: tenant },
      { type: 'capture', field: 'objectId', value: other.object },
      { type: 'capture', field: 'clientId', value: other.client },
    ]);
  });

  it('withdraws the offer when the admin leaves that Overview, and offers again on coming back', async () => {
    const withdraw = vi.fn();
    toast.mockReturnValue(withdraw);
    const capture = start();
    capture.scan(overviewOf(other, tenant));
    await settle();
    expect(withdraw).not.toHaveBeenCalled();
    capture.scan(secretsOf(held.client, []));
    expect(withdraw).toHaveBeenCalledTimes(1);
    capture.scan(overviewOf(other, tenant));
    await settle();
    expect(toast.mock.calls.filter(([, , action]) => action)).toHaveLength(2);
  });

  it('an offer goes with its app: another app’s Overview withdraws it, and a late press takes nothing', async () => {
    const withdraw = vi.fn();
    toast.mockReturnValue(withdraw);
    const third = { client: guid(), object: guid() };
    const capture = start();
    capture.scan(overviewOf(other, tenant));
    await settle();
    const [offer] = toast.mock.calls.filter(([, , action]) => action);
    // Straight on to a third app's Overview (the portal's search box), still loading: no IDs on the page yet.
    const loading = overviewOf(third, tenant);
    document.body.innerHTML = '';
    capture.scan(loading);
    expect(withdraw).toHaveBeenCalledTimes(1);
    const before = sent().length;
    offer?.[2].run();
    await settle();
    expect(sent()).toHaveLength(before);
  });

  it('offers another app once, however often its Overview changes', async () => {
    const capture = start();
    capture.scan(overviewOf(other, tenant));
    capture.scan(overviewOf(other, tenant));
    await settle();
    expect(toast.mock.calls.filter(([, , action]) => action)).toHaveLength(1);
  });

  it('takes every ID of the app just registered, and of any app while the profile has no client ID', async () => {
    const capture = start();
    capture.scan({ extension: 'Microsoft_AAD_RegisteredApps', blade: 'CreateApplicationBlade', params: {} });
    capture.scan(overviewOf(other, tenant));
    await settle();
    expect(sent().map((r) => 'field' in r && r.field)).toEqual(['tenantId', 'objectId', 'clientId']);

    vi.mocked(send).mockClear();
    state = { ...state, credentials: { tenantId: tenant } };
    const third = { client: guid(), object: guid() };
    start().scan(overviewOf(third, tenant));
    await settle();
    expect(sent().map((r) => 'field' in r && r.field)).toEqual(['tenantId', 'objectId', 'clientId']);
    expect(toast.mock.calls.some(([, , action]) => action)).toBe(false);
  });

  it('after Forget credentials, the same page’s IDs are sent again (the page had sent them before)', async () => {
    state = { ...state, credentials: {} };
    const capture = start();
    capture.scan(overviewOf(other, tenant));
    await settle();
    state = { ...state, credentials: { tenantId: tenant, clientId: other.client } };
    capture.scan(overviewOf(other, tenant));
    await settle();
    expect(sent()).toHaveLength(3);

    state = { ...state, credentials: {} }; // forgotten
    capture.scan(overviewOf(other, tenant));
    await settle();
    expect(
      sent()
        .slice(3)
        .map((r) => 'field' in r && r.field),
    ).toEqual(['tenantId', 'objectId', 'clientId']);
  });

  it('sees old masked secrets of a second app as old, not as a new value already hidden', () => {
    state = { ...state, credentials: {} };
    const capture = start();
    capture.scan(secretsOf(held.client, [guid()]));
    capture.scan(secretsOf(other.client, [guid(), guid()]));
    expect(toast).not.toHaveBeenCalled();

    const second = secretsOf(other.client, []);
    const before = document.querySelector('tbody')!;
    capture.scan(second);
    before.innerHTML = `<tr><td>new</td><td>11/26/2028</td><td>abc${'*'.repeat(20)}</td><td>${guid()}</td></tr>`;
    capture.scan(second);
    expect(toast).toHaveBeenCalledWith(expect.stringMatching(/already hidden/), 'error');
  });
});
