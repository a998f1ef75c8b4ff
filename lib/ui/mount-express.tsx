// Mounts the express page. The sign-in settings and the held client ID come from the background's state.
import { render } from 'preact';
import { ExpressView } from '../../components/ExpressView';
import type { PublicState } from '../background/public-state';
import { fetchPublicState } from '../state-client';
import { useExpress } from './use-express';

function Connected({ state }: { state?: PublicState }) {
  const settings = state?.settings;
  const { model, actions } = useExpress({ clientId: settings?.signInClientId, authority: settings?.signInAuthority });
  return <ExpressView model={model} actions={actions} heldClientId={state?.credentials.clientId} />;
}

export async function mountExpress(root: HTMLElement): Promise<void> {
  const state = await fetchPublicState();
  render(<Connected state={'error' in state ? undefined : state} />, root);
  document.documentElement.dataset.ready = 'true';
}
