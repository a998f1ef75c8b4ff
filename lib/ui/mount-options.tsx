// Mounts the options page: settings read from the background, changes sent back.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { DEFAULT_AUTHORITY } from '../express/sign-in-settings';
import type { Profile } from '../profiles/profile';
import { send } from '../send';
import { fetchPublicState } from '../state-client';
import { Settings } from '../store';

function Connected({ initial, initialProfiles }: { initial: Settings; initialProfiles: Profile[] }) {
  const [settings, setSettings] = useState(initial);
  const [profiles, setProfiles] = useState(initialProfiles);
  const reloadProfiles = async () => {
    const state = await fetchPublicState();
    if (!('error' in state)) setProfiles(state.profiles?.list ?? []);
  };
  const onChange = (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    void send({ type: 'settings.set', ...change });
  };
  const manager = {
    profiles,
    onRename: (id: string, label: string) => void send({ type: 'profiles.rename', id, label }).then(reloadProfiles),
    onExport: async () => {
      const reply = await send({ type: 'profiles.export' });
      return JSON.stringify(reply.ok ? reply.data : {}, null, 2);
    },
    onImport: async (text: string) => {
      const reply = await send({ type: 'profiles.import', text });
      await reloadProfiles();
      if (!reply.ok) return { ok: false, message: reply.error };
      const { added, updated } = reply.data as { added: number; updated: number };
      return { ok: true, message: `Imported: ${added} added, ${updated} updated.` };
    },
  };
  const signIn = {
    clientId: settings.signInClientId,
    authority: settings.signInAuthority,
    defaultAuthority: DEFAULT_AUTHORITY,
    redirectUri: browser.identity.getRedirectURL(),
    onSave: async (signInClientId: string, signInAuthority: string) => {
      const reply = await send({ type: 'settings.set', signInClientId, signInAuthority });
      return reply.ok ? undefined : reply.error;
    },
  };
  return <OptionsView settings={settings} onChange={onChange} profiles={manager} signIn={signIn} />;
}

export async function mountOptions(root: HTMLElement): Promise<void> {
  const state = await fetchPublicState();
  const settings = Settings.parse(('error' in state ? undefined : state.settings) ?? {});
  const profiles = 'error' in state ? [] : (state.profiles?.list ?? []);
  render(<Connected initial={settings} initialProfiles={profiles} />, root);
  document.documentElement.dataset.ready = 'true';
}
