// Options: the organisation's sign-in client for express setup. Props in, events out.
import { useState } from 'preact/hooks';

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
      <h2 id="sign-in-client-title">Sign-in for express setup</h2>
      <p class="hint">
        Your organisation registers the extension once as a Single-page application (README: “Express setup”) and enters
        its Application (client) ID here. Leave it empty to use only the guided setup.
      </p>
      <p class="hint">
        Its Single-page application redirect URI for this browser: <code class="consent-link">{redirectUri}</code>
      </p>
      <form
        class="settings-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const error = await onSave(id, auth);
          setMessage(error ? { kind: 'error', text: error } : { kind: 'ok', text: 'Saved.' });
        }}
      >
        <label for="sign-in-client-id">Sign-in client ID</label>
        <input id="sign-in-client-id" value={id} onInput={(e) => setId(e.currentTarget.value)} maxLength={64} />
        <label for="sign-in-authority">Authority</label>
        <input id="sign-in-authority" value={auth} onInput={(e) => setAuth(e.currentTarget.value)} maxLength={300} />
        <div class="button-row">
          <button type="submit">Save sign-in settings</button>
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
