import { useState } from 'preact/hooks';
import type { PublicState } from '../lib/background/public-state';
import { t } from '../lib/i18n/t';
import type { AssistantActions } from '../lib/ui/assistant-client';

interface Props {
  state: PublicState;
  actions: AssistantActions;
}

const FORMS = [
  { form: 'userSource', label: 'send_fill_user_source', saved: 'userSourceSavedAt' },
  { form: 'jit', label: 'send_fill_jit', saved: 'jitSavedAt' },
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
    setMessage(error ? { kind: 'error', text: error } : { kind: 'ok', text: t('send_filled') });
  };

  return (
    <section class="card" aria-labelledby="send-title">
      <h2 id="send-title">{t('send_title')}</h2>
      <p class="hint">{t('send_hint')}</p>
      <div class="button-row">
        {FORMS.map(({ form, label, saved }) => (
          <button key={form} type="button" disabled={!enabled} onClick={() => void sendForm(form)}>
            {t(label)}
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
          {t('send_anyway')}
        </label>
      )}
      {!complete && <p class="hint">{t('send_available_when')}</p>}
      {message && (
        <p
          class={`field-message field-${message.kind === 'error' ? 'error' : 'ok'}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {idemeum?.lastFill && idemeum.lastFill.problems.length > 0 && (
        <ul class="problems" aria-label={t('send_left_to_do')}>
          {idemeum.lastFill.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {bothSaved && credentials.secret && (
        <div class="banner banner-warning" role="status">
          <p>{t('send_both_saved')}</p>
          <button type="button" onClick={() => void actions.forgetSecret()}>
            {t('send_forget_secret_now')}
          </button>
        </div>
      )}
      <label class="checkbox-row">
        <input
          type="checkbox"
          checked={!!settings?.forgetSecretAfterFill}
          onChange={(e) => void actions.setForgetAfterFill((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('send_forget_after_fill')}
      </label>
    </section>
  );
}
