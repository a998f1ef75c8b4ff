import { useState } from 'preact/hooks';
import type { PublicState } from '../lib/background/public-state';
import type { ValueCheck } from '../lib/credentials';
import type { Diagnosis } from '../lib/entra/diagnosis';
import type { CredentialField } from '../lib/fields';
import { type MessageKey, t } from '../lib/i18n/t';
import type { AssistantActions } from '../lib/ui/assistant-client';
import { ExpiryNote } from './ExpiryNote';

interface Props {
  credentials: PublicState['credentials'];
  diagnosis?: Diagnosis;
  actions: AssistantActions;
  now: number;
}

const FIELDS: CredentialField[] = ['tenantId', 'clientId', 'secret'];

const LABELS: Record<CredentialField, MessageKey> = {
  tenantId: 'field_tenant_id',
  clientId: 'field_client_id',
  secret: 'field_secret',
};

export function CredentialsCard({ credentials, diagnosis, actions, now }: Props) {
  const shown: Record<CredentialField, string | undefined> = {
    tenantId: credentials.tenantId,
    clientId: credentials.clientId,
    secret: credentials.secret?.masked,
  };
  const anything = FIELDS.some((f) => shown[f]);
  return (
    <section class="card" aria-labelledby="credentials-title">
      <h2 id="credentials-title">{t('credentials_title')}</h2>
      {FIELDS.map((field) => (
        <CredentialRow
          key={field}
          field={field}
          shown={shown[field]}
          suspect={diagnosis?.field === field}
          onSubmit={(value) => actions.setField(field, value)}
          validate={(value) => actions.checkValue(field, value)}
        />
      ))}
      {credentials.secret?.expiresAt && <ExpiryNote expiresAt={credentials.secret.expiresAt} now={now} />}
      {anything && (
        <button type="button" class="link-button" onClick={() => void actions.forget()}>
          {t('credentials_forget')}
        </button>
      )}
    </section>
  );
}

interface RowProps {
  field: CredentialField;
  shown?: string;
  suspect: boolean;
  onSubmit: (value: string) => Promise<{ error?: string; warning?: string }>;
  validate: (value: string) => Promise<ValueCheck>;
}

function CredentialRow({ field, shown, suspect, onSubmit, validate }: RowProps) {
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'warning'; text: string }>();
  const inputId = `field-${field}`;
  const messageId = `${inputId}-message`;
  const label = t(LABELS[field]);

  // The secret field is a masked text input, not type=password: password managers must not offer to keep it.
  const submit = async (event: Event) => {
    event.preventDefault();
    // Same checks as the background, so the admin sees the problem before anything is sent.
    const local = await validate(draft);
    if (!local.ok) return setMessage({ kind: 'error', text: local.message });
    const reply = await onSubmit(draft);
    if (reply.error) return setMessage({ kind: 'error', text: reply.error });
    setDraft('');
    setEditing(false);
    setMessage(reply.warning ? { kind: 'warning', text: reply.warning } : undefined);
  };

  return (
    <form class={`credential ${suspect ? 'credential-suspect' : ''}`} onSubmit={submit}>
      <div class="credential-label-row">
        <label for={inputId} id={`${inputId}-label`}>
          {label}
        </label>
        {shown && !editing && (
          <button
            type="button"
            class="link-button"
            aria-label={t('credentials_change_named', { field: label })}
            onClick={() => setEditing(true)}
          >
            {t('credentials_change')}
          </button>
        )}
      </div>
      {shown && (
        <output class="credential-value" aria-label={t('credentials_in_use', { field: label })} data-field={field}>
          {shown}
        </output>
      )}
      {(!shown || editing) && (
        <div class="credential-edit">
          <input
            id={inputId}
            name={field}
            type="text"
            class={field === 'secret' ? 'masked-input' : undefined}
            autocomplete="off"
            spellcheck={false}
            placeholder={t(field === 'secret' ? 'credentials_paste_secret' : 'credentials_paste_guid')}
            value={draft}
            aria-invalid={message?.kind === 'error' ? true : undefined}
            aria-describedby={message ? messageId : undefined}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" disabled={!draft.trim()}>
            {t('credentials_save')}
          </button>
        </div>
      )}
      {message && (
        <p
          id={messageId}
          class={`field-message field-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
