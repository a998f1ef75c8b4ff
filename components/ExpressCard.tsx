// Express setup: one action, its steps as they happen, and what came of it. Props in, events out.
import { useState } from 'preact/hooks';
import type { PublicState } from '../lib/background/public-state';
import type { CheckVerdict } from '../lib/entra/check-result';
import type { Diagnosis } from '../lib/entra/diagnosis';
import { EXPRESS_STEPS, type ExpressResult, type ExpressStepId, type StepReport } from '../lib/express/express-setup';
import { appBladeLink } from '../lib/portal-links';
import type { ExpressActions, ExpressModel } from '../lib/ui/use-express';

const STEP_NAMES: Record<ExpressStepId, string> = {
  app: 'App registration (single tenant)',
  permissions: 'The 12 Microsoft Graph application permissions',
  servicePrincipal: 'Enterprise app (service principal)',
  consent: 'Admin consent',
  secret: 'Client secret',
};

const MARKS: Record<StepReport['status'], string> = { running: '…', done: '✓', skipped: '–', failed: '✗' };

export function ExpressCard({
  model,
  actions,
  check,
}: {
  model: ExpressModel;
  actions: ExpressActions;
  check?: PublicState['check'];
}) {
  const [name, setName] = useState('idemeum');
  const { busy, steps, outcome, handOverError } = model.run;
  const admin = model.signIn.admin;
  const ran = busy || outcome !== undefined;
  const latest = EXPRESS_STEPS.map((id) => steps[id])
    .filter((r) => r !== undefined)
    .at(-1);
  return (
    <section class="card" aria-labelledby="express-title">
      <h2 id="express-title">2. Express setup</h2>
      <p class="hint">
        Creates the app registration (a second run reuses it: never a duplicate), adds the 12 permissions as Application
        permissions, grants admin consent, adds a secret valid for 24 months, and hands the three values to the
        extension.
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
        <button type="submit" disabled={!admin || busy || !name.trim() || !!handOverError}>
          {busy ? 'Setting up…' : 'Run express setup'}
        </button>
      </form>
      {!admin && <p class="hint">Sign in first.</p>}
      <p class="visually-hidden" role="status" aria-label="Express setup progress">
        {latest ? `${STEP_NAMES[latest.step]}: ${latest.detail ?? latest.status}` : ''}
      </p>
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
        <Failure
          diagnosis={outcome.diagnosis}
          onUse={outcome.confirm && (() => void actions.runExpress(name.trim(), outcome.confirm?.clientId))}
        />
      )}
      {outcome?.ok && <Result result={outcome.result} handOverError={handOverError} actions={actions} check={check} />}
    </section>
  );
}

function Failure({ diagnosis, onUse }: { diagnosis: Diagnosis; onUse?: () => void }) {
  return (
    <div class={`banner ${onUse ? 'banner-warning' : 'banner-error'}`} role="alert">
      <p class="diagnosis-title">{diagnosis.title}</p>
      <p>{diagnosis.fix}</p>
      {(diagnosis.code || diagnosis.microsoftText) && (
        <p class="diagnosis-microsoft">
          {diagnosis.code && <code>{diagnosis.code}</code>} {diagnosis.microsoftText}
        </p>
      )}
      {onUse && (
        <button type="button" onClick={onUse}>
          Use that app for idemeum
        </button>
      )}
    </div>
  );
}

const VERDICT_WORDS: Record<CheckVerdict, string> = {
  passed: 'passed',
  propagating: 'waiting for Microsoft to apply the consent (it re-checks by itself)',
  incomplete: 'not all 12 are granted yet',
  failed: 'failed',
};

/** How the extension's own check of these values fares, as it happens. */
function CheckLine({ result, check }: { result: ExpressResult; check?: PublicState['check'] }) {
  const mine = check?.result?.checkedFor.clientId === result.clientId ? check.result : undefined;
  if (!mine) return <p>The extension is checking them now…</p>;
  const granted = mine.permissions.filter((p) => p.status === 'granted').length;
  return (
    <p>
      The extension’s check: <strong>{VERDICT_WORDS[mine.verdict]}</strong>, {granted} of 12 granted
      {mine.diagnosis ? `. ${mine.diagnosis.title}` : '.'}
    </p>
  );
}

function Result({
  result,
  handOverError,
  actions,
  check,
}: {
  result: ExpressResult;
  handOverError?: string;
  actions: ExpressActions;
  check?: PublicState['check'];
}) {
  const granted = result.consent.kind === 'granted';
  return (
    <div class={`banner ${granted ? 'banner-ok' : 'banner-warning'}`}>
      {result.consent.kind === 'granted' ? (
        <p class="diagnosis-title">
          Done: {result.reusedApp ? 'the existing' : 'the new'} app “{result.displayName}” is set up and consented.
        </p>
      ) : (
        <>
          <p class="diagnosis-title">Registered; admin consent is still needed.</p>
          <p>{result.consent.reason}</p>
          <p>
            Send a Global Administrator or Privileged Role Administrator of the tenant to the app’s{' '}
            <a href={appBladeLink('CallAnAPI', result.clientId, result.objectId)} target="_blank" rel="noreferrer">
              API permissions page
            </a>{' '}
            (they press “Grant admin consent”), or this admin-consent link:
          </p>
          <p>
            <code class="consent-link">{result.consent.url}</code>
          </p>
        </>
      )}
      {handOverError ? (
        <div role="alert">
          <p>{handOverError}</p>
          <button type="button" onClick={() => void actions.handOverAgain()}>
            Hand over again
          </button>
        </div>
      ) : (
        <>
          <p>
            Client ID <code>{result.clientId}</code> and tenant ID <code>{result.tenantId}</code>
            {result.secret ? ' and the new secret' : ''} are in the extension. Next: open the idemeum admin console and
            press “Send to idemeum” in the extension’s popup or side panel.
          </p>
          <CheckLine result={result} check={check} />
        </>
      )}
    </div>
  );
}
