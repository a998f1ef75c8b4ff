// Deep diagnostics of an existing app registration, read through Graph. Props in, events out.
import { useState } from 'preact/hooks';
import type { PermissionFinding, SecretFinding } from '../lib/express/diagnose-app';
import { formatDate } from '../lib/i18n/format';
import { type MessageKey, plural, t, tParts } from '../lib/i18n/t';
import { appBladeLink } from '../lib/portal-links';
import type { ExpressActions, ExpressModel } from '../lib/ui/use-express';

const STATUS_WORDS: Record<PermissionFinding['status'], MessageKey> = {
  granted: 'permission_granted',
  'not-consented': 'diagnose_not_consented',
  'delegated-instead': 'diagnose_delegated_instead',
  missing: 'permission_missing',
};

export function AppDiagnosisCard({
  model,
  actions,
  heldClientId,
}: {
  model: ExpressModel;
  actions: ExpressActions;
  heldClientId?: string;
}) {
  const [id, setId] = useState(heldClientId ?? '');
  const { busy, result, error } = model.diagnosis;
  return (
    <section class="card" aria-labelledby="diagnose-title">
      <h2 id="diagnose-title">{t('diagnose_title')}</h2>
      <form
        class="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.diagnose(id);
        }}
      >
        <label for="diagnose-id">{t('diagnose_id_label')}</label>
        <input id="diagnose-id" value={id} onInput={(e) => setId(e.currentTarget.value)} maxLength={64} required />
        <button type="submit" disabled={!model.signIn.admin || busy}>
          {t(busy ? 'diagnose_busy' : 'diagnose_button')}
        </button>
      </form>
      {!model.signIn.admin && <p class="hint">{t('express_sign_in_first')}</p>}
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <section aria-label={t('diagnose_result_label')} aria-live="polite">
          <p>
            {tParts('diagnose_app_line', {
              name: <strong>{result.displayName}</strong>,
              clientId: <code>{result.clientId}</code>,
            })}
          </p>
          {result.problems.length === 0 ? (
            <p class="field-ok" role="status">
              ✓ {t('diagnose_nothing_wrong')}
            </p>
          ) : (
            <ul class="problems" aria-label={t('diagnose_problems_label')}>
              {result.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <p class="button-row">
            <a href={appBladeLink('CallAnAPI', result.clientId, result.objectId)} target="_blank" rel="noreferrer">
              {t('diagnose_api_permissions_link')}
            </a>
            <a href={appBladeLink('Credentials', result.clientId, result.objectId)} target="_blank" rel="noreferrer">
              {t('diagnose_credentials_link')}
            </a>
          </p>
          {heldClientId?.toLowerCase() !== result.clientId && (
            <button
              type="button"
              class="link-button"
              onClick={() => void actions.useClientId(result.clientId, result.objectId)}
            >
              {t('diagnose_use_app')}
            </button>
          )}
          <ul class="permissions" aria-label={t('diagnose_permissions_label')}>
            {result.permissions.map((p) => (
              <li key={p.name} class="permission">
                <span class="permission-name">{p.name}</span>
                <span class={`permission-status status-${p.status}`}>{t(STATUS_WORDS[p.status])}</span>
              </li>
            ))}
          </ul>
          <h3>{t('diagnose_secrets')}</h3>
          {result.secrets.length === 0 ? (
            <p>{t('diagnose_no_secrets')}</p>
          ) : (
            <ul class="permissions" aria-label={t('diagnose_secrets_label')}>
              {result.secrets.map((s) => (
                <li key={s.keyId} class="permission">
                  <span>{s.label}</span>
                  <span class={`expiry-${s.state === 'valid' ? 'ok' : s.state === 'expiring' ? 'warning' : 'error'}`}>
                    {secretExpiry(s)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}

function secretExpiry(s: SecretFinding): string {
  if (!s.endDateTime) return t('diagnose_secret_never');
  const date = formatDate(Date.parse(s.endDateTime));
  if (s.state === 'expired') return t('diagnose_secret_expired', { date });
  if (s.state === 'expiring') return plural('diagnose_secret_expiring', s.daysLeft ?? 0, { date });
  return t('diagnose_secret_expires', { date });
}
