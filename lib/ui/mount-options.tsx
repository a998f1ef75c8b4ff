// Mounts the options page: settings read from the background, changes sent back.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import { send } from '../send';
import { Settings } from '../store';
import { fetchState } from './assistant-client';

function Connected({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const onChange = (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    void send({ type: 'settings.set', ...change });
  };
  return <OptionsView settings={settings} onChange={onChange} />;
}

export async function mountOptions(root: HTMLElement): Promise<void> {
  const state = await fetchState();
  const settings = Settings.parse(('error' in state ? undefined : state.settings) ?? {});
  render(<Connected initial={settings} />, root);
  document.documentElement.dataset.ready = 'true';
}
