// Mounts the options page: settings read from the background, changes sent back.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { DEFAULT_AUTHORITY } from '../express/sign-in-settings';
import { type HealthRecord, healthReport, readHealthRecords } from '../guide-health/record';
import type { Profile } from '../profiles/profile';
import { send } from '../send';
import { fetchPublicState } from '../state-client';
import { Settings } from '../store';

/** Saves the guide-health report as a JSON file, here in the page: nothing leaves the browser. */
function downloadReport(records: HealthRecord[]): void {
  const now = new Date();
  const report = healthReport(records, browser.runtime.getManifest().version, now);
  const url = URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `guide-health-${now.toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Connected({
  initial,
  initialProfiles,
  health,
}: {
  initial: Settings;
  initialProfiles: Profile[];
  health: HealthRecord[];
}) {
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
  const guideHealth = { records: health, onDownload: () => downloadReport(health) };
  return (
    <OptionsView settings={settings} onChange={onChange} profiles={manager} signIn={signIn} guideHealth={guideHealth} />
  );
}

export async function mountOptions(root: HTMLElement): Promise<void> {
  const state = await fetchPublicState();
  const settings = Settings.parse(('error' in state ? undefined : state.settings) ?? {});
  const profiles = 'error' in state ? [] : (state.profiles?.list ?? []);
  const health = await readHealthRecords();
  render(<Connected initial={settings} initialProfiles={profiles} health={health} />, root);
  document.documentElement.dataset.ready = 'true';
}
