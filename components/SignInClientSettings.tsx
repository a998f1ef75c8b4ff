// Options: the organisation's sign-in client for express setup. Props in, events out.
import { useState } from 'preact/hooks';
import { t, tParts } from '../lib/i18n/t';

export interface SignInClientSettingsProps {
  clientId?: string;
  authority?: string;
  defaultAuthority: string;
  /** This browser's redirect URI for the extension, to register on the sign-in client. */
  redirectUri: string;
  /** Resolves to an error in words, or nothing when saved. */
  onSave: (clientId: string, authority: string) => Promise<string | undefined>;
}

export function SignInClientSettings({
  clientId,
  authority,
  defaultAuthority,
  redirectUri,
  onSave,
}: SignInClientSettingsProps) {
  const [id, setId] = useState(clientId ?? '');
  const [auth, setAuth] = useState(authority ?? defaultAuthority);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  return (
    <section class="card" aria-labelledby="sign-in-client-title">
      <h2 id="sign-in-client-title">{t('sign_in_client_title')}</h2>
      <p class="hint">{t('sign_in_client_intro')}</p>
      <p class="hint">{tParts('sign_in_client_redirect', { uri: <code class="consent-link">{redirectUri}</code> })}</p>
      <form
        class="settings-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const error = await onSave(id, auth);
          setMessage(error ? { kind: 'error', text: error } : { kind: 'ok', text: t('sign_in_client_saved') });
        }}
      >
        <label for="sign-in-client-id">{t('sign_in_client_id')}</label>
        <input id="sign-in-client-id" value={id} onInput={(e) => setId(e.currentTarget.value)} maxLength={64} />
        <label for="sign-in-authority">{t('sign_in_client_authority')}</label>
        <input id="sign-in-authority" value={auth} onInput={(e) => setAuth(e.currentTarget.value)} maxLength={300} />
        <div class="button-row">
          <button type="submit">{t('sign_in_client_save')}</button>
        </div>
        {message && (
          <p class={`field-message field-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
