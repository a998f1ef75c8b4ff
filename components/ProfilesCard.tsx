// Customer profiles in the popup: which customer this setup is for, finding and switching to another,
// and which secrets need attention. The same size with one customer or thousands.
import { useState } from 'preact/hooks';
import type { CustomersState } from '../lib/background/public-state';
import { formatDate } from '../lib/i18n/format';
import { plural, t } from '../lib/i18n/t';
import { daysLeft } from '../lib/profiles/reminders';
import type { AssistantActions } from '../lib/ui/assistant-client';
import { CustomerCombobox } from './CustomerCombobox';
import { NeedsAttention } from './NeedsAttention';

interface Props {
  profiles: CustomersState;
  actions: AssistantActions;
  now: number;
}

function expiry(expiresAt: string, now: number): string {
  const days = daysLeft(expiresAt, now);
  const date = formatDate(new Date(expiresAt));
  return days < 0 ? t('customers_secret_expired_on', { date }) : plural('customers_secret_expires_on', days, { date });
}

export function ProfilesCard({ profiles, actions, now }: Props) {
  const [adding, setAdding] = useState(false);
  const [label, setLabel] = useState('');
  const [note, setNote] = useState<string>();
  const active = profiles.active;

  const create = async (event: Event) => {
    event.preventDefault();
    if (!label.trim()) return;
    await actions.createProfile(label.trim());
    setLabel('');
    setAdding(false);
  };

  return (
    <section class="card" aria-labelledby="profiles-title">
      <div class="card-title-row">
        <h2 id="profiles-title">{t('customers_title')}</h2>
        <button type="button" class="link-button" onClick={() => setAdding(!adding)}>
          {t('customers_new')}
        </button>
      </div>
      {active && (
        <p class="customer-active" aria-live="polite">
          <strong>{active.label}</strong>
          {[active.domain, active.secretExpiresAt && expiry(active.secretExpiresAt, now)]
            .filter(Boolean)
            .map((part) => ` · ${part}`)
            .join('')}
        </p>
      )}
      {profiles.count > 1 && (
        <CustomerCombobox search={actions.searchProfiles} onSelect={(id) => void actions.switchProfile(id)} />
      )}
      {adding && (
        <form class="credential-edit profile-new" onSubmit={create}>
          <label class="visually-hidden" for="profile-label">
            {t('customers_new_name')}
          </label>
          <input
            id="profile-label"
            placeholder={t('customers_name_placeholder')}
            value={label}
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" disabled={!label.trim()}>
            {t('customers_add')}
          </button>
        </form>
      )}
      <NeedsAttention
        attention={profiles.attention}
        onRotate={(id) => void actions.startRotation(id)}
        onOpenList={() => void actions.openCustomers()}
      />
      {profiles.count > 1 && (
        <button type="button" class="link-button" onClick={() => void actions.recheckAll().then(setNote)}>
          {t('customers_recheck_all')}
        </button>
      )}
      {note && (
        <p class="hint" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
