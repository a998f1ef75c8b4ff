// Mounts the express page. The sign-in settings and the held client ID come from the background's state,
// followed as it changes (options saved in another tab, a result landed).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ExpressView } from '../../components/ExpressView';
import type { PublicState } from '../background/public-state';
import { tryFetchPublicState } from '../state-client';
import { useExpress } from './use-express';

function Connected({ initial }: { initial?: PublicState }) {
  const [state, setState] = useState(initial);
  useEffect(() => {
    const onChanged = () => void tryFetchPublicState().then((next) => next && setState(next));
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const settings = state?.settings;
  const { model, actions } = useExpress({ clientId: settings?.signInClientId, authority: settings?.signInAuthority });
  return (
    <ExpressView model={model} actions={actions} heldClientId={state?.credentials.clientId} check={state?.check} />
  );
}

export async function mountExpress(root: HTMLElement): Promise<void> {
  render(<Connected initial={await tryFetchPublicState()} />, root);
  document.documentElement.dataset.ready = 'true';
}
