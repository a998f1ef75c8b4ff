import { useState } from 'preact/hooks';
import type { PublicState } from '../lib/background/public-state';
import type { AssistantActions } from '../lib/ui/assistant-client';

interface Props {
  state: PublicState;
  actions: AssistantActions;
}

const FORMS = [
  { form: 'userSource', label: 'Fill the user source', saved: 'userSourceSavedAt' },
  { form: 'jit', label: 'Fill the Entra JIT app', saved: 'jitSavedAt' },
] as const;

export function SendCard({ state, actions }: Props) {
  const [anyway, setAnyway] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string }>();
  const { credentials, check, idemeum, settings } = state;
  const complete = !!credentials.tenantId && !!credentials.clientId && !!credentials.secret;
  const passed = check.result?.verdict === 'passed';
  const enabled = complete && (passed || anyway);
  const bothSaved = !!idemeum?.userSourceSavedAt && !!idemeum.jitSavedAt;

  const sendForm = async (form: 'userSource' | 'jit') => {
    setMessage(undefined);
    const error = await actions.sendToIdemeum(form, anyway && !passed);
    setMessage(
      error
        ? { kind: 'error', text: error }
        : { kind: 'ok', text: 'Filled. Check the form in idemeum, then press its button.' },
    );
  };

  return (
    <section class="card" aria-labelledby="send-title">
      <h2 id="send-title">Send to idemeum</h2>
      <p class="hint">Open the idemeum admin console’s form in this tab, then:</p>
      <div class="button-row">
        {FORMS.map(({ form, label, saved }) => (
          <button key={form} type="button" disabled={!enabled} onClick={() => void sendForm(form)}>
            {label}
            {idemeum?.[saved] ? ' ✓' : ''}
          </button>
        ))}
      </div>
      {complete && !passed && (
        <label class="checkbox-row">
          <input
            type="checkbox"
            checked={anyway}
            onChange={(e) => setAnyway((e.currentTarget as HTMLInputElement).checked)}
          />
          Send anyway (the check has not passed)
        </label>
      )}
      {!complete && <p class="hint">Available once the three values are captured and checked.</p>}
      {message && (
        <p
          class={`field-message field-${message.kind === 'error' ? 'error' : 'ok'}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {idemeum?.lastFill && idemeum.lastFill.problems.length > 0 && (
        <ul class="problems" aria-label="Left to do by hand">
          {idemeum.lastFill.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {bothSaved && credentials.secret && (
        <div class="banner banner-warning" role="status">
          <p>Both idemeum forms are saved. The secret is no longer needed here.</p>
          <button type="button" onClick={() => void actions.forgetSecret()}>
            Forget the secret now
          </button>
        </div>
      )}
      <label class="checkbox-row">
        <input
          type="checkbox"
          checked={!!settings?.forgetSecretAfterFill}
          onChange={(e) => void actions.setForgetAfterFill((e.currentTarget as HTMLInputElement).checked)}
        />
        Forget the secret right after it is filled (otherwise when the browser closes)
      </label>
    </section>
  );
}
