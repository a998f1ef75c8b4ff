// Express setup: one action, its steps as they happen, and what came of it. Props in, events out.
import { useState } from 'preact/hooks';
import type { PublicState } from '../lib/background/public-state';
import type { CheckVerdict } from '../lib/entra/check-result';
import type { Diagnosis } from '../lib/entra/diagnosis';
import { EXPRESS_STEPS, type ExpressResult, type ExpressStepId, type StepReport } from '../lib/express/express-setup';
import { type MessageKey, plural, t, tParts } from '../lib/i18n/t';
import { appBladeLink } from '../lib/portal-links';
import type { ExpressActions, ExpressModel } from '../lib/ui/use-express';

const STEP_NAMES: Record<ExpressStepId, MessageKey> = {
  app: 'express_step_app',
  permissions: 'express_step_permissions',
  servicePrincipal: 'express_step_service_principal',
  consent: 'express_step_consent',
  secret: 'express_step_secret',
};

const STATUS_WORDS: Record<StepReport['status'] | 'waiting', MessageKey> = {
  running: 'express_status_running',
  done: 'express_status_done',
  skipped: 'express_status_skipped',
  failed: 'express_status_failed',
  waiting: 'express_status_waiting',
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
      <h2 id="express-title">{t('express_title')}</h2>
      <p class="hint">{t('express_intro')}</p>
      <form
        class="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.runExpress(name.trim());
        }}
      >
        <label for="app-name">{t('express_app_name')}</label>
        <input id="app-name" value={name} onInput={(e) => setName(e.currentTarget.value)} maxLength={120} required />
        <button type="submit" disabled={!admin || busy || !name.trim() || !!handOverError}>
          {t(busy ? 'express_busy' : 'express_run')}
        </button>
      </form>
      {!admin && <p class="hint">{t('express_sign_in_first')}</p>}
      <p class="visually-hidden" role="status" aria-label={t('express_progress_label')}>
        {latest
          ? t('express_progress', {
              step: t(STEP_NAMES[latest.step]),
              detail: latest.detail ?? t(STATUS_WORDS[latest.status]),
            })
          : ''}
      </p>
      {ran && (
        <ol class="checklist express-steps" aria-label={t('express_steps_label')}>
          {EXPRESS_STEPS.map((id) => {
            const report = steps[id];
            return (
              <li key={id} class={`step step-${report?.status ?? 'waiting'}`}>
                <span class="step-mark" aria-hidden="true">
                  {report ? MARKS[report.status] : '○'}
                </span>
                <span>
                  <span class="step-name">{t(STEP_NAMES[id])}</span>
                  <span class="visually-hidden">
                    {t('express_step_status', { status: t(STATUS_WORDS[report?.status ?? 'waiting']) })}
                  </span>
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
          {t('express_use_that_app')}
        </button>
      )}
    </div>
  );
}

const VERDICT_WORDS: Record<CheckVerdict, MessageKey> = {
  passed: 'express_verdict_passed',
  propagating: 'express_verdict_propagating',
  incomplete: 'express_verdict_incomplete',
  failed: 'express_verdict_failed',
};

/** How the extension's own check of these values fares, as it happens. */
function CheckLine({ result, check }: { result: ExpressResult; check?: PublicState['check'] }) {
  const mine = check?.result?.checkedFor.clientId === result.clientId ? check.result : undefined;
  if (!mine) return <p>{t('express_checking_now')}</p>;
  const granted = mine.permissions.filter((p) => p.status === 'granted').length;
  return (
    <p>
      {tParts(mine.diagnosis ? 'express_check_line_diagnosis' : 'express_check_line', {
        verdict: <strong>{t(VERDICT_WORDS[mine.verdict])}</strong>,
        granted: plural('granted_of_12', granted),
        diagnosis: mine.diagnosis?.title ?? '',
      })}
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
          {t(result.reusedApp ? 'express_done_existing' : 'express_done_new', { name: result.displayName })}
        </p>
      ) : (
        <>
          <p class="diagnosis-title">{t('express_consent_needed')}</p>
          <p>{result.consent.reason}</p>
          <p>
            {tParts('express_send_admin', {
              page: (
                <a href={appBladeLink('CallAnAPI', result.clientId, result.objectId)} target="_blank" rel="noreferrer">
                  {t('express_api_permissions_page')}
                </a>
              ),
            })}
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
            {t('express_hand_over_again')}
          </button>
        </div>
      ) : (
        <>
          <p>
            {tParts(result.secret ? 'express_handed_over_secret' : 'express_handed_over', {
              clientId: <code>{result.clientId}</code>,
              tenantId: <code>{result.tenantId}</code>,
            })}
          </p>
          <CheckLine result={result} check={check} />
        </>
      )}
    </div>
  );
}
