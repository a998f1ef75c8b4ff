// Two portal tabs on two apps: each tab's frames see their own tab's route, also after the other tab reported
// last; the popup sees the tab that reported last; a closed tab's route is forgotten.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GUIDE_SCRIPT } from '../../lib/background/guide-frames';
import { readPublicState } from '../../lib/background/public-state';
import { handleMessage } from '../../lib/background/router';
import { forgetTabRoute } from '../../lib/background/tab-routes';
import { OTHER_FRAME_SHOWN } from '../../lib/guide/frame-notice';
import { read } from '../../lib/store';
import { guid } from '../support/generated';

const PORTAL = 'https://portal.azure.com/';
const BLADE = `https://sandbox-3.reactblade.portal.azure.net/React/Index?trustedAuthority=${encodeURIComponent('https://portal.azure.com')}`;
const secretsOf = (appId: string) =>
  `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${appId}/isMSAApp~/false`;

const top = (tabId: number, hash: string) => ({
  id: browser.runtime.id,
  url: PORTAL + hash,
  origin: 'https://portal.azure.com',
  tab: { id: tabId, url: PORTAL + hash },
  frameId: 0,
});
const blade = (tabId: number, hash: string) => ({
  id: browser.runtime.id,
  url: BLADE,
  origin: new URL(BLADE).origin,
  tab: { id: tabId, url: PORTAL + hash },
  frameId: 5,
});
const seen = (tabId: number, hash: string) =>
  handleMessage({ type: 'portal.seen', frame: 'top', route: hash }, top(tabId, hash));

describe('portal routes per tab', () => {
  let inject: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    inject = vi.fn(async () => []);
    browser.scripting.executeScript = inject as unknown as typeof browser.scripting.executeScript;
  });

  it('a blade frame of tab A gets tab A’s route after tab B reported another app', async () => {
    const routeX = secretsOf(guid());
    const routeY = secretsOf(guid());
    expect(await seen(1, routeX)).toEqual({ ok: true });
    expect(await seen(2, routeY)).toEqual({ ok: true });

    const stateA = await handleMessage({ type: 'state.get' }, blade(1, routeX));
    expect(stateA).toMatchObject({ ok: true, data: { portal: { route: routeX } } });
    const stateB = await handleMessage({ type: 'state.get' }, blade(2, routeY));
    expect(stateB).toMatchObject({ ok: true, data: { portal: { route: routeY } } });
    // The popup (no tab) follows the tab that reported last.
    expect((await readPublicState()).portal.route).toBe(routeY);
  });

  it('a tab whose top frame has not reported yet gets no other tab’s route, nor the guide in its blade frames', async () => {
    await seen(1, secretsOf(guid()));
    const state = await handleMessage({ type: 'state.get' }, blade(3, ''));
    expect(state).toMatchObject({ ok: true, data: { portal: {} } });
    expect((state as { data: { portal: { route?: string } } }).data.portal.route).toBeUndefined();
    inject.mockClear();
    expect(await handleMessage({ type: 'guide.load' }, blade(3, ''))).toEqual({ ok: true, data: { loaded: false } });
    expect(await handleMessage({ type: 'guide.load' }, blade(1, ''))).toEqual({ ok: true, data: { loaded: true } });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 1, frameIds: [5] }, files: [GUIDE_SCRIPT] });
  });

  it('a closed tab’s route is forgotten, the others stay', async () => {
    const routeX = secretsOf(guid());
    await seen(1, routeX);
    await seen(2, secretsOf(guid()));
    await forgetTabRoute(2);
    expect(await read('portalRoutes')).toEqual({ 1: routeX });
  });
});

describe('a blade frame showing a step', () => {
  it('tells its tab’s top frame, which then withdraws its words; the top frame’s own steps tell nobody', async () => {
    fakeBrowser.reset();
    const told = vi.fn(async () => undefined);
    browser.tabs.sendMessage = told as unknown as typeof browser.tabs.sendMessage;
    const route = secretsOf(guid());
    await handleMessage({ type: 'guide.shown', stepId: 'portal.new-client-secret' }, top(4, route));
    expect(told).not.toHaveBeenCalled();
    await handleMessage({ type: 'guide.shown', stepId: 'portal.new-client-secret' }, blade(4, route));
    expect(told).toHaveBeenCalledWith(4, { type: OTHER_FRAME_SHOWN }, { frameId: 0 });
    told.mockClear();
    await handleMessage({ type: 'guide.shown', stepId: null }, blade(4, route));
    expect(told).not.toHaveBeenCalled();
  });
});
