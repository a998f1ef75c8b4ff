// Deep diagnostics of an existing app registration, read through Graph. Props in, events out.
import { useState } from 'preact/hooks';
import type { PermissionFinding } from '../lib/express/diagnose-app';
import { appBladeLink } from '../lib/portal-links';
import type { ExpressActions, ExpressModel } from '../lib/ui/use-express';

const STATUS_WORDS: Record<PermissionFinding['status'], string> = {
  granted: 'Granted',
  'not-consented': 'Not consented',
  'delegated-instead': 'Delegated (needs Application)',
  missing: 'Missing',
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
      <h2 id="diagnose-title">Diagnose an existing app</h2>
      <form
        class="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.diagnose(id);
        }}
      >
        <label for="diagnose-id">Client ID or Object ID</label>
        <input id="diagnose-id" value={id} onInput={(e) => setId(e.currentTarget.value)} maxLength={64} required />
        <button type="submit" disabled={!model.signIn.admin || busy}>
          {busy ? 'Reading…' : 'Diagnose'}
        </button>
      </form>
      {!model.signIn.admin && <p class="hint">Sign in first.</p>}
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <section aria-label="Diagnosis of the app" aria-live="polite">
          <p>
            <strong>{result.displayName}</strong>: client ID <code>{result.clientId}</code>
          </p>
          {result.problems.length === 0 ? (
            <p class="field-ok" role="status">
              ✓ Nothing wrong: all 12 granted as Application permissions, and a valid secret.
            </p>
          ) : (
            <ul class="problems" aria-label="What is wrong">
              {result.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <p class="button-row">
            <a href={appBladeLink('CallAnAPI', result.clientId, result.objectId)} target="_blank" rel="noreferrer">
              API permissions in the portal
            </a>
            <a href={appBladeLink('Credentials', result.clientId, result.objectId)} target="_blank" rel="noreferrer">
              Certificates &amp; secrets in the portal
            </a>
          </p>
          {heldClientId?.toLowerCase() !== result.clientId && (
            <button
              type="button"
              class="link-button"
              onClick={() => void actions.useClientId(result.clientId, result.objectId)}
            >
              Use this app in the extension (its client ID and this tenant)
            </button>
          )}
          <ul class="permissions" aria-label="Permissions of the app">
            {result.permissions.map((p) => (
              <li key={p.name} class="permission">
                <span class="permission-name">{p.name}</span>
                <span class={`permission-status status-${p.status}`}>{STATUS_WORDS[p.status]}</span>
              </li>
            ))}
          </ul>
          <h3>Secrets</h3>
          {result.secrets.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul class="permissions" aria-label="Secrets of the app">
              {result.secrets.map((s) => (
                <li key={s.keyId} class="permission">
                  <span>{s.label}</span>
                  <span class={`expiry-${s.state === 'valid' ? 'ok' : s.state === 'expiring' ? 'warning' : 'error'}`}>
                    {s.state === 'expired' ? 'Expired' : 'Expires'} {s.endDateTime?.slice(0, 10) ?? 'never'}
                    {s.state === 'expiring' ? ` (in ${s.daysLeft} days)` : ''}
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
