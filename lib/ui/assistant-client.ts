// The popup's and side panel's link to the background: state in, actions out. Components get plain
// props from here and never touch browser APIs themselves.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PublicState } from '../background/public-state';
import type { CredentialField } from '../credentials';
import { send } from '../send';

export interface AssistantActions {
  setField: (field: CredentialField, value: string) => Promise<{ error?: string; warning?: string }>;
  forget: () => Promise<void>;
  recheck: () => Promise<void>;
}

export async function fetchState(): Promise<PublicState | { error: string }> {
  const reply = await send({ type: 'state.get' });
  if (!reply.ok) return { error: reply.error };
  const parsed = PublicState.safeParse(reply.data);
  return parsed.success ? parsed.data : { error: 'The extension sent a state this page cannot read.' };
}

export function useAssistant(initial?: PublicState): {
  state?: PublicState;
  error?: string;
  actions: AssistantActions;
} {
  const [state, setState] = useState<PublicState | undefined>(initial);
  const [error, setError] = useState<string>();

  const refresh = useCallback(async () => {
    const next = await fetchState();
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

  const actions: AssistantActions = {
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
  };
  return { state, error, actions };
}
