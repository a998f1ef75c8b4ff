// The popup's and side panel's link to the background: state in, actions out. Components get plain
// props from here and never touch browser APIs themselves.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PublicState } from '../background/public-state';
import type { ValueCheck } from '../credentials';
import { needsOneMoreLook } from '../entra/consent-wait';
import type { CredentialField } from '../fields';
import { t } from '../i18n/t';
import type { CustomerEntry } from '../profiles/profile';
import { type RecheckSummary, recheckSentence } from '../profiles/recheck-words';
import { ATTENTION_PAGE } from '../profiles/reminders';
import { send } from '../send';
import { fetchPublicState } from '../state-client';
import { sidePanelOpener } from './side-panel';

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
  /** The customers matching a query, at most `limit`, with how many match in all. */
  searchProfiles: (query: string, limit: number) => Promise<{ matches: CustomerEntry[]; total: number }>;
  createProfile: (label: string) => Promise<void>;
  /** Resolves to a sentence saying how many were checked, with what result, and how many skipped. */
  recheckAll: () => Promise<string>;
  /** Opens the options page's customer list on the customers that need attention. */
  openCustomers: () => Promise<void>;
  startRotation: (id: string) => Promise<void>;
  finishRotation: (id: string) => Promise<void>;
  /** Chromium's side panel or Firefox's sidebar; undefined where the browser has neither. */
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

  // One request at a time, and one more after it however many changes came meanwhile: a switch or an
  // import is several storage writes, and each must not cost a round trip of its own.
  const inFlight = useRef<Promise<void>>(undefined);
  const again = useRef(false);
  const refresh = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const run = async () => {
      do {
        again.current = false;
        const next = await fetchPublicState();
        if ('error' in next) setError(next.error);
        else {
          setError(undefined);
          setState(next);
        }
      } while (again.current);
    };
    inFlight.current = run().finally(() => {
      inFlight.current = undefined;
    });
    await inFlight.current;
  }, []);

  useEffect(() => {
    // A storage change may change what is shown; the background derives it (the same small state with one
    // customer or thousands), the page just asks again. Parked workspaces are never shown here.
    const onChanged = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).every((key) => key.startsWith('workspace:'))) return;
      void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    if (!initial) void refresh();
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh, initial]);

  // Opened on an old "not granted": consent may have been given since, so look once more by itself.
  const lookedOnOpen = useRef(false);
  useEffect(() => {
    if (!state || lookedOnOpen.current) return;
    lookedOnOpen.current = true;
    if (state.credentials.secret && needsOneMoreLook(state.check, Date.now())) void send({ type: 'check.run' });
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
        return t('send_open_console_first');
      }
      const reply = await send({ type: 'fill.request', form, tabId: tab.id, url: tab.url, anyway });
      return reply.ok ? undefined : reply.error;
    },
    openSidePanel: sidePanelOpener(),
    switchProfile: async (id) => {
      await send({ type: 'profiles.switch', id });
    },
    searchProfiles: async (query, limit) => {
      const reply = await send({ type: 'profiles.search', query, limit });
      return reply.ok ? (reply.data as { matches: CustomerEntry[]; total: number }) : { matches: [], total: 0 };
    },
    createProfile: async (label) => {
      await send({ type: 'profiles.create', label });
    },
    recheckAll: async () => {
      const reply = await send({ type: 'profiles.recheckAll' });
      if (!reply.ok) return reply.error;
      return recheckSentence(reply.data as RecheckSummary);
    },
    openCustomers: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(ATTENTION_PAGE) });
      if (!document.body.classList.contains('sidepanel')) window.close();
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
