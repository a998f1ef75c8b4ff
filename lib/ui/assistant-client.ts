// The popup's and side panel's link to the background: state in, actions out. Components get plain
// props from here and never touch browser APIs themselves.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PublicState } from '../background/public-state';
import type { ValueCheck } from '../credentials';
import { isStaleNotGranted } from '../entra/consent-wait';
import type { CredentialField } from '../fields';
import { send } from '../send';
import { fetchPublicState } from '../state-client';

export interface AssistantActions {
  /** The same zod checks as the background, loaded on first use so that the first render stays light. */
  checkValue: (field: CredentialField, raw: string) => Promise<ValueCheck>;
  setField: (field: CredentialField, value: string) => Promise<{ error?: string; warning?: string }>;
  forget: () => Promise<void>;
  recheck: () => Promise<void>;
  /** Fills idemeum's form in the active tab; resolves to an error in words, or nothing. */
  sendToIdemeum: (form: 'userSource' | 'jit', anyway: boolean) => Promise<string | undefined>;
  forgetSecret: () => Promise<void>;
  switchProfile: (id: string) => Promise<void>;
  createProfile: (label: string) => Promise<void>;
  /** Resolves to a sentence saying what was checked and what was skipped. */
  recheckAll: () => Promise<string>;
  startRotation: (id: string) => Promise<void>;
  finishRotation: (id: string) => Promise<void>;
  /** Undefined where the browser has no side panel API (then the sidebar is opened from the browser's menu). */
  openSidePanel?: () => Promise<void>;
  setForgetAfterFill: (on: boolean) => Promise<void>;
  /** Opens express setup (sign-in, Graph) in a tab: msal needs a page that stays open. */
  openExpress: () => Promise<void>;
}

export function useAssistant(initial?: PublicState): {
  state?: PublicState;
  error?: string;
  actions: AssistantActions;
} {
  const [state, setState] = useState<PublicState | undefined>(initial);
  const [error, setError] = useState<string>();

  const refresh = useCallback(async () => {
    const next = await fetchPublicState();
    if ('error' in next) setError(next.error);
    else {
      setError(undefined);
      setState(next);
    }
  }, []);

  useEffect(() => {
    // Any storage change may change what is shown; the background derives it, the page just asks again.
    const onChanged = () => void refresh();
    browser.storage.onChanged.addListener(onChanged);
    if (!initial) void refresh();
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh, initial]);

  // Opened on an old "not granted": consent may have been given since, so look once more by itself.
  const lookedOnOpen = useRef(false);
  useEffect(() => {
    if (!state || lookedOnOpen.current) return;
    lookedOnOpen.current = true;
    if (state.credentials.secret && isStaleNotGranted(state.check, Date.now())) void send({ type: 'check.run' });
  }, [state]);

  const actions: AssistantActions = {
    checkValue: async (field, raw) => (await import('../credentials')).checkField(field, raw),
    setField: async (field, value) => {
      const reply = await send({ type: 'credentials.set', field, value });
      if (!reply.ok) return { error: reply.error };
      return { warning: (reply.data as { warning?: string } | undefined)?.warning };
    },
    forget: async () => {
      await send({ type: 'credentials.forget' });
    },
    recheck: async () => {
      const reply = await send({ type: 'check.run' });
      if (!reply.ok) setError(reply.error);
    },
    sendToIdemeum: async (form, anyway) => {
      // The popup's click is the trusted action; the active tab and its URL are taken at that moment.
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined || !tab.url) {
        return 'Open your idemeum admin console (https://<tenant>.idemeum.com/adminportal) in this tab first.';
      }
      const reply = await send({ type: 'fill.request', form, tabId: tab.id, url: tab.url, anyway });
      return reply.ok ? undefined : reply.error;
    },
    openSidePanel: browser.sidePanel
      ? async () => {
          const current = await browser.windows.getCurrent();
          if (current.id !== undefined) await browser.sidePanel.open({ windowId: current.id });
          window.close();
        }
      : undefined,
    switchProfile: async (id) => {
      await send({ type: 'profiles.switch', id });
    },
    createProfile: async (label) => {
      await send({ type: 'profiles.create', label });
    },
    recheckAll: async () => {
      const reply = await send({ type: 'profiles.recheckAll' });
      if (!reply.ok) return reply.error;
      const { checked, skipped } = reply.data as { checked: string[]; skipped: { label: string; reason: string }[] };
      const parts = [`Checked ${checked.length ? checked.join(', ') : 'none'}.`];
      for (const s of skipped) parts.push(`Skipped ${s.label}: ${s.reason}.`);
      return parts.join(' ');
    },
    startRotation: async (id) => {
      await send({ type: 'rotation.start', id });
    },
    finishRotation: async (id) => {
      await send({ type: 'rotation.finish', id });
    },
    forgetSecret: async () => {
      await send({ type: 'secret.forget' });
    },
    setForgetAfterFill: async (on) => {
      await send({ type: 'settings.set', forgetSecretAfterFill: on });
    },
    openExpress: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/express.html') });
      if (!document.body.classList.contains('sidepanel')) window.close();
    },
  };
  return { state, error, actions };
}
