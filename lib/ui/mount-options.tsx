// Mounts the options page: settings read from the background, changes sent back.
import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { DEFAULT_AUTHORITY } from '../express/sign-in-settings';
import { type HealthRecord, healthReport, readHealthRecords } from '../guide-health/record';
import { plural, t } from '../i18n/t';
import { type RecheckSummary, recheckSentence } from '../profiles/recheck-words';
import { ATTENTION_HASH } from '../profiles/reminders';
import { send } from '../send';
import { fetchPublicState } from '../state-client';
import { Settings } from '../store';
import { type CustomersFeed, loadCustomers, useCustomers } from './customers-client';

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
  customersFeed,
  health,
}: {
  initial: Settings;
  customersFeed: CustomersFeed;
  health: HealthRecord[];
}) {
  const [settings, setSettings] = useState(initial);
  const [now] = useState(Date.now);
  const customers = useCustomers(customersFeed);
  const profiles = useMemo(() => [...customers.byId.values()], [customers.byId]);
  const onChange = (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    void send({ type: 'settings.set', ...change });
  };
  const manager = {
    profiles,
    activeId: customers.activeId,
    now,
    attentionFirst: location.hash === ATTENTION_HASH,
    onRename: (id: string, label: string) => void send({ type: 'profiles.rename', id, label }),
    onExport: async (ids?: string[]) => {
      const reply = await send({ type: 'profiles.export', ids });
      return JSON.stringify(reply.ok ? reply.data : {}, null, 2);
    },
    onImport: async (text: string) => {
      const reply = await send({ type: 'profiles.import', text });
      if (!reply.ok) return { ok: false, message: reply.error };
      return { ok: true, message: (reply.data as { summary: string }).summary };
    },
    onDelete: async (ids: string[]) => {
      const reply = await send({ type: 'profiles.delete', ids });
      if (!reply.ok) return { ok: false, message: reply.error };
      const { deleted } = reply.data as { deleted: number };
      return { ok: true, message: plural('customers_deleted', deleted) };
    },
    onUndoDelete: async () => {
      const reply = await send({ type: 'profiles.undoDelete' });
      const restored = reply.ok ? (reply.data as { restored: number }).restored : 0;
      if (!restored) return t('customers_nothing_to_restore');
      // The undo keeps no secret (README): a restored customer's must be captured again.
      return plural('customers_restored', restored);
    },
    onRecheck: async (ids: string[]) => {
      const reply = await send({ type: 'profiles.recheckAll', ids });
      return reply.ok ? recheckSentence(reply.data as RecheckSummary) : reply.error;
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
  const [state, customersFeed] = await Promise.all([fetchPublicState(), loadCustomers()]);
  const settings = Settings.parse(('error' in state ? undefined : state.settings) ?? {});
  const health = await readHealthRecords();
  render(<Connected initial={settings} customersFeed={customersFeed} health={health} />, root);
  document.documentElement.dataset.ready = 'true';
}
