// Customer profiles: which customer this setup is for, switching, and which secrets expire soon.
import { useState } from 'preact/hooks';
import type { PublicState } from '../lib/background/public-state';
import { daysLeft, needsAttention } from '../lib/profiles/reminders';
import type { AssistantActions } from '../lib/ui/assistant-client';

interface Props {
  profiles: NonNullable<PublicState['profiles']>;
  actions: AssistantActions;
  now: number;
}

export function ProfilesCard({ profiles, actions, now }: Props) {
  const [adding, setAdding] = useState(false);
  const [label, setLabel] = useState('');
  const [note, setNote] = useState<string>();
  const attention = profiles.list.filter((p) => needsAttention(p.secretExpiresAt, now));

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
        <h2 id="profiles-title">Customer</h2>
        <button type="button" class="link-button" onClick={() => setAdding(!adding)}>
          New customer
        </button>
      </div>
      <label class="visually-hidden" for="profile-select">
        Customer profile
      </label>
      <select
        id="profile-select"
        class="profile-select"
        value={profiles.activeId}
        onChange={(e) => void actions.switchProfile((e.currentTarget as HTMLSelectElement).value)}
      >
        {profiles.list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
            {p.domain ? ` (${p.domain})` : ''}
          </option>
        ))}
      </select>
      {adding && (
        <form class="credential-edit profile-new" onSubmit={create}>
          <label class="visually-hidden" for="profile-label">
            Name of the new customer
          </label>
          <input
            id="profile-label"
            placeholder="Customer name"
            value={label}
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" disabled={!label.trim()}>
            Add
          </button>
        </form>
      )}
      {attention.map((p) => {
        const days = daysLeft(p.secretExpiresAt ?? '', now);
        return (
          <div key={p.id} class="banner banner-warning attention">
            <p>
              {days < 0
                ? `The secret for ${p.label} has expired.`
                : `The secret for ${p.label} expires in ${days} days.`}
            </p>
            {!p.rotation && (
              <button type="button" onClick={() => void actions.startRotation(p.id)}>
                Rotate {p.label}’s secret
              </button>
            )}
          </div>
        );
      })}
      {profiles.list.length > 1 && (
        <button type="button" class="link-button" onClick={() => void actions.recheckAll().then(setNote)}>
          Re-check all customers
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
