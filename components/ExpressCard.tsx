// Express setup: one action, its steps as they happen, and what came of it. Props in, events out.
import { useState } from 'preact/hooks';
import type { ExpressStepId, StepReport } from '../lib/express/express-setup';
import { EXPRESS_STEPS } from '../lib/express/express-setup';
import type { ExpressActions, ExpressModel } from '../lib/ui/use-express';

const STEP_NAMES: Record<ExpressStepId, string> = {
  app: 'App registration (single tenant)',
  permissions: 'The 12 Microsoft Graph application permissions',
  servicePrincipal: 'Enterprise app (service principal)',
  consent: 'Admin consent',
  secret: 'Client secret (24 months)',
};

const MARKS: Record<StepReport['status'], string> = { running: '…', done: '✓', skipped: '–', failed: '✗' };

export function ExpressCard({ model, actions }: { model: ExpressModel; actions: ExpressActions }) {
  const [name, setName] = useState('idemeum');
  const { busy, steps, outcome, handOverError } = model.run;
  const admin = model.signIn.admin;
  const ran = busy || outcome !== undefined;
  return (
    <section class="card" aria-labelledby="express-title">
      <h2 id="express-title">2. Express setup</h2>
      <p class="hint">
        Creates the app registration (or reuses the one with this name: running it twice never makes a duplicate), adds
        the 12 permissions as Application permissions, grants admin consent, adds a secret, and hands the three values
        to the extension.
      </p>
      <form
        class="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.runExpress(name.trim());
        }}
      >
        <label for="app-name">App name</label>
        <input id="app-name" value={name} onInput={(e) => setName(e.currentTarget.value)} maxLength={120} required />
        <button type="submit" disabled={!admin || busy || !name.trim()}>
          {busy ? 'Setting up…' : 'Run express setup'}
        </button>
      </form>
      {ran && (
        <ol class="checklist express-steps" aria-label="Express setup steps">
          {EXPRESS_STEPS.map((id) => {
            const report = steps[id];
            return (
              <li key={id} class={`step step-${report?.status ?? 'waiting'}`}>
                <span class="step-mark" aria-hidden="true">
                  {report ? MARKS[report.status] : '○'}
                </span>
                <span>
                  <span class="step-name">{STEP_NAMES[id]}</span>
                  <span class="visually-hidden">: {report?.status ?? 'waiting'}</span>
                  {report?.detail && <span class="step-detail">{report.detail}</span>}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {outcome && !outcome.ok && (
        <div class="banner banner-error" role="alert">
          <p class="diagnosis-title">{outcome.diagnosis.title}</p>
          <p>{outcome.diagnosis.fix}</p>
          {(outcome.diagnosis.code || outcome.diagnosis.microsoftText) && (
            <p class="diagnosis-microsoft">
              {outcome.diagnosis.code && <code>{outcome.diagnosis.code}</code>} {outcome.diagnosis.microsoftText}
            </p>
          )}
        </div>
      )}
      {outcome?.ok && (
        <div
          class={`banner ${outcome.result.consent.kind === 'granted' ? 'banner-ok' : 'banner-warning'}`}
          role="status"
        >
          {outcome.result.consent.kind === 'granted' ? (
            <p class="diagnosis-title">Done: “{outcome.result.displayName}” is registered and consented.</p>
          ) : (
            <>
              <p class="diagnosis-title">Registered; admin consent is still needed.</p>
              <p>{outcome.result.consent.reason}</p>
              <p>
                Send this link to a Global Administrator or Privileged Role Administrator of the tenant:{' '}
                <a href={outcome.result.consent.url} target="_blank" rel="noreferrer">
                  admin-consent link
                </a>
              </p>
              <p>
                <output class="credential-value" aria-label="Admin-consent link">
                  {outcome.result.consent.url}
                </output>
              </p>
            </>
          )}
          <p>
            Client ID <code>{outcome.result.clientId}</code> and tenant ID <code>{outcome.result.tenantId}</code>
            {outcome.result.secret ? ' and the new secret' : ''} are in the extension, which is checking them now. Next:
            open the idemeum admin console and press “Send to idemeum” in the extension’s popup or side panel.
          </p>
          {handOverError && <p role="alert">{handOverError}</p>}
        </div>
      )}
    </section>
  );
}
