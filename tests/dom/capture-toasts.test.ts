// The capture's toasts name what was captured as the portal labels it, in the portal's detected language,
// inside one sentence in the browser's language.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCapture } from '../../lib/capture/capture-runner';
import type { Overlay } from '../../lib/guide/overlay';
import type { PortalRoute } from '../../lib/playbook/portal-route';
import { EMPTY_STATE } from '../../lib/state-client';
import type { Language } from '../../lib/wording/languages';
import en from '../../public/_locales/en/messages.json';
import { guid } from '../support/generated';
import { useCatalog } from '../support/i18n-setup';
import { outsideMessages, pseudoCatalog, topLevelMessages } from '../support/pseudo-locale';

const GERMAN_LABELS = ['Anwendungs-ID (Client)', 'Objekt-ID', 'Verzeichnis-ID (Mandant)'];

function overviewOf(labels: string[]) {
  const v = { client: guid(), object: guid(), tenant: guid() };
  const values = [v.client, v.object, v.tenant];
  document.body.innerHTML = `<main>${labels
    .map((label, i) => `<div><div>${label}</div><div><span>${values[i]}</span></div></div>`)
    .join('')}</main>`;
  const route: PortalRoute = {
    extension: 'Microsoft_AAD_RegisteredApps',
    blade: 'ApplicationMenuBlade',
    item: 'Overview',
    params: { appId: v.client, objectId: v.object },
  };
  return route;
}

async function toastsOn(route: PortalRoute, portalLanguage: Language | undefined): Promise<string[]> {
  const toast = vi.fn();
  const controller = new AbortController();
  const capture = startCapture({
    doc: document,
    overlay: { toast } as unknown as Overlay,
    state: () => EMPTY_STATE,
    portalLanguage: () => portalLanguage,
    locales: () => ['de-DE'],
    signal: controller.signal,
  });
  capture.scan(route);
  await vi.waitFor(() => expect(toast).toHaveBeenCalled());
  controller.abort();
  return toast.mock.calls.map((call) => String(call[0]));
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  useCatalog(en);
  document.body.innerHTML = '';
});

describe('capture toasts', () => {
  it('browser in English, portal in German: the IDs named as the German page labels them', async () => {
    expect(await toastsOn(overviewOf(GERMAN_LABELS), 'de')).toEqual([
      'Captured Verzeichnis-ID (Mandant), Anwendungs-ID (Client).',
    ]);
  });

  it('in the pseudo-locale the toast is one message with the portal’s labels inside', async () => {
    useCatalog(pseudoCatalog());
    const [text = ''] = await toastsOn(overviewOf(GERMAN_LABELS), 'de');
    expect(topLevelMessages(text), text).toBe(1);
    expect(outsideMessages(text, GERMAN_LABELS), text).not.toMatch(/\p{L}/u);
  });
});
