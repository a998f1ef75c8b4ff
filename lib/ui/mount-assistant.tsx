// Mounts the assistant view in the popup or the side panel: the state is fetched before the first
// render, so the first frame already shows the data (no empty flash, no layout jump).
import { render } from 'preact';
import { AssistantPanel } from '../../components/AssistantPanel';
import type { PublicState } from '../background/public-state';
import { EMPTY_STATE, fetchPublicState } from '../state-client';
import { useAssistant } from './assistant-client';

function Connected({ initial, initialError }: { initial: PublicState; initialError?: string }) {
  const { state, error, actions } = useAssistant(initial);
  const inSidePanel = document.body.classList.contains('sidepanel');
  return (
    <AssistantPanel
      state={state ?? initial}
      error={error ?? initialError}
      actions={actions}
      inSidePanel={inSidePanel}
    />
  );
}

export async function mountAssistant(root: HTMLElement): Promise<void> {
  performance.mark('assistant-script-start');
  const first = await fetchPublicState();
  const initial = 'error' in first ? EMPTY_STATE : first;
  render(<Connected initial={initial} initialError={'error' in first ? first.error : undefined} />, root);
  document.documentElement.dataset.ready = 'true';
  // Opened → first render with data, for the benchmark and for anyone profiling the popup.
  performance.mark('assistant-first-render');
}
