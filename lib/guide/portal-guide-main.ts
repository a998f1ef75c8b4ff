// The guide in one portal frame, once the background has loaded it there: the playbook, the overlay
// and the capture, wired to the background.
import { browser } from 'wxt/browser';
import { type Capture, startCapture } from '../capture/capture-runner';
import { knownTenantNames } from '../guide-health/safe-names';
import { isBladeFrameUrl, isPortalUrl } from '../origins';
import { portalPlaybook } from '../playbook/portal';
import { parsePortalRoute } from '../playbook/portal-route';
import { send } from '../send';
import { EMPTY_STATE, tryFetchPublicState } from '../state-client';
import { isLanguage, type Language } from '../wording/languages';
import { languageFromMatches, noteLanguageOf } from '../wording/match';
import { detectPortalLanguage, localeFromUrl } from '../wording/portal-language';
import { mayBeConsentPress } from './consent-press';
import { startGuide } from './engine';
import { OTHER_FRAME_SHOWN } from './frame-notice';
import { controlNames, nearbyNames } from './health-report';

const LOADED = Symbol.for('idemeum-entra-assist.guide');
/** The portal's "Grant admin consent for <tenant>" command and its confirmation's "Yes". */
const CONSENT_STEPS = new Set(['portal.grant-consent', 'portal.confirm-consent']);
/** How often a frame whose language is not known yet looks at the names on screen again. */
const LANGUAGE_SCAN_MS = 2000;

export async function runPortalGuide(): Promise<void> {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[LOADED]) return;
  flags[LOADED] = true;
  const frame =
    window.top === window && isPortalUrl(location.href) ? 'top' : isBladeFrameUrl(location.href) ? 'blade' : undefined;
  if (!frame) return;

  const controller = new AbortController();
  const { signal } = controller;
  let state = (await tryFetchPublicState()) ?? EMPTY_STATE;
  const rawRoute = () => (frame === 'top' ? location.hash : (state.portal.route ?? ''));

  const language = () => detectPortalLanguage(location.href, languageFromMatches());
  /** This frame's own finding, else what the other frames reported (a blade frame's URL has no `?l=`). */
  const portalLanguage = (): Language | undefined => {
    const own = language();
    const shared = state.portal.language;
    const found = own.code ? own : shared;
    return found?.known && found.code && isLanguage(found.code) ? found.code : undefined;
  };
  let reportedLanguage = '';
  let lastLanguageScan = 0;
  const reportLanguage = () => {
    // Neither the URL nor the steps' own matches told the language yet: the names on screen may.
    if (!language().code && Date.now() - lastLanguageScan > LANGUAGE_SCAN_MS) {
      lastLanguageScan = Date.now();
      noteLanguageOf(controlNames(document));
    }
    const { code, known } = language();
    const key = `${code}:${known}`;
    if (key === reportedLanguage || (!code && frame !== 'top')) return;
    reportedLanguage = key;
    void send({ type: 'portal.language', code, known });
  };
  const locales = () => [localeFromUrl(location.href), ...navigator.languages].filter((l): l is string => !!l);
  const missingReported = new Set<string>();

  let capture: Capture | undefined;
  const guide = startGuide({
    doc: document,
    playbook: portalPlaybook,
    rawRoute,
    state: () => state,
    portalLanguage,
    signal,
    mayShowFallback: async () => {
      if (frame !== 'top') return false;
      const reply = await send({ type: 'guide.status' });
      return reply.ok && !(reply.data as { otherFrameShowing: boolean }).otherFrameShowing;
    },
    onStepShown: (stepId) => void send({ type: 'guide.shown', stepId: stepId ?? null }),
    onTargetMissing: (stepId, ctx) => {
      const key = `${stepId}|${rawRoute()}`;
      if (missingReported.has(key)) return;
      missingReported.add(key);
      void send({
        type: 'guide.health',
        stepId,
        blade: ctx.route.blade ?? null,
        item: ctx.route.item ?? null,
        language: language().code,
        nearby: nearbyNames(
          document,
          knownTenantNames(state.check.result?.domains.map((d) => d.name) ?? [], state.profiles?.active?.label),
        ),
      });
    },
    afterEvaluate: (ctx) => {
      capture?.scan(ctx.route);
      reportLanguage();
    },
  });
  capture = startCapture({
    doc: document,
    overlay: guide.overlay,
    state: () => state,
    portalLanguage,
    locales,
    signal,
  });
  // Consent pressed, seen by the guide itself: the check then waits for Microsoft without reading the table.
  guide.overlay.onTargetClick = (stepId) => {
    if (CONSENT_STEPS.has(stepId)) void send({ type: 'portal.consentPressed' });
  };
  document.addEventListener(
    'click',
    (event) => {
      const route = parsePortalRoute(rawRoute());
      if (event.isTrusted && mayBeConsentPress(event.target, route, language().known))
        void send({ type: 'portal.consentPressed' });
    },
    { capture: true, signal },
  );

  const onStorage = async () => {
    const next = await tryFetchPublicState();
    // The extension was reloaded or removed: this frame's guide is orphaned; take it down cleanly.
    if (!next && !browser.runtime?.id) return controller.abort();
    if (next) state = next;
    guide.refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  // Only the top frame shows words; the background says when a blade frame highlights the target instead.
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === OTHER_FRAME_SHOWN) guide.withdrawWords();
  };
  if (frame === 'top') browser.runtime.onMessage.addListener(onMessage);
  window.addEventListener('hashchange', guide.refresh);
  window.addEventListener('pagehide', () => void send({ type: 'guide.shown', stepId: null }));
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    window.removeEventListener('hashchange', guide.refresh);
  });
}
